// An estimated wait in words a customer reads, in the bot's language: "less than a minute", "about 1
// minute", "about 5 minutes", "about 1 hour", "about 2 hours" ("unos 5 minutos", "etwa 2 Stunden").
import type { Language } from '../language/language';
import { ENGLISH } from '../language/languages';

export function waitText(minutes: number, language: Language = ENGLISH): string {
  if (!(minutes >= 0.5)) return language.phrases.lessThanAMinute;
  if (minutes < 59.5) return about(Math.round(minutes), 'minute', language);
  return about(Math.max(1, Math.round(minutes / 60)), 'hour', language);
}

const about = (n: number, unit: 'minute' | 'hour', language: Language): string =>
  `${language.phrases.about} ${new Intl.NumberFormat(language.code, { style: 'unit', unit, unitDisplay: 'long' }).format(n)}`;
