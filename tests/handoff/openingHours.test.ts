// Opening hours are read once and checked against instants in the queue's own time zone.
import { HoursError, isOpen, parseOpeningHours, parseOpeningRange } from '../../src/handoff/openingHours';

describe('opening hours', () => {
  it('reads days, times and a zone', () => {
    expect(parseOpeningRange('Mon-Fri 08:00-18:00 Europe/London', 'UTC')).toEqual({ days: [1, 2, 3, 4, 5], from: 480, to: 1080, zone: 'Europe/London' });
    expect(parseOpeningRange('Sat,Sun 10:00-24:00', 'America/New_York')).toEqual({ days: [6, 7], from: 600, to: 1440, zone: 'America/New_York' });
    expect(parseOpeningRange('Fri-Mon 09:00-12:00', 'UTC').days).toEqual([1, 5, 6, 7]);
  });

  it.each([
    ['Mon-Fri 8-18', /time range/],
    ['Mon-Fri 18:00-08:00', /ends before it starts/],
    ['Mon-Fry 08:00-18:00', /name days/],
    ['Mon-Fri 08:00-25:00', /does not exist/],
    ['Mon-Fri 08:00-18:00 Mars/Base', /IANA/],
    ['whenever', /days, times/],
  ])('rejects "%s" saying why', (text, why) => {
    expect(() => parseOpeningRange(text, 'UTC')).toThrow(HoursError);
    expect(() => parseOpeningRange(text, 'UTC')).toThrow(why);
  });

  it('is open in the queue zone across daylight saving', () => {
    const hours = parseOpeningHours('Mon-Fri 08:00-18:00 Europe/London', undefined, 'UTC');
    expect(isOpen(hours, new Date('2026-07-06T07:30:00Z'))).toBe(true); // 08:30 BST, Monday
    expect(isOpen(hours, new Date('2026-12-07T07:30:00Z'))).toBe(false); // 07:30 GMT, Monday
    expect(isOpen(hours, new Date('2026-12-05T12:00:00Z'))).toBe(false); // Saturday
    expect(isOpen(hours, new Date('2026-12-07T17:59:00Z'))).toBe(true);
    expect(isOpen(hours, new Date('2026-12-07T18:00:00Z'))).toBe(false);
  });

  it('is closed on listed dates and always open without hours', () => {
    const hours = parseOpeningHours('Mon-Sun 00:00-24:00', ['2026-12-25'], 'Europe/London');
    expect(isOpen(hours, new Date('2026-12-25T12:00:00Z'))).toBe(false);
    expect(isOpen(hours, new Date('2026-12-24T23:59:00Z'))).toBe(true);
    expect(isOpen(parseOpeningHours(undefined, undefined, 'UTC'), new Date('2026-12-27T03:00:00Z'))).toBe(true);
  });
});
