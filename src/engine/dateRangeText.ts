// How a date range ({ start, end } as 'YYYY-MM-DD', from the date_range entity) reads in a message,
// in the same style as a day (see dateText.ts): "1–5 December", "28 November – 3 December",
// "28 December 2026 – 3 January 2027"; one day reads as that day, "Friday 11 December".
import type { DateTime } from 'luxon';
import { englishOrder, formatDay, parseDay } from './dateText';
import { PLAIN_STYLE, type TextStyle } from './textStyle';

/** Two different days of English, by hand: the year once at the end when both share it, on both ends when they do not. */
function englishRange(first: DateTime, last: DateTime, style: TextStyle, order: 'day-first' | 'month-first'): string {
  const a = first.setLocale(style.locale);
  const b = last.setLocale(style.locale);
  const sameYear = a.year === b.year;
  const year = sameYear && a.year === style.year ? '' : order === 'day-first' ? ' yyyy' : ', yyyy';
  if (order === 'day-first') {
    if (sameYear && a.month === b.month) return `${a.toFormat('d')}–${b.toFormat(`d LLLL${year}`)}`;
    return `${a.toFormat(sameYear ? 'd LLLL' : 'd LLLL yyyy')} – ${b.toFormat(`d LLLL${year}`)}`;
  }
  if (sameYear && a.month === b.month) return `${a.toFormat('LLLL d')}–${b.toFormat(`d${year}`)}`;
  return `${a.toFormat(sameYear ? 'LLLL d' : 'LLLL d, yyyy')} – ${b.toFormat(`LLLL d${year}`)}`;
}

/** A date range as it reads in `style`; undefined for anything that is not two days in order. */
export function dateRangeText(value: Readonly<Record<string, unknown>>, style: TextStyle = PLAIN_STYLE): string | undefined {
  const { start, end } = value;
  if (typeof start !== 'string' || typeof end !== 'string') return undefined;
  const first = parseDay(start);
  const last = parseDay(end);
  if (!first || !last || last < first) return undefined;
  if (start === end) return formatDay(first, style);
  const order = englishOrder(style.locale);
  if (order) return englishRange(first, last, style, order);
  const withYear = first.year !== style.year || last.year !== style.year;
  const format = new Intl.DateTimeFormat(style.locale, { day: 'numeric', month: 'long', timeZone: 'UTC', ...(withYear ? { year: 'numeric' } : {}) });
  return format.formatRange(first.toJSDate(), last.toJSDate());
}
