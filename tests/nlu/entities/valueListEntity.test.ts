import { compileEntities, type EntitySpec } from '../../../src/nlu/entities';
import { extractWith, spanOf } from './helpers';

const productValues: Record<string, string[]> = {
  headphones: ['earbuds', 'headset'],
  charger: ['power adapter', 'charging cable'],
  'phone case': ['cover'],
  parcel: [],
  border: [],
  sue: [],
};
const product: EntitySpec = { kind: 'values', name: 'product', values: productValues, fuzzy: true };
const exactProduct: EntitySpec = { kind: 'values', name: 'product', values: productValues, fuzzy: false };
const values = (text: string, spec: EntitySpec = product) =>
  extractWith(spec, text).map((m) => m.value);

describe('value-list entities', () => {
  it('match a word written after a French or Italian elision, from after its apostrophe', () => {
    const slot: EntitySpec = { kind: 'values', name: 'slot', values: { afternoon: ['après-midi'], morning: ['matin'], order: ['ordine'] }, fuzzy: false };
    for (const text of ["l'après-midi", 'plutôt l’après-midi', "L'APRES-MIDI s'il vous plaît"]) {
      const [hit] = extractWith(slot, text);
      expect(hit).toMatchObject({ value: 'afternoon', ...spanOf(text, text.includes('APRES') ? 'APRES-MIDI' : 'après-midi') });
    }
    expect(values("dell'ordine", slot)).toEqual(['order']);
    // Only elided articles and pronouns: an English contraction stays one word.
    expect(values("don't", { kind: 'values', name: 'x', values: { t: [] }, fuzzy: false })).toEqual([]);
    expect(values("it's", { kind: 'values', name: 'x', values: { s: [] }, fuzzy: false })).toEqual([]);
  });

  it('match a synonym and report the canonical value with its span', () => {
    const text = 'My earbuds stopped working';
    expect(extractWith(product, text)).toEqual([
      { entity: 'product', ...spanOf(text, 'earbuds'), raw: 'earbuds', value: 'headphones', score: 1 },
    ]);
  });

  it('match the canonical value itself', () => {
    expect(values('the headphones are fine')).toEqual(['headphones']);
  });

  it('match multi-word synonyms across spaces, hyphens and case', () => {
    const text = 'the Power-Adapter and the power  adapter';
    const matches = extractWith(product, text);
    expect(matches.map((m) => [m.raw, m.value])).toEqual([['Power-Adapter', 'charger'], ['power  adapter', 'charger']]);
  });

  it('match a multi-word canonical value', () => {
    expect(values('my phone case is cracked')).toEqual(['phone case']);
  });

  it('do not join words across sentence punctuation', () => {
    expect(values('no power. adapter fine')).toEqual([]);
  });

  it('ignore accents, full-width letters and apostrophes', () => {
    expect(values('mes héadphones, ｅａｒｂｕｄｓ')).toEqual(['headphones', 'headphones']);
  });

  it('correct typos in long enough words with a score below 1', () => {
    const text = 'my headphnoes and the chargr are broken';
    const matches = extractWith(product, text);
    expect(matches.map((m) => [m.raw, m.value])).toEqual([['headphnoes', 'headphones'], ['chargr', 'charger']]);
    for (const m of matches) expect(m.score).toBeLessThan(1);
  });

  it('correct a typo inside a multi-word synonym', () => {
    expect(values('the power adaptr is hot')).toEqual(['charger']);
  });

  it('never turn real words into other values', () => {
    expect(values('please cancel my order, sure')).toEqual([]);
  });

  it('need exact matches when fuzzy is off', () => {
    expect(values('my headphnoes broke', exactProduct)).toEqual([]);
    expect(values('my Headphones broke', exactProduct)).toEqual(['headphones']);
  });

  it('prefer the longest phrase when synonyms overlap', () => {
    const spec: EntitySpec = { kind: 'values', name: 'item', values: { cable: ['cable'], charger: ['charging cable'] }, fuzzy: false };
    expect(values('a charging cable', spec)).toEqual(['charger']);
  });

  it('match emoji and characters of scripts written without spaces', () => {
    const spec: EntitySpec = { kind: 'values', name: 'item', values: { headphones: ['🎧', '耳机', 'наушники'] }, fuzzy: true };
    expect(values('我的耳机坏了 🎧 наушники', spec)).toEqual(['headphones', 'headphones', 'headphones']);
  });

  it('refuse a synonym that names two values, or one with nothing to match', () => {
    expect(() => compileEntities([{ kind: 'values', name: 'p', values: { a: ['x'], b: ['X'] }, fuzzy: false }])).toThrow(
      /Entity "p": "X" stands for both "a" and "b"/,
    );
    expect(() => compileEntities([{ kind: 'values', name: 'p', values: { a: ['!!!'] }, fuzzy: false }])).toThrow(
      /Entity "p": "!!!" \(for "a"\) has no letters/,
    );
  });
});
