// How a date range ({ start, end } as 'YYYY-MM-DD', from the date_range entity) reads in a message.
import { DateTime } from 'luxon';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "3 Dec 2026" for one day, "1 Dec – 5 Dec 2026" within a year, "28 Dec 2026 – 3 Jan 2027" across years; undefined for anything else. */
export function dateRangeText(value: Readonly<Record<string, unknown>>): string | undefined {
  const { start, end } = value;
  if (typeof start !== 'string' || typeof end !== 'string' || !DAY.test(start) || !DAY.test(end)) return undefined;
  const first = DateTime.fromISO(start, { zone: 'utc', locale: 'en' });
  const last = DateTime.fromISO(end, { zone: 'utc', locale: 'en' });
  if (!first.isValid || !last.isValid) return undefined;
  if (start === end) return first.toFormat('d LLL yyyy');
  return `${first.toFormat(first.year === last.year ? 'd LLL' : 'd LLL yyyy')} – ${last.toFormat('d LLL yyyy')}`;
}
