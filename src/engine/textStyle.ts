// How values read in the bot's messages: the locale dates are written in, the time zone they are
// read in, the current year (left out of dates in it) and the region whose phone numbers are national.
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

type StyledBot = Pick<CompiledBot, 'locale' | 'timezone' | 'country'>;

/** What a bot's style takes from the bot alone, worked out once per bot: asking Intl and the phone metadata every turn cost a tenth of a turn. */
const perBot = new WeakMap<StyledBot, { readonly locale: string; readonly region?: string }>();

function botStyle(bot: StyledBot): { readonly locale: string; readonly region?: string } {
  let style = perBot.get(bot);
  if (!style) {
    const [language = 'en', region] = bot.locale.split(/[-_]/);
    const locale = region === undefined && bot.country !== undefined ? `${language}-${bot.country.toUpperCase()}` : bot.locale;
    const phones = phoneRegion({ timezone: bot.timezone, now: new Date(0), locale: bot.locale, ...(bot.country ? { defaultCountry: bot.country } : {}) });
    style = { locale: supported(locale), ...(phones ? { region: phones } : {}) };
    perBot.set(bot, style);
  }
  return style;
}

/** Each zone's year formatter (undefined: not a zone Intl knows), made once. */
const yearFormats = new Map<string, Intl.DateTimeFormat | undefined>();

/** The year at instant `at` in `timezone`, or undefined when either is not valid. */
function yearIn(timezone: string, at: string): number | undefined {
  let format = yearFormats.get(timezone);
  if (!yearFormats.has(timezone)) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone: timezone, year: 'numeric' });
    } catch {
      format = undefined; // not an IANA zone
    }
    yearFormats.set(timezone, format);
  }
  const instant = new Date(at);
  return format && !Number.isNaN(instant.getTime()) ? Number(format.format(instant)) : undefined;
}

/** The bot's style at the instant `at` (ISO 8601), the time of the turn that renders the text. */
export function textStyle(bot: StyledBot, at: string): TextStyle {
  const { locale, region } = botStyle(bot);
  const year = yearIn(bot.timezone, at);
  return {
    locale,
    timezone: bot.timezone,
    ...(year !== undefined ? { year } : {}),
    ...(region ? { region } : {}),
  };
}
