// Slot values as customers read them in replies: days, date-times and date ranges in the bot's locale
// and zone, phone numbers nationally for the bot's region. The clock is fixed: Monday 7 December 2026.
import { dateTimeText, dayText } from '../../src/engine/dateText';
import { phoneText } from '../../src/engine/phoneText';
import { slotText } from '../../src/engine/slotText';
import { textStyle, type TextStyle } from '../../src/engine/textStyle';
import { manualClock } from '../../src/runtime/clock';
import { loadTinyBot, TINY_BOT_FILES } from '../support/tinyBot';

const clock = manualClock('2026-12-07T11:00:00Z');
const now = (): string => clock.now().toISOString();
const irish = textStyle({ locale: 'en-IE', timezone: 'Europe/Dublin' }, now());
const british = textStyle({ locale: 'en', timezone: 'Europe/London', country: 'GB' }, now());
const american = textStyle({ locale: 'en-US', timezone: 'America/New_York' }, now());

describe('the style of a bot\'s texts', () => {
  it('takes the region of the locale, or of the country when the locale has none', () => {
    expect(irish).toEqual({ locale: 'en-IE', timezone: 'Europe/Dublin', year: 2026, region: 'IE' });
    expect(british).toEqual({ locale: 'en-GB', timezone: 'Europe/London', year: 2026, region: 'GB' });
    expect(textStyle({ locale: 'en', timezone: 'UTC' }, now())).toEqual({ locale: 'en', timezone: 'UTC', year: 2026 });
  });

  it('writes in British English when Intl cannot write the locale', () => {
    expect(textStyle({ locale: 'en_GB!', timezone: 'UTC' }, now()).locale).toBe('en-GB');
  });

  it('counts the current year in the bot\'s zone: New Year\'s Eve in New York is still the old year', () => {
    expect(textStyle({ locale: 'en-US', timezone: 'America/New_York' }, '2027-01-01T02:00:00Z').year).toBe(2026);
    expect(textStyle({ locale: 'en-IE', timezone: 'Europe/Dublin' }, '2027-01-01T02:00:00Z').year).toBe(2027);
  });
});

describe('a day in a reply', () => {
  it.each<[string, TextStyle, string]>([
    ['Ireland', irish, 'Friday 11 December'],
    ['Britain', british, 'Friday 11 December'],
    ['the US', american, 'Friday, December 11'],
  ])('reads in %s as people there write it', (_, style, expected) => {
    expect(dayText('2026-12-11', style)).toBe(expected);
  });

  it('shows the year only outside the current one', () => {
    expect(dayText('2027-01-08', irish)).toBe('Friday 8 January 2027');
    expect(dayText('2027-01-08', american)).toBe('Friday, January 8, 2027');
    expect(dayText('2025-12-12', irish)).toBe('Friday 12 December 2025');
  });

  it('is written by Intl in other languages', () => {
    expect(dayText('2026-12-11', { locale: 'fr-FR', timezone: 'Europe/Paris', year: 2026 })).toBe('vendredi 11 décembre');
  });

  it('is no day when the text is not one', () => {
    expect(dayText('2026-02-30', irish)).toBeUndefined();
    expect(dayText('Friday', irish)).toBeUndefined();
  });
});

describe('a date-time in a reply', () => {
  it('reads in the bot\'s zone, with the time as the locale writes it', () => {
    expect(dateTimeText('2026-12-11T15:00:00+00:00', irish)).toBe('Friday 11 December at 15:00');
    expect(dateTimeText('2026-12-11T15:00:00+00:00', american)).toBe('Friday, December 11 at 10:00 AM');
  });

  it('is no date-time when the text is not one', () => {
    expect(dateTimeText('2026-12-11', irish)).toBeUndefined();
    expect(dateTimeText('2026-12-11Tnoon', irish)).toBeUndefined();
  });
});

describe('a phone number in a reply', () => {
  it('reads the national way when it is of the bot\'s region', () => {
    expect(phoneText('+353861234567', irish)).toBe('086 123 4567');
    expect(phoneText('+447911123456', british)).toBe('07911 123456');
  });

  it('reads the international way when it is of another region, or the bot has none', () => {
    expect(phoneText('+447911123456', irish)).toBe('+44 7911 123456');
    expect(phoneText('+353861234567', american)).toBe('+353 86 123 4567');
    expect(phoneText('+353861234567', { locale: 'en', timezone: 'UTC' })).toBe('+353 86 123 4567');
  });

  it('is no phone number when the text is not one', () => {
    expect(phoneText('086 123 4567', irish)).toBeUndefined();
    expect(phoneText('+12', irish)).toBeUndefined();
  });
});

describe('a slot\'s value in a reply', () => {
  const bot = loadTinyBot({
    'bots/shop.yaml': TINY_BOT_FILES['bots/shop.yaml']!.replace('start: hello', 'start: hello\nlocale: en-IE\ntimezone: Europe/Dublin'),
    'intents/vet.yaml': 'entities:\n  visit:\n    builtin: date\n',
    'flows/book.yaml': `flow: book
slots:
  day: { entity: date }
  visit_day: { entity: visit }
  at: { entity: datetime }
  period: { entity: date_range }
  phone: { entity: phone }
  note: {}
states:
  start:
    say: "{{day}} {{visit_day}} {{at}} {{period}} {{phone}} {{note}}"
    next: end
`,
  });
  const slots = bot.flows['book']!.slots;
  const text = (slot: string, value: unknown): string => slotText(bot, slots[slot], value, textStyle(bot, now()));

  it('reads by the entity that fills the slot, a declared entity built on a builtin included', () => {
    expect(text('day', '2026-12-11')).toBe('Friday 11 December');
    expect(text('visit_day', '2026-12-11')).toBe('Friday 11 December');
    expect(text('at', '2026-12-11T09:30:00+00:00')).toBe('Friday 11 December at 09:30');
    expect(text('period', { start: '2026-12-14', end: '2026-12-18' })).toBe('14–18 December');
    expect(text('phone', '+353861234567')).toBe('086 123 4567');
  });

  it('leaves a value its entity did not give as it is: free text, or an action\'s', () => {
    expect(text('note', '2026-12-11')).toBe('2026-12-11');
    expect(text('note', '+353861234567')).toBe('+353861234567');
    expect(text('day', 'soon')).toBe('soon');
  });
});
