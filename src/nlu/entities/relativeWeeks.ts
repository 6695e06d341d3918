/**
 * Weeks counted from today, Monday to Sunday: "this week", "next week", "last weekend", and a weekday in one
 * of them ("next week Tuesday", "Tuesday next week", "last week on Friday"). chrono counts its weeks from
 * Sunday and reads "next week Tuesday" as two dates, so these phrases are read here.
 */
import type { DateTime } from 'luxon';
import type { ParsedDateTime } from './builtinDateTime';
import { weekendOf, type CalendarDays } from './calendarDays';

const WEEKDAY = '(mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)';
const PHRASE = new RegExp(`\\b(?:${WEEKDAY}\\s+(?:of\\s+)?)?(this|next|last)\\s+(week|weekend)\\b(?:\\s+(?:on\\s+)?${WEEKDAY}\\b)?`, 'gi');
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const WEEKS_FROM_NOW: Record<string, number> = { last: -1, this: 0, next: 1 };

/** A week phrase: its span in the text and its days; `weekday` when it names one day. */
interface WeekPhrase {
  start: number;
  end: number;
  days: CalendarDays;
  weekday: boolean;
}

function weekPhrases(text: string, today: DateTime): WeekPhrase[] {
  const phrases: WeekPhrase[] = [];
  for (const m of text.matchAll(PHRASE)) {
    const [whole, before, which, unit, after] = m;
    const monday = today.startOf('week').plus({ weeks: WEEKS_FROM_NOW[which!.toLowerCase()]! });
    const weekday = before ?? after;
    let days: CalendarDays;
    if (weekday) {
      const day = monday.plus({ days: WEEKDAYS.indexOf(weekday.slice(0, 3).toLowerCase()) });
      days = { first: day, last: day };
    } else {
      days = unit!.toLowerCase() === 'weekend' ? weekendOf(monday) : { first: monday, last: monday.plus({ days: 6 }) };
    }
    phrases.push({ start: m.index, end: m.index + whole.length, days, weekday: weekday !== undefined });
  }
  return phrases;
}

/** One reading of a phrase and chrono's readings it overlaps, which it replaces. */
function readingOf(text: string, phrase: WeekPhrase, overlapping: readonly ParsedDateTime[]): ParsedDateTime {
  const start = Math.min(phrase.start, ...overlapping.map((p) => p.start));
  const end = Math.max(phrase.end, ...overlapping.map((p) => p.end));
  const span = { start, end, raw: text.slice(start, end), days: phrase.days };
  if (phrase.weekday) {
    const timed = overlapping.find((p) => p.hasTime);
    const { hour, minute, second } = timed ? timed.at : { hour: 12, minute: 0, second: 0 };
    return { ...span, at: phrase.days.first.set({ hour, minute, second }), hasDate: true, hasTime: timed !== undefined };
  }
  // A whole week or weekend is no single day: the date builtin reports none ("next week" is a period);
  // what datetime reports of it stays chrono's reading.
  const own = overlapping[0];
  if (own) {
    const { repeats: _, ...rest } = own;
    return { ...rest, ...span, hasDate: false };
  }
  return { ...span, at: phrase.days.first.set({ hour: 12 }), hasDate: false, hasTime: false };
}

/** `parsed` (sorted by position) with the week phrases of `text` read from `today`, each replacing chrono's readings of its words. */
export function withRelativeWeeks(text: string, parsed: ParsedDateTime[], today: DateTime): ParsedDateTime[] {
  let result = parsed;
  for (const phrase of weekPhrases(text, today)) {
    const overlapping = result.filter((p) => p.start < phrase.end && phrase.start < p.end);
    result = [...result.filter((p) => !overlapping.includes(p)), readingOf(text, phrase, overlapping)].sort((a, b) => a.start - b.start);
  }
  return result;
}
