import { BUILTIN_ENTITIES, compileEntities, extractEntities, MAX_SCAN_CHARS, type EntitySpec } from '../../../src/nlu/entities';
import { london } from './helpers';

const everything: EntitySpec[] = [
  { kind: 'regex', name: 'order_id', pattern: '#?(?<value>\\d{5})' },
  { kind: 'values', name: 'product', values: { headphones: ['earbuds'] }, fuzzy: true },
  ...BUILTIN_ENTITIES.map((builtin): EntitySpec => ({ kind: 'builtin', name: builtin, builtin })),
];
const compiled = compileEntities(everything);
const extract = (text: string) => extractEntities(compiled, text, london);

describe('bad input', () => {
  it('an empty message has no entities', () => {
    expect(extract('')).toEqual([]);
  });

  it('a message of white space, punctuation or emoji has no entities', () => {
    expect(extract('   \n\t ')).toEqual([]);
    expect(extract('?!... ---')).toEqual([]);
    expect(extract('🙂👍🏽👨‍👩‍👧‍👦❤️')).toEqual([]);
  });

  it('emoji around entities do not shift the spans', () => {
    const text = '👍🏽 order #12345 🙂 my 🎧 earbuds';
    for (const m of extract(text)) expect(text.slice(m.start, m.end)).toBe(m.raw);
    expect(extract(text).filter((m) => m.entity !== 'number').map((m) => m.value)).toEqual(['12345', 'headphones']);
  });

  it('a broken surrogate pair does not break extraction', () => {
    expect(extract('\ud83d order #12345 \ude00').map((m) => m.entity)).toEqual(['order_id', 'number']);
  });

  it('mixed scripts keep their spans and the entities among them are found', () => {
    const text = 'Привет, 你好! مرحبا order #12345 أرسل to jo@acme.com שלום';
    const found = extract(text);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.raw);
    expect(found.map((m) => m.entity)).toEqual(['order_id', 'number', 'email']);
  });

  it(`a 20,000-character message is scanned only in its first ${MAX_SCAN_CHARS} characters`, () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(1000);
    const text = `order #12345 ${filler} order #54321`.slice(0, 20000 - 13) + ' order #54321';
    expect(text.length).toBe(20000);
    const found = extract(text);
    expect(found.map((m) => m.raw)).toEqual(['#12345', '12345']);
    for (const m of found) expect(m.end).toBeLessThanOrEqual(MAX_SCAN_CHARS);
  });

  it('a 20,000-character word, digit run or emoji run returns without entities', () => {
    expect(extract('a'.repeat(20000))).toEqual([]);
    expect(extract('🙂'.repeat(10000))).toEqual([]);
    expect(extract('1,'.repeat(10000))).toEqual([]);
  });

  it('a missing text is treated as an empty message', () => {
    expect(extract(undefined as unknown as string)).toEqual([]);
  });
});
