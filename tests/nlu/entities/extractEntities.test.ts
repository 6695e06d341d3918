import { compileEntities, extractEntities, extractEntity, type EntitySpec } from '../../../src/nlu/entities';
import type { EntityDefinition } from '../../../src/config/compiledBot';
import { keepBestMatches } from '../../../src/nlu/entities/keepBestMatches';
import { london, spanOf } from './helpers';

const specs: EntitySpec[] = [
  { kind: 'regex', name: 'order_id', pattern: '#?(?<value>\\d{5})' },
  { kind: 'values', name: 'product', values: { headphones: ['earbuds'], charger: ['power adapter'] }, fuzzy: true },
  { kind: 'builtin', name: 'email', builtin: 'email' },
  { kind: 'builtin', name: 'number', builtin: 'number' },
  { kind: 'builtin', name: 'when', builtin: 'date' },
  { kind: 'builtin', name: 'at', builtin: 'time' },
];
const compiled = compileEntities(specs);

describe('extracting entities from a message', () => {
  it('finds order_id 12345 in "I want to return order #12345, it arrived broken" with the span of "#12345"', () => {
    const text = 'I want to return order #12345, it arrived broken';
    const orderIds = extractEntities(compiled, text, london).filter((m) => m.entity === 'order_id');
    expect(orderIds).toEqual([{ entity: 'order_id', ...spanOf(text, '#12345'), raw: '#12345', value: '12345', score: 1 }]);
  });

  it('reports an order id and the number builtin over the same digits', () => {
    const text = 'order #12345 please';
    expect(extractEntities(compiled, text, london).map((m) => [m.entity, m.raw, m.value])).toEqual([
      ['order_id', '#12345', '12345'],
      ['number', '12345', 12345],
    ]);
  });

  it('finds every kind of entity in one message, sorted by position, with spans into the original text', () => {
    const text = 'My headphnoes from order #54321 broke; email me at jo@acme.com tomorrow at 3pm';
    const found = extractEntities(compiled, text, london);
    expect(found.map((m) => [m.entity, m.raw, m.value])).toEqual([
      ['product', 'headphnoes', 'headphones'],
      ['order_id', '#54321', '54321'],
      ['number', '54321', 54321],
      ['email', 'jo@acme.com', 'jo@acme.com'],
      ['at', 'tomorrow at 3pm', '15:00'],
      ['when', 'tomorrow at 3pm', '2026-11-25'],
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.raw);
  });

  it('keeps the longest of overlapping matches of one entity, then the earliest', () => {
    const kits = compileEntities([
      { kind: 'values', name: 'item', values: { charger: ['power adapter'], kit: ['adapter cable set'], cable: ['cable'] }, fuzzy: false },
    ]);
    expect(extractEntities(kits, 'a power adapter cable set', london).map((m) => [m.raw, m.value])).toEqual([
      ['adapter cable set', 'kit'],
    ]);
    const pairs = compileEntities([{ kind: 'values', name: 'item', values: { a: ['power adapter'], b: ['adapter cable'] }, fuzzy: false }]);
    expect(extractEntities(pairs, 'power adapter cable', london).map((m) => m.value)).toEqual(['a']);
  });

  it('prefers an exact match to a fuzzy one of the same length', () => {
    expect(
      keepBestMatches([
        { entity: 'p', start: 0, end: 6, raw: 'chargr', value: 'charger', score: 0.97 },
        { entity: 'p', start: 0, end: 6, raw: 'chargr', value: 'chargr', score: 1 },
      ]).map((m) => m.value),
    ).toEqual(['chargr']);
  });

  it('extracts a single entity for slot filling', () => {
    expect(extractEntity(compiled, 'order_id', 'it is 11111 or 22222', london).map((m) => m.value)).toEqual(['11111', '22222']);
    expect(extractEntity(compiled, 'product', 'no idea', london)).toEqual([]);
  });

  it('refuses to extract an entity that was never compiled', () => {
    expect(() => extractEntity(compiled, 'colour', 'red', london)).toThrow(/Unknown entity "colour"; compiled entities are: order_id, product/);
  });

  it('refuses duplicate names and unknown builtins when compiling', () => {
    expect(() => compileEntities([specs[0] as EntitySpec, specs[0] as EntitySpec])).toThrow('Entity "order_id" is declared twice.');
    expect(() => compileEntities([{ kind: 'builtin', name: 'x', builtin: 'colour' } as unknown as EntitySpec])).toThrow(
      /Entity "x": unknown builtin "colour"/,
    );
  });

  it('accepts the entity definitions of a compiled bot as they are', () => {
    const fromLoader: readonly EntityDefinition[] = [{ kind: 'builtin', name: 'email', builtin: 'email' }];
    expect([...compileEntities(fromLoader).byName.keys()]).toEqual(['email']);
  });

  it('returns a frozen compiled set that can be shared between conversations', () => {
    expect(Object.isFrozen(compiled)).toBe(true);
    expect([...compiled.byName.keys()]).toEqual(['order_id', 'product', 'email', 'number', 'when', 'at']);
  });
});
