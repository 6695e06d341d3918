// When a closed queue opens again, as a customer reads it in the bot's time zone and language: "today
// at 14:00", "tomorrow at 8:00", "Monday at 9:00", "Monday 4 January at 9:00" ("mañana a las 8:00").
import { DateTime } from 'luxon';
import type { Language } from '../language/language';
import { ENGLISH } from '../language/languages';

export function openingPhrase(opens: DateTime, now: Date, zone: string, language: Language = ENGLISH): string {
  const english = language === ENGLISH;
  const local = opens.setZone(zone).setLocale(english ? 'en-GB' : language.code);
  const days = Math.round(local.startOf('day').diff(DateTime.fromJSDate(now, { zone }).startOf('day'), 'days').days);
  const at = `${language.phrases.at} ${local.toFormat('H:mm')}`;
  if (days === 0 || days === 1) return `${new Intl.RelativeTimeFormat(english ? 'en' : language.code, { numeric: 'auto' }).format(days, 'day')} ${at}`;
  if (days < 7) return `${local.toFormat('cccc')} ${at}`;
  const date = english ? local.toFormat('cccc d MMMM') : local.toLocaleString({ weekday: 'long', day: 'numeric', month: 'long' });
  return `${date} ${at}`;
}
