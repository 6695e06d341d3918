/** The `date_range` builtin: the days a message names, from "last month" or "1-5 December" to "since Monday" or "Friday". */
import { DateTime } from 'luxon';
import { todayOf, type ParsedDateTime } from './builtinDateTime';
import type { CalendarDays } from './calendarDays';
import { readingTowards } from './dateDirection';
import type { EntityContext, EntityHit } from './entitySpec';

/** The value of a `date_range` entity: the first and last day, both included, as 'YYYY-MM-DD' in the bot's time zone. */
export type DateRange = { start: string; end: string };

const SINCE = /\bsince\s+$/i;

/** The days from the earlier period's first to the later one's last, in whichever order a range named them. */
function spanning(a: CalendarDays, b: CalendarDays): CalendarDays {
  return { first: DateTime.min(a.first, b.first), last: DateTime.max(a.last, b.last) };
}

/** "Since X": from X to today. An X chrono placed ahead of today that repeats ("since Monday" on a Sunday) is the one before. */
function sinceDays(days: CalendarDays, repeats: ParsedDateTime['repeats'], today: DateTime): CalendarDays | undefined {
  let first = days.first;
  if (first > today && repeats) first = first.minus(repeats === 'week' ? { weeks: 1 } : { years: 1 });
  return first <= today ? { first, last: today } : undefined;
}

function rangeOf(days: CalendarDays): DateRange {
  return { start: days.first.toISODate() ?? '', end: days.last.toISODate() ?? '' };
}

/** The days a parsed expression names, from the first of its start to the last of its end, as a range. */
function rangeOfReading(days: CalendarDays, untilDays: CalendarDays | undefined): DateRange {
  return rangeOf(untilDays ? spanning(days, untilDays) : days);
}

/**
 * A `date_range` hit for every parsed expression that names days: a day is a range of one day, "November"
 * the whole month, "next week" Monday to Sunday, "1-5 December" or "between 1 and 5 December" those days,
 * "since Monday" Monday to today (the hit's text then starts at "since"). Days that repeat ("Friday",
 * "in March") have their coming and their last reading in `readings`; "since ..." always looks back.
 */
export function dateRangeHits(text: string, parsed: readonly ParsedDateTime[], ctx: EntityContext): EntityHit[] {
  const today = todayOf(ctx);
  const hits: EntityHit[] = [];
  for (const p of parsed) {
    if (!p.days) continue;
    const since = p.untilDays ? null : SINCE.exec(text.slice(Math.max(0, p.start - 20), p.start));
    const fromThen = since ? sinceDays(p.days, p.repeats, today) : undefined;
    if (since && fromThen) {
      const start = p.start - since[0].length;
      hits.push({ start, end: p.end, raw: text.slice(start, p.end), value: rangeOf(fromThen), score: 1 });
      continue;
    }
    const hit: EntityHit = { start: p.start, end: p.end, raw: p.raw, value: rangeOfReading(p.days, p.untilDays), score: 1 };
    const future = readingTowards(p, 'future', today);
    const past = readingTowards(p, 'past', today);
    if (future?.days && past?.days) hit.readings = { future: rangeOfReading(future.days, future.untilDays), past: rangeOfReading(past.days, past.untilDays) };
    hits.push(hit);
  }
  return hits;
}
