/**
 * Which way a date that repeats is read. "Friday" comes every week and "3 December" every year; chrono
 * picks the closest one, which on a Monday is last Friday. An appointment wants the coming one, "when did
 * you buy it" the one before: each slot says which (`dates: future | past | any`).
 */
import type { DateTime } from 'luxon';
import type { ParsedDateTime } from './builtinDateTime';
import type { CalendarDays } from './calendarDays';

export const DATE_DIRECTIONS = ['future', 'past', 'any'] as const;
/** `future`: today or later; `past`: today or earlier; `any`: the closest, before or after. */
export type DateDirection = (typeof DATE_DIRECTIONS)[number];

/** What a slot reads when it does not say: the coming day, as people booking something mean it. */
export const DEFAULT_DATE_DIRECTION: DateDirection = 'future';

/** The days a reading covers: its period, or the day it names. */
function daysOf(p: ParsedDateTime): CalendarDays {
  const first = (p.days ?? { first: p.at.startOf('day') }).first;
  const last = (p.untilDays ?? p.days ?? { last: p.at.startOf('day') }).last;
  return first <= last ? { first, last } : { first: last, last: first };
}

/** A period moved a week or a year on (or back); a whole month stays a whole month (February has 28 or 29 days). */
function moved(days: CalendarDays, by: { weeks: number } | { years: number }): CalendarDays {
  const wholeMonth = days.first.day === 1 && days.last.hasSame(days.first, 'month') && days.last.day === days.first.daysInMonth;
  const first = days.first.plus(by);
  return wholeMonth ? { first, last: first.endOf('month').startOf('day') } : { first, last: days.last.plus(by) };
}

/**
 * The reading of a repeating expression that lies towards `direction` from `today`: "Friday" on a Monday
 * is the coming Friday (`future`) or the last one (`past`). A period that holds today ("December" in
 * December) stays as it is. Undefined when the expression does not repeat ("next Friday", "3 December 2027").
 */
export function readingTowards(p: ParsedDateTime, direction: 'future' | 'past', today: DateTime): ParsedDateTime | undefined {
  if (!p.repeats) return undefined;
  const days = daysOf(p);
  const sign = direction === 'future' ? (days.last < today ? 1 : 0) : (days.first > today ? -1 : 0);
  if (sign === 0) return p;
  const by = p.repeats === 'week' ? { weeks: sign } : { years: sign };
  const shifted: ParsedDateTime = { ...p, at: p.at.plus(by) };
  if (p.until) shifted.until = p.until.plus(by);
  if (p.days) shifted.days = moved(p.days, by);
  if (p.untilDays) shifted.untilDays = moved(p.untilDays, by);
  return shifted;
}
