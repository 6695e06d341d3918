// A date that repeats ("Friday", "3 December") carries its coming and its last reading beside chrono's closest one.
import type { EntityContext } from '../../../src/nlu/entities';
import { extractWith } from './helpers';

/** Monday 7 December 2026, 11:00 in Dublin (GMT in winter). */
const dublin: EntityContext = { timezone: 'Europe/Dublin', now: new Date('2026-12-07T11:00:00Z'), locale: 'en-IE' };
const found = (builtin: 'date' | 'datetime' | 'date_range' | 'time', text: string, ctx: EntityContext = dublin) =>
  extractWith({ kind: 'builtin', name: builtin, builtin }, text, ctx).map(({ value, readings }) => ({ value, readings }));
const range = (start: string, end = start) => ({ start, end });

describe('the readings of a date that repeats (now: Monday 7 December 2026 in Dublin)', () => {
  it('give "on Friday" as the coming Friday and the last one, while the value stays the closest', () => {
    expect(found('date', 'can I bring him in on Friday?')).toEqual([
      { value: '2026-12-04', readings: { future: '2026-12-11', past: '2026-12-04' } },
    ]);
  });

  it('read a weekday that is today as today both ways', () => {
    expect(found('date', 'Monday')).toEqual([{ value: '2026-12-07', readings: { future: '2026-12-07', past: '2026-12-07' } }]);
  });

  it.each(['next Friday', 'last Friday', 'this Friday', 'Friday 11 December 2026', 'tomorrow', 'in 3 days'])('give "%s", which the text fixes, no readings', (text) => {
    const [match] = found('date', text);
    expect(match).toBeDefined();
    expect(match!.readings).toBeUndefined();
  });

  it('give a day of the year without a year as the coming one and the last one', () => {
    expect(found('date', '3 December')).toEqual([{ value: '2026-12-03', readings: { future: '2027-12-03', past: '2026-12-03' } }]);
    expect(found('date', '5 March')).toEqual([{ value: '2027-03-05', readings: { future: '2027-03-05', past: '2026-03-05' } }]);
  });

  it('keep the time of day of a datetime, in the zone of the day it moves to', () => {
    expect(found('datetime', 'Friday at 3pm')).toEqual([
      { value: '2026-12-04T15:00:00+00:00', readings: { future: '2026-12-11T15:00:00+00:00', past: '2026-12-04T15:00:00+00:00' } },
    ]);
    const thursday = { ...dublin, now: new Date('2026-03-26T11:00:00Z') }; // Thursday 26 March; the clocks go forward on the 29th
    expect(found('datetime', 'Monday at 3pm', thursday)).toEqual([
      { value: '2026-03-23T15:00:00+00:00', readings: { future: '2026-03-30T15:00:00+01:00', past: '2026-03-23T15:00:00+00:00' } },
    ]);
  });

  it('give a time of day alone no readings', () => {
    expect(found('time', 'at 3pm')).toEqual([{ value: '15:00', readings: undefined }]);
  });

  it('move a period as a whole: a weekday, a month, and a month that holds today', () => {
    expect(found('date_range', 'Friday')).toEqual([{ value: range('2026-12-04'), readings: { future: range('2026-12-11'), past: range('2026-12-04') } }]);
    expect(found('date_range', 'in November')).toEqual([
      { value: range('2026-11-01', '2026-11-30'), readings: { future: range('2027-11-01', '2027-11-30'), past: range('2026-11-01', '2026-11-30') } },
    ]);
    expect(found('date_range', 'December')).toEqual([
      { value: range('2026-12-01', '2026-12-31'), readings: { future: range('2026-12-01', '2026-12-31'), past: range('2026-12-01', '2026-12-31') } },
    ]);
  });

  it('keep a whole February whole in a leap year', () => {
    const [match] = found('date_range', 'February', { ...dublin, now: new Date('2027-12-07T11:00:00Z') });
    expect(match!.readings).toEqual({ future: range('2028-02-01', '2028-02-29'), past: range('2027-02-01', '2027-02-28') });
  });

  it('give "since Friday" no readings: it always looks back', () => {
    expect(found('date_range', 'since Friday')).toEqual([{ value: range('2026-12-04', '2026-12-07'), readings: undefined }]);
  });
});
