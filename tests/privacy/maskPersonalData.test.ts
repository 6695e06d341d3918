// Personal data masked in free text: card numbers that pass the Luhn check, email addresses and
// phone numbers, while order ids, prices, dates and ids stay readable; BATON_MASK=off masks nothing.
import { maskingEnabled } from '../../src/privacy/maskingEnabled';
import { maskPersonalData } from '../../src/privacy/maskPersonalData';
import { maskStrings } from '../../src/privacy/maskStrings';

const mask = (text: string, country?: string) => maskPersonalData(text, { enabled: true, ...(country ? { country } : {}) });

describe('maskPersonalData', () => {
  it.each([
    ['my card is 4111 1111 1111 1111, thanks', 'my card is [card], thanks'],
    ['4242-4242-4242-4242', '[card]'],
    ['amex 378282246310005', 'amex [card]'],
  ])('masks the card number in %j', (text, expected) => {
    expect(mask(text)).toBe(expected);
  });

  it('leaves digit runs that fail the Luhn check or are too short alone', () => {
    expect(mask('card 4111 1111 1111 1112')).toBe('card 4111 1111 1111 1112');
    expect(mask('ref 123456789012')).toBe('ref 123456789012');
  });

  it('masks email addresses', () => {
    expect(mask('write to Kim.Lee+orders@Example.co.uk or kim@example.com.')).toBe('write to [email] or [email].');
  });

  it('masks UK phone numbers, national and international, and other countries\' international ones', () => {
    expect(mask('call me on 07911 123456')).toBe('call me on [phone]');
    expect(mask('or +44 20 7946 0958 at work')).toBe('or [phone] at work');
    expect(mask('US office +1 415 555 2671, Paris +33 1 42 68 53 00')).toBe('US office [phone], Paris [phone]');
  });

  it('reads national numbers in the given country', () => {
    expect(mask('ring (415) 555-2671', 'US')).toBe('ring [phone]');
  });

  it('leaves order ids, prices, quantities, dates and conversation ids alone', () => {
    for (const text of ['where is order #12345?', 'order 12346 cost £1,299.00 for 3 items', 'on 2026-11-24T10:00:00.000Z', 'rest-3f2a1b4c-1234-5678-9abc-def012345678']) {
      expect(mask(text)).toBe(text);
    }
  });

  it('masks nothing when switched off', () => {
    const text = 'kim@example.com 4111 1111 1111 1111 07911 123456';
    expect(maskPersonalData(text, { enabled: false })).toBe(text);
  });

  it('is on unless BATON_MASK is off', () => {
    expect(maskingEnabled({})).toBe(true);
    expect(maskingEnabled({ BATON_MASK: 'on' })).toBe(true);
    expect(maskingEnabled({ BATON_MASK: 'OFF' })).toBe(false);
  });
});

describe('maskStrings', () => {
  it('masks strings nested in objects and arrays but keeps ids and non-plain objects', () => {
    const error = new Error('kim@example.com');
    const masked = maskStrings({ conversationId: 'kim@example.com', user: { email: 'kim@example.com', notes: ['07911 123456', 3] }, error }, { enabled: true });
    expect(masked).toEqual({ conversationId: 'kim@example.com', user: { email: '[email]', notes: ['[phone]', 3] }, error });
    expect(masked.error).toBe(error);
  });
});
