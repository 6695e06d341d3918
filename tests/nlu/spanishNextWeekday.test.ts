// "el martes que viene" is next week's Tuesday, as "el próximo martes" is, and its words stay the customer's.
import { parseDateTimes } from '../../src/nlu/entities/builtinDateTime';
import { spanishNextWeekday } from '../../src/nlu/entities/spanishNextWeekday';

const TUESDAY = { now: new Date('2026-11-24T10:00:00Z'), timezone: 'Europe/Madrid', locale: 'es-ES' };

describe('a Spanish weekday "que viene"', () => {
  it.each([
    ['el martes que viene', '2026-12-01', 'martes que viene'],
    ['el próximo martes', '2026-12-01', 'próximo martes'],
    ['el lunes que viene', '2026-11-30', 'lunes que viene'],
    ['pasad el viernes que viene por favor', '2026-11-27', 'viernes que viene'],
    ['el miércoles  que viene a las 10', '2026-11-25', 'miércoles  que viene a las 10'],
  ])('"%s" is %s, read from "%s"', (text, day, raw) => {
    const [found] = parseDateTimes(text, TUESDAY);
    expect(found?.at.toISODate()).toBe(day);
    expect(found?.raw).toBe(raw);
  });

  it('keeps the length of the text, so offsets point at the customer\'s words', () => {
    for (const text of ['el martes que viene', 'el SÁBADO que viene', 'el sabado que viene y el lunes']) {
      expect(spanishNextWeekday(text, 2)).toHaveLength(text.length);
      expect(spanishNextWeekday(text, 2)).not.toBe(text);
    }
  });

  it('leaves other words and English as they are', () => {
    expect(spanishNextWeekday('el año que viene', 2)).toBe('el año que viene');
    expect(parseDateTimes('the tuesday que viene', { ...TUESDAY, locale: 'en-GB' })[0]?.at.toISODate()).toBe('2026-11-24');
  });
});
