// Opening hours of a handoff queue: "Mon-Fri 08:00-18:00 Europe/London", read once at load and
// checked against an instant with luxon, so daylight saving and time zones are handled properly.
import { DateTime, IANAZone } from 'luxon';

export interface OpeningRange {
  /** ISO weekdays, 1 = Monday ... 7 = Sunday. */
  readonly days: readonly number[];
  /** Minutes after midnight, local to `zone`; `to` may be 1440 (24:00). */
  readonly from: number;
  readonly to: number;
  readonly zone: string;
}

export interface OpeningHours {
  readonly ranges: readonly OpeningRange[];
  /** Dates (YYYY-MM-DD, local to each range's zone) on which the queue is closed. */
  readonly closed: readonly string[];
}

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export class HoursError extends Error {
  constructor(message: string, readonly badZone = false) {
    super(message);
  }
}

/** Parses one range such as `Mon-Fri 08:00-18:00 Europe/London`; throws HoursError saying what is wrong. */
export function parseOpeningRange(text: string, defaultZone: string): OpeningRange {
  const parts = text.trim().split(/\s+/);
  if (parts.length < 2 || parts.length > 3) {
    throw new HoursError(`"${text}" should be days, times and an optional zone, like "Mon-Fri 08:00-18:00 Europe/London".`);
  }
  const [dayText, timeText, zoneText] = parts as [string, string, string | undefined];
  const zone = zoneText ?? defaultZone;
  if (!IANAZone.isValidZone(zone)) throw new HoursError(`"${zone}" is not an IANA time zone (e.g. Europe/London).`, true);
  const times = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(timeText);
  if (!times) throw new HoursError(`"${timeText}" should be a time range like 08:00-18:00.`);
  const from = minutes(Number(times[1]), Number(times[2]), timeText);
  const to = minutes(Number(times[3]), Number(times[4]), timeText);
  if (to <= from) throw new HoursError(`"${timeText}" ends before it starts; split overnight hours into two ranges.`);
  return { days: parseDays(dayText), from, to, zone };
}

export function parseOpeningHours(spec: string | readonly string[] | undefined, closed: readonly string[] | undefined, defaultZone: string): OpeningHours {
  const list = spec === undefined ? ['Mon-Sun 00:00-24:00'] : typeof spec === 'string' ? [spec] : spec;
  return { ranges: list.map((r) => parseOpeningRange(r, defaultZone)), closed: [...(closed ?? [])] };
}

export function isOpen(hours: OpeningHours, at: Date): boolean {
  return hours.ranges.some((range) => {
    const local = DateTime.fromJSDate(at, { zone: range.zone });
    if (hours.closed.includes(local.toISODate() ?? '')) return false;
    const minute = local.hour * 60 + local.minute;
    return range.days.includes(local.weekday) && minute >= range.from && minute < range.to;
  });
}

function minutes(h: number, m: number, text: string): number {
  if (m > 59 || h > 24 || (h === 24 && m !== 0)) throw new HoursError(`"${text}" has a time that does not exist.`);
  return h * 60 + m;
}

function parseDays(text: string): number[] {
  const days = new Set<number>();
  for (const item of text.toLowerCase().split(',')) {
    const [a, b] = item.split('-');
    const start = dayNumber(a!, text);
    const end = b === undefined ? start : dayNumber(b, text);
    for (let d = start; ; d = (d % 7) + 1) {
      days.add(d);
      if (d === end) break;
    }
  }
  return [...days].sort();
}

function dayNumber(day: string, text: string): number {
  const i = DAYS.indexOf(day.slice(0, 3));
  if (i < 0 || day.length < 3) throw new HoursError(`"${text}" should name days as Mon Tue Wed Thu Fri Sat Sun, e.g. Mon-Fri or Sat,Sun.`);
  return i + 1;
}

/** How far ahead the next opening is looked for. */
const LOOKAHEAD_DAYS = 14;

/** The next moment the queue opens after `at` (when it is closed then), or undefined within two weeks. */
export function nextOpening(hours: OpeningHours, at: Date): DateTime | undefined {
  let best: DateTime | undefined;
  for (const range of hours.ranges) {
    const now = DateTime.fromJSDate(at, { zone: range.zone });
    for (let day = 0; day <= LOOKAHEAD_DAYS; day++) {
      const date = now.startOf('day').plus({ days: day });
      if (!range.days.includes(date.weekday) || hours.closed.includes(date.toISODate() ?? '')) continue;
      const opens = date.plus({ minutes: range.from });
      if (opens <= now) continue;
      if (!best || opens < best) best = opens;
      break;
    }
  }
  return best;
}
