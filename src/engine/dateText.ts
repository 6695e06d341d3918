// How a day ('YYYY-MM-DD') and a date-time (ISO 8601) read in a message, as people of the bot's locale
// write them: "Friday 11 December" in Ireland and Britain, "Friday, December 11" in the US; the year
// only when it is not the current one.
import { DateTime } from 'luxon';
import { MONTH_FIRST_REGIONS } from '../nlu/entities/builtinDateTime';
import type { TextStyle } from './textStyle';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** English dates are written by pattern: the CLDR data Intl uses put a comma after the weekday in some regions and not others. */
export function englishOrder(locale: string): 'day-first' | 'month-first' | undefined {
  const [language, region] = locale.split(/[-_]/);
  if (language?.toLowerCase() !== 'en') return undefined;
  return region === undefined || MONTH_FIRST_REGIONS.has(region.toUpperCase()) ? 'month-first' : 'day-first';
}

/** The day of `iso` ('YYYY-MM-DD'), or undefined when it is not a real day. */
export function parseDay(iso: string): DateTime | undefined {
  if (!DAY.test(iso)) return undefined;
  const day = DateTime.fromISO(iso, { zone: 'utc' });
  return day.isValid ? day : undefined;
}

/** "Friday 11 December" (day-first English), "Friday, December 11" (month-first), "vendredi 11 décembre"; with the year outside the current one. */
export function formatDay(day: DateTime, style: TextStyle): string {
  const withYear = day.year !== style.year;
  const local = day.setLocale(style.locale);
  const order = englishOrder(style.locale);
  if (order === 'day-first') return local.toFormat(withYear ? 'cccc d LLLL yyyy' : 'cccc d LLLL');
  if (order === 'month-first') return local.toFormat(withYear ? 'cccc, LLLL d, yyyy' : 'cccc, LLLL d');
  return local.toLocaleString({ weekday: 'long', day: 'numeric', month: 'long', ...(withYear ? { year: 'numeric' } : {}) });
}

/** A day slot's value as it reads; undefined when the value is not a day. */
export function dayText(iso: string, style: TextStyle): string | undefined {
  const day = parseDay(iso);
  return day ? formatDay(day, style) : undefined;
}

/** A datetime slot's value in the bot's zone: "Friday 11 December at 15:00", "Friday, December 11 at 3:00 PM"; undefined when it is not one. */
export function dateTimeText(iso: string, style: TextStyle): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso)) return undefined;
  const at = DateTime.fromISO(iso, { setZone: true }).setZone(style.timezone).setLocale(style.locale);
  if (!at.isValid) return undefined;
  if (!englishOrder(style.locale)) {
    return at.toLocaleString({ weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit', ...(at.year !== style.year ? { year: 'numeric' } : {}) });
  }
  return `${formatDay(DateTime.utc(at.year, at.month, at.day), style)} at ${at.toLocaleString(DateTime.TIME_SIMPLE)}`;
}
