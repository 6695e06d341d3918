import { compileEntities } from '../../../src/nlu/entities';
import { extractWith, spanOf } from './helpers';

describe('regex entities', () => {
  const orderId = { kind: 'regex', name: 'order_id', pattern: '#?\\b(?<value>\\d{5})\\b' } as const;

  it('give the value group as the value and the whole match as the span', () => {
    const text = 'I want to return order #12345, it arrived broken';
    expect(extractWith(orderId, text)).toEqual([
      { entity: 'order_id', ...spanOf(text, '#12345'), raw: '#12345', value: '12345', score: 1 },
    ]);
  });

  it('give the whole match as the value when there is no value group', () => {
    const text = 'ticket ab-1234 please';
    const [match] = extractWith({ kind: 'regex', name: 'ticket', pattern: '[a-z]{2}-\\d{4}' }, text);
    expect(match).toMatchObject({ ...spanOf(text, 'ab-1234'), value: 'ab-1234' });
  });

  it('report other named groups as parts', () => {
    const text = 'tracking UPS 1Z999AA10123456784 thanks';
    const [match] = extractWith(
      { kind: 'regex', name: 'tracking', pattern: '(?<carrier>ups|dhl)\\s+(?<value>[0-9a-z]{18})' },
      text,
    );
    expect(match).toMatchObject({ raw: 'UPS 1Z999AA10123456784', value: '1Z999AA10123456784', parts: { carrier: 'UPS' } });
  });

  it('are case-insensitive by default and case-sensitive when flags are given', () => {
    const text = 'code ABC and code abc';
    expect(extractWith({ kind: 'regex', name: 'code', pattern: 'abc' }, text).map((m) => m.raw)).toEqual(['ABC', 'abc']);
    expect(extractWith({ kind: 'regex', name: 'code', pattern: 'abc', flags: 'u' }, text).map((m) => m.raw)).toEqual(['abc']);
  });

  it('find every match, skipping empty ones', () => {
    expect(extractWith({ kind: 'regex', name: 'digits', pattern: '\\d*' }, 'a1b22c').map((m) => m.value)).toEqual(['1', '22']);
  });

  it('keep leading zeros because the value is text', () => {
    expect(extractWith(orderId, 'order 01234').map((m) => m.value)).toEqual(['01234']);
  });

  it('refuse an invalid pattern with the entity, the pattern and the reason', () => {
    expect(() => compileEntities([{ kind: 'regex', name: 'order_id', pattern: '#?(?<value>\\d{5}' }])).toThrow(
      /Entity "order_id": regex pattern "#\?\(\?<value>\\\\d\{5\}" is not a valid JavaScript regular expression: .*Unterminated group/,
    );
  });

  it('refuse unknown or repeated flags and an empty pattern', () => {
    expect(() => compileEntities([{ kind: 'regex', name: 'x', pattern: 'a', flags: 'q' }])).toThrow(/Entity "x".*invalid flags "q"/);
    expect(() => compileEntities([{ kind: 'regex', name: 'x', pattern: 'a', flags: 'ii' }])).toThrow(/invalid flags "ii"/);
    expect(() => compileEntities([{ kind: 'regex', name: 'x', pattern: '' }])).toThrow(/Entity "x".*empty/);
  });
});
