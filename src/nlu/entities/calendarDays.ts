/** The calendar days a date expression names: one day ("Friday"), a weekend, a month ("November") or a year ("last year"). */
import type * as chrono from 'chrono-node';
import type { DateTime } from 'luxon';
import { foldAccents } from '../../language/foldAccents';
import type { Language } from '../../language/language';
import { ENGLISH } from '../../language/languages';

/** The first and last day of a period, both included, at the start of each day in the bot's time zone. */
export interface CalendarDays {
  first: DateTime;
  last: DateTime;
}

/** The Saturday and Sunday of the ISO week (Monday to Sunday) that holds `day`. */
export function weekendOf(day: DateTime): CalendarDays {
  const saturday = day.startOf('week').plus({ days: 5 });
  return { first: saturday, last: saturday.plus({ days: 1 }) };
}

/**
 * The days chrono's reading `at` of the expression `raw` covers, judged by what the text fixed: a day or a
 * weekday gives that day, "weekend" its Saturday and Sunday, a month alone the whole month, a year alone the
 * whole year. Undefined for a time of day alone ("3pm"). Weeks ("next week") are read in relativeWeeks.ts.
 */
export function calendarDaysOf(c: chrono.ParsedComponents, at: DateTime, raw: string): CalendarDays | undefined {
  if (/\bweekend\b/i.test(raw)) return weekendOf(at);
  if (c.isCertain('day') || c.isCertain('weekday')) return { first: at.startOf('day'), last: at.startOf('day') };
  if (c.isCertain('month')) return { first: at.startOf('month'), last: at.endOf('month').startOf('day') };
  if (c.isCertain('year')) return { first: at.startOf('year'), last: at.endOf('year').startOf('day') };
  return undefined;
}

/** Whether `raw` holds a word of `language` that fixes which week a weekday is in: "next Friday", "el próximo viernes", "letzten Freitag". */
function fixesWeek(raw: string, language: Language): boolean {
  let pattern = WEEK_FIXED.get(language);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${language.weekFixed.map((w) => foldAccents(w).replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'u');
    WEEK_FIXED.set(language, pattern);
  }
  return pattern.test(foldAccents(raw.toLowerCase()));
}
const WEEK_FIXED = new WeakMap<Language, RegExp>();

/**
 * How chrono's reading may repeat: a weekday alone ("Friday") comes every week and a date without a year
 * ("3 December", "November") every year; chrono picked the closest. Undefined when the text fixed it
 * ("next Friday", "3 December 2027"); `raw` is the expression's text.
 */
export function repeatOf(c: chrono.ParsedComponents, raw: string, language: Language = ENGLISH): 'week' | 'year' | undefined {
  if (c.isCertain('weekday') && !c.isCertain('day') && !c.isCertain('month')) return fixesWeek(raw, language) ? undefined : 'week';
  if ((c.isCertain('day') || c.isCertain('month')) && !c.isCertain('year')) return 'year';
  return undefined;
}
