// When a closed queue opens again, and how a customer reads it in the bot's time zone.
import { nextOpening, parseOpeningHours } from '../../src/handoff/openingHours';
import { openingPhrase } from '../../src/handoff/openingPhrase';

const LONDON = 'Europe/London';
const weekdays = parseOpeningHours('Mon-Fri 08:00-18:00', ['2026-12-25'], LONDON);
const phrase = (hours: ReturnType<typeof parseOpeningHours>, at: string, zone = LONDON): string | undefined => {
  const opens = nextOpening(hours, new Date(at));
  return opens && openingPhrase(opens, new Date(at), zone);
};

describe('the next opening of a closed queue', () => {
  it('is later today before the doors open', () => {
    expect(phrase(weekdays, '2026-11-24T06:30:00Z')).toBe('today at 8:00');
  });

  it('is tomorrow morning in the evening', () => {
    expect(phrase(weekdays, '2026-11-24T19:00:00Z')).toBe('tomorrow at 8:00');
  });

  it('is Monday over the weekend', () => {
    expect(phrase(weekdays, '2026-11-28T12:00:00Z')).toBe('Monday at 8:00');
  });

  it('skips a closed day', () => {
    expect(phrase(weekdays, '2026-12-24T19:00:00Z')).toBe('Monday at 8:00');
  });

  it('names the date when it is a week or more away', () => {
    const hours = parseOpeningHours('Mon 09:00-12:00', [], LONDON);
    expect(phrase(hours, '2026-11-23T12:30:00Z')).toBe('Monday 30 November at 9:00');
  });

  it('is read in the bot\'s time zone when the queue keeps another', () => {
    const newYork = parseOpeningHours('Mon-Fri 09:00-17:00 America/New_York', [], LONDON);
    expect(phrase(newYork, '2026-11-24T23:00:00Z')).toBe('tomorrow at 14:00');
  });

  it('is nothing for a queue that never opens within two weeks', () => {
    const closed = parseOpeningHours('Mon 09:00-10:00', ['2026-11-30', '2026-12-07', '2026-12-14'], LONDON);
    expect(nextOpening(closed, new Date('2026-11-24T12:00:00Z'))).toBeUndefined();
  });
});
