import type { EntityContext } from '../../../src/nlu/entities';
import { builtinValues, extractWith, london, spanOf } from './helpers';

const dates = (text: string, ctx: EntityContext = london) => builtinValues('date', text, ctx);
const times = (text: string, ctx: EntityContext = london) => builtinValues('time', text, ctx);
const datetimes = (text: string, ctx: EntityContext = london) => builtinValues('datetime', text, ctx);

describe('the date, time and datetime builtins (now: Tuesday 24 November 2026, 10:00 in London)', () => {
  it('read "next Tuesday" as the Tuesday a week on', () => {
    const text = 'can you come next Tuesday?';
    expect(extractWith({ kind: 'builtin', name: 'when', builtin: 'date' }, text)).toEqual([
      { entity: 'when', ...spanOf(text, 'next Tuesday'), raw: 'next Tuesday', value: '2026-12-01', score: 1 },
    ]);
  });

  it('read "next week tuesday" and "tuesday next week" as one date, the Tuesday of the next week', () => {
    expect(dates('next week tuesday')).toEqual(['2026-12-01']);
    expect(dates('tuesday next week')).toEqual(['2026-12-01']);
    const thursday = { ...london, now: new Date('2026-11-26T10:00:00Z') };
    expect(dates('next week tuesday', thursday)).toEqual(['2026-12-01']);
    expect(dates('tuesday next week', thursday)).toEqual(['2026-12-01']);
    expect(datetimes('next week tuesday at 3pm', thursday)).toEqual(['2026-12-01T15:00:00+00:00']);
  });

  it('read "tomorrow at 3pm" as 15:00 on the 25th in London', () => {
    expect(dates('tomorrow at 3pm')).toEqual(['2026-11-25']);
    expect(times('tomorrow at 3pm')).toEqual(['15:00']);
    expect(datetimes('tomorrow at 3pm')).toEqual(['2026-11-25T15:00:00+00:00']);
  });

  it('read "on the 5th of March" as the closest 5 March', () => {
    const text = 'it was delivered on the 5th of March';
    const [match] = extractWith({ kind: 'builtin', name: 'date', builtin: 'date' }, text);
    expect(match).toMatchObject({ ...spanOf(text, '5th of March'), value: '2027-03-05' });
  });

  it('report a time without a date only as a time and a datetime', () => {
    expect(dates('at 9:30')).toEqual([]);
    expect(times('at 9:30')).toEqual(['09:30']);
    expect(datetimes('at 9:30')).toEqual(['2026-11-24T09:30:00+00:00']);
  });

  it('convert a time given in another zone into the bot zone', () => {
    expect(times('at 3pm EST')).toEqual(['20:00']);
  });

  it('use the offset in force on the day, across a daylight-saving change', () => {
    const newYork = { timezone: 'America/New_York', now: new Date('2026-03-07T15:00:00Z'), locale: 'en-US' };
    expect(datetimes('tomorrow at 3pm', newYork)).toEqual(['2026-03-08T15:00:00-04:00']);
  });

  it('read "tomorrow" from the date in the bot zone, not in UTC', () => {
    const tokyo = { timezone: 'Asia/Tokyo', now: new Date('2026-11-24T20:00:00Z') }; // 05:00 on the 25th in Tokyo
    expect(dates('tomorrow', tokyo)).toEqual(['2026-11-26']);
  });

  it('read relative times from the current instant', () => {
    expect(datetimes('in 2 hours')).toEqual(['2026-11-24T12:00:00+00:00']);
  });

  it('read day and month in the order of the locale', () => {
    expect(dates('on 3/4/2026')).toEqual(['2026-04-03']);
    expect(dates('on 3/4/2026', { ...london, locale: 'en-US', defaultCountry: 'US' })).toEqual(['2026-03-04']);
  });

  it('read other languages through the locale', () => {
    expect(datetimes('morgen um 15 Uhr', { timezone: 'Europe/Berlin', now: london.now, locale: 'de-DE' })).toEqual([
      '2026-11-25T15:00:00+01:00',
    ]);
  });

  it('report the end of a range as a part', () => {
    const [match] = extractWith({ kind: 'builtin', name: 'date', builtin: 'date' }, 'from 1 December to 3 December');
    expect(match).toMatchObject({ value: '2026-12-01', parts: { end: '2026-12-03' } });
  });

  it('read "between 1 and 5 December" as a range', () => {
    const [match] = extractWith({ kind: 'builtin', name: 'date', builtin: 'date' }, 'between 1 and 5 December');
    expect(match).toMatchObject({ raw: '1 and 5 December', value: '2026-12-01', parts: { end: '2026-12-05' } });
  });

  it('find nothing in text without dates', () => {
    expect(datetimes('order 12345 arrived broken')).toEqual([]);
  });

  it('refuse a time zone that does not exist', () => {
    expect(() => dates('tomorrow', { timezone: 'Europe/Atlantis', now: london.now })).toThrow(
      'EntityContext.timezone "Europe/Atlantis" is not a known IANA time zone.',
    );
  });
});
