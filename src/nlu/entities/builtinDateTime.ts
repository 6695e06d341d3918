/** The `date`, `time` and `datetime` builtins: chrono-node reads the text, luxon places it in the bot's time zone. */
import * as chrono from 'chrono-node';
import { languageOf } from '../../language/languageOf';
import { ENGLISH } from '../../language/languages';
import { DateTime } from 'luxon';
import { calendarDaysOf, repeatOf, type CalendarDays } from './calendarDays';
import { readingTowards } from './dateDirection';
import type { EntityContext, EntityHit } from './entitySpec';
import { withRelativeWeeks } from './relativeWeeks';
import { spanishNextWeekday } from './spanishNextWeekday';

/** A date or time expression read from a message, before it becomes a date, time or datetime entity. */
export interface ParsedDateTime {
  start: number;
  end: number;
  raw: string;
  at: DateTime;
  /** The end of a range ("Monday to Friday"), when one was given. */
  until?: DateTime;
  /** The text names a day ("tomorrow", "next Tuesday", "5 March"), not only a time. */
  hasDate: boolean;
  /** The text names a time of day ("3pm", "noon", "in 2 hours"). */
  hasTime: boolean;
  /** The days the text names ("Friday": one; "November": 1 to 30 November; "next week": Monday to Sunday); absent for a time alone. */
  days?: CalendarDays;
  /** The days of the end of a range ("to 5 December", "to December"). */
  untilDays?: CalendarDays;
  /** chrono picked the closest of a day that repeats every week ("Friday") or every year ("3 December"). */
  repeats?: 'week' | 'year';
}

export type DateTimeKind = 'date' | 'time' | 'datetime';

/** Regions that write dates month first ("3/4" is March 4th); other English regions read it as 3 April. */
export const MONTH_FIRST_REGIONS: ReadonlySet<string> = new Set(['US', 'PH', 'CA', 'FM', 'MH', 'PW']);

/** chrono's parser for ctx.locale's language (see src/language/languages.ts; English when absent or unsupported); the region picks day/month order. */
function parserFor(ctx: EntityContext): chrono.Chrono {
  const [, localeRegion] = (ctx.locale ?? '').split(/[-_]/);
  const language = ctx.locale !== undefined ? languageOf(ctx.locale) : undefined;
  if (language && language !== ENGLISH) return language.dates();
  const region = (localeRegion && /^[A-Za-z]{2}$/.test(localeRegion) ? localeRegion : ctx.defaultCountry)?.toUpperCase();
  return region !== undefined && !MONTH_FIRST_REGIONS.has(region) ? chrono.en.GB : chrono.en.casual;
}

/** The instant chrono found, in `zone`: an explicit offset ("3pm EST") or a relative one ("in 2 hours") is kept as an instant; otherwise the wall-clock fields are read in `zone`. */
function inZone(c: chrono.ParsedComponents, zone: string): DateTime {
  if (c.isCertain('timezoneOffset')) return DateTime.fromJSDate(c.date(), { zone });
  return DateTime.fromObject(
    {
      year: c.get('year') ?? undefined,
      month: c.get('month') ?? undefined,
      day: c.get('day') ?? undefined,
      hour: c.get('hour') ?? 0,
      minute: c.get('minute') ?? 0,
      second: c.get('second') ?? 0,
    },
    { zone },
  );
}

/** "between 1 and 5 December" as "between 1 to  5 December", which chrono reads as a range; the length, and so every offset, is kept. */
function betweenAsRange(text: string): string {
  return text.replace(/(\bbetween\s+[^\n.,;!?]{1,40}?\s)and(?=\s)/gi, '$1to ');
}

/**
 * Every date or time expression in `text`, read relative to ctx.now in ctx.timezone.
 * Past or future is chrono's choice (the closest reading): "Monday" on a Tuesday is yesterday, "next Tuesday"
 * is a week on; the hits of an expression that repeats carry the coming and the last one as well (`readings`). A day without a time carries chrono's implied time (now for "today"/"tomorrow", else 12:00).
 * "Between X and Y" is a range like "X to Y"; weeks are Monday to Sunday (see relativeWeeks.ts).
 * Throws when ctx.now is not a valid date or ctx.timezone is not a known IANA zone (a configuration error).
 */
export function parseDateTimes(text: string, ctx: EntityContext): ParsedDateTime[] {
  if (Number.isNaN(ctx.now.getTime())) throw new Error('EntityContext.now is not a valid date.');
  const nowInZone = DateTime.fromJSDate(ctx.now, { zone: ctx.timezone });
  if (!nowInZone.isValid) throw new Error(`EntityContext.timezone "${ctx.timezone}" is not a known IANA time zone.`);
  const spanish = ctx.locale !== undefined && languageOf(ctx.locale)?.code === 'es';
  const results = parserFor(ctx).parse(betweenAsRange(spanish ? spanishNextWeekday(text, nowInZone.weekday) : text), { instant: ctx.now, timezone: nowInZone.offset });
  const parsed: ParsedDateTime[] = [];
  for (const r of results) {
    const at = inZone(r.start, ctx.timezone);
    if (!at.isValid) continue;
    const item: ParsedDateTime = {
      start: r.index,
      end: r.index + r.text.length,
      raw: text.slice(r.index, r.index + r.text.length),
      at,
      hasDate: r.start.isCertain('day') || r.start.isCertain('weekday'),
      hasTime: r.start.isCertain('hour'),
    };
    // The text of a range holds both ends, so a "weekend" in it may belong to either: only a single expression's text is looked at.
    const days = calendarDaysOf(r.start, at, r.end ? '' : item.raw);
    if (days) item.days = days;
    const repeats = repeatOf(r.start, item.raw, (ctx.locale !== undefined ? languageOf(ctx.locale) : undefined) ?? ENGLISH);
    if (repeats) item.repeats = repeats;
    const until = r.end ? inZone(r.end, ctx.timezone) : undefined;
    if (r.end && until?.isValid) {
      item.until = until;
      const untilDays = calendarDaysOf(r.end, until, '');
      if (untilDays) item.untilDays = untilDays;
    }
    parsed.push(item);
  }
  return withRelativeWeeks(text, parsed, nowInZone.startOf('day'));
}

function format(at: DateTime, kind: DateTimeKind): string {
  if (kind === 'date') return at.toISODate() ?? '';
  if (kind === 'time') return at.toFormat('HH:mm');
  return at.toISO({ suppressMilliseconds: true }) ?? '';
}

/** The start of ctx.now's day in the bot's time zone. */
export function todayOf(ctx: EntityContext): DateTime {
  return DateTime.fromJSDate(ctx.now, { zone: ctx.timezone }).startOf('day');
}

/**
 * Entities of one kind from parsed expressions: `date` 'YYYY-MM-DD' (expressions that name a day),
 * `time` 'HH:mm' (expressions that name a time of day), `datetime` full ISO 8601 with the zone's offset
 * (all expressions). The end of a range is reported in `parts.end`, in the same format. A day that
 * repeats ("Friday") has its coming and its last reading in `readings` (a time of day has none).
 */
export function dateTimeHits(parsed: readonly ParsedDateTime[], kind: DateTimeKind, today: DateTime): EntityHit[] {
  const hits: EntityHit[] = [];
  for (const p of parsed) {
    if ((kind === 'date' && !p.hasDate) || (kind === 'time' && !p.hasTime)) continue;
    const hit: EntityHit = { start: p.start, end: p.end, raw: p.raw, value: format(p.at, kind), score: 1 };
    if (p.until) hit.parts = { end: format(p.until, kind) };
    const future = kind !== 'time' ? readingTowards(p, 'future', today) : undefined;
    const past = kind !== 'time' ? readingTowards(p, 'past', today) : undefined;
    if (future && past) hit.readings = { future: format(future.at, kind), past: format(past.at, kind) };
    hits.push(hit);
  }
  return hits;
}
