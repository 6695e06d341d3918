import { builtinValues, extractWith, london, spanOf } from './helpers';

const numbers = (text: string, ctx = london) => builtinValues('number', text, ctx);

describe('the number builtin', () => {
  it('reads digits with group separators, decimals and a sign', () => {
    expect(numbers('1,234.5 and 42 and -7 and 0.25')).toEqual([1234.5, 42, -7, 0.25]);
  });

  it('gives spans of the numerals in the original text', () => {
    const text = 'I need 3 of them, or 1,000';
    expect(extractWith({ kind: 'builtin', name: 'qty', builtin: 'number' }, text)).toEqual([
      { entity: 'qty', ...spanOf(text, '3'), raw: '3', value: 3, score: 1 },
      { entity: 'qty', ...spanOf(text, '1,000'), raw: '1,000', value: 1000, score: 1 },
    ]);
  });

  it('reads English number words up to ninety-nine and dozens', () => {
    expect(numbers('two boxes, Twenty-five cups, thirty one plates, a dozen eggs, half a dozen more')).toEqual([2, 25, 31, 12, 6]);
  });

  it('does not read "one" as a number after a determiner', () => {
    expect(numbers('I want this one, not that one, but one more')).toEqual([1]);
  });

  it('ignores numerals glued to letters, and times, dates and versions', () => {
    expect(numbers('abc123 3pm 5th 10:30 3/4/2026 v1.2.3')).toEqual([]);
  });

  it('treats a hyphen between numbers as a dash, not a minus', () => {
    expect(numbers('5-10 days')).toEqual([5, 10]);
  });

  it('ignores digit runs too long to be exact', () => {
    expect(numbers('card 4111111111111111')).toEqual([]);
  });

  it('reads the decimal comma of the locale', () => {
    const german = { ...london, locale: 'de-DE' };
    expect(numbers('1.234,5 und 4,99', german)).toEqual([1234.5, 4.99]);
  });
});
