// The period an analytics view or report covers, from what a person typed: days (YYYY-MM-DD, whole
// days in the bot's time zone, both ends included) or exact ISO times. Without a start, the seven
// days up to the end; without an end, up to today.
import { DateTime } from 'luxon';

export interface AnalyticsPeriod {
  /** Inclusive. */
  readonly from: Date;
  /** Exclusive. */
  readonly to: Date;
  /** The first and last day covered, in the zone (YYYY-MM-DD). */
  readonly fromDay: string;
  readonly toDay: string;
  readonly timezone: string;
}

export class PeriodError extends Error {}

/** The longest period one summary reads (every event of it is held in memory). */
export const MAX_PERIOD_DAYS = 366;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function analyticsPeriod(input: { from?: string; to?: string }, timezone: string, now: Date): AnalyticsPeriod {
  const to = input.to ? boundary(input.to, 'to', timezone) : DateTime.fromJSDate(now, { zone: timezone }).startOf('day').plus({ days: 1 });
  const from = input.from ? boundary(input.from, 'from', timezone) : to.minus({ days: 7 });
  if (from >= to) throw new PeriodError(`"from" (${input.from ?? from.toISODate()}) must be before "to" (${input.to ?? to.toISODate()}).`);
  if (to.diff(from, 'days').days > MAX_PERIOD_DAYS) throw new PeriodError(`A period is at most ${MAX_PERIOD_DAYS} days; split a longer one.`);
  return {
    from: from.toJSDate(),
    to: to.toJSDate(),
    fromDay: from.toISODate()!,
    toDay: to.minus({ milliseconds: 1 }).toISODate()!,
    timezone,
  };
}

/** A day's start ("from") or the start of the next day ("to", so the day is included); an ISO time as is. */
function boundary(text: string, which: 'from' | 'to', timezone: string): DateTime {
  const value = text.trim();
  const time = DateTime.fromISO(value, { zone: timezone });
  if (!time.isValid) throw new PeriodError(`"${which}" must be a day (2026-11-24) or an ISO time (2026-11-24T09:00:00Z), not "${value.slice(0, 40)}".`);
  return DAY.test(value) && which === 'to' ? time.startOf('day').plus({ days: 1 }) : time;
}
