import { builtinValues, extractWith, london, spanOf } from './helpers';

const money = (text: string, ctx = london) => builtinValues('money', text, ctx);

describe('the money builtin', () => {
  it('reads a currency symbol before the amount', () => {
    const text = 'it cost $4.99 yesterday';
    expect(extractWith({ kind: 'builtin', name: 'price', builtin: 'money' }, text)).toEqual([
      { entity: 'price', ...spanOf(text, '$4.99'), raw: '$4.99', value: { amount: 4.99, currency: 'USD' }, score: 1 },
    ]);
  });

  it('reads currency codes and names after the amount', () => {
    expect(money('4.99 USD, 20 euros, 10 quid, 5 pounds sterling, 3 CHF')).toEqual([
      { amount: 4.99, currency: 'USD' },
      { amount: 20, currency: 'EUR' },
      { amount: 10, currency: 'GBP' },
      { amount: 5, currency: 'GBP' },
      { amount: 3, currency: 'CHF' },
    ]);
  });

  it('reads symbols of several currencies, with or without a space', () => {
    expect(money('£20, € 15, US$7, A$12, ¥500')).toEqual([
      { amount: 20, currency: 'GBP' },
      { amount: 15, currency: 'EUR' },
      { amount: 7, currency: 'USD' },
      { amount: 12, currency: 'AUD' },
      { amount: 500, currency: 'JPY' },
    ]);
  });

  it('reads minor units and amounts in words', () => {
    expect(money('50p, 75 cents, twenty dollars')).toEqual([
      { amount: 0.5, currency: 'GBP' },
      { amount: 0.75, currency: 'USD' },
      { amount: 20, currency: 'USD' },
    ]);
  });

  it('reads a bare dollar sign as the dollar of the region', () => {
    expect(money('$10', { ...london, locale: 'en-AU', defaultCountry: 'AU' })).toEqual([{ amount: 10, currency: 'AUD' }]);
  });

  it('reads the decimal comma of the locale', () => {
    expect(money('4,99 € bitte', { ...london, locale: 'de-DE', defaultCountry: 'DE' })).toEqual([{ amount: 4.99, currency: 'EUR' }]);
  });

  it('ignores numbers without a currency and words that only look like one', () => {
    expect(money('order 12345, all 3 of them, 5 people, try 2')).toEqual([]);
  });
});
