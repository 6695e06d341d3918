// How values read in the bot's messages: the locale dates are written in, the time zone they are
// read in, the current year (left out of dates in it) and the region whose phone numbers are national.
import { DateTime } from 'luxon';
import type { CompiledBot } from '../config/compiledBot';
import { phoneRegion } from '../nlu/entities/builtinPhone';

export interface TextStyle {
  /** A BCP 47 tag with a region when the bot has one: `en` with country IE writes as `en-IE`. */
  readonly locale: string;
  /** The IANA zone a date-time is shown in. */
  readonly timezone: string;
  /** The current year in that zone, which dates leave out; undefined: every date shows its year. */
  readonly year?: number;
  /** The region whose numbers are written the national way ("086 123 4567"); others are international. */
  readonly region?: string;
}

/** For texts without a bot (tests, tools): British English in UTC, every year shown, every phone number international. */
export const PLAIN_STYLE: TextStyle = { locale: 'en-GB', timezone: 'UTC' };

/** `tag` when Intl writes dates in it, else British English. */
function supported(tag: string): string {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0 ? tag : PLAIN_STYLE.locale;
  } catch {
    return PLAIN_STYLE.locale; // not a well-formed tag
  }
}

/** The bot's style at the instant `at` (ISO 8601), the time of the turn that renders the text. */
export function textStyle(bot: Pick<CompiledBot, 'locale' | 'timezone' | 'country'>, at: string): TextStyle {
  const [language = 'en', region] = bot.locale.split(/[-_]/);
  const locale = region === undefined && bot.country !== undefined ? `${language}-${bot.country.toUpperCase()}` : bot.locale;
  const now = DateTime.fromISO(at, { zone: bot.timezone });
  const phones = phoneRegion({ timezone: bot.timezone, now: new Date(0), locale: bot.locale, ...(bot.country ? { defaultCountry: bot.country } : {}) });
  return {
    locale: supported(locale),
    timezone: bot.timezone,
    ...(now.isValid ? { year: now.year } : {}),
    ...(phones ? { region: phones } : {}),
  };
}
