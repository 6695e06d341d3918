// `baton eval` of a bot of several languages: each language is measured with its own classifier,
// examples and held-out tests, and a language's tests are its own, never borrowed from another.
import { evaluateBot } from '../../src/eval/evaluateBot';
import { formatEvalSummary } from '../../src/eval/formatEvalSummary';
import { makeFixture, BASE_FILES } from '../support/botFixture';

const FILES = {
  'bots/shop.yaml': `${BASE_FILES['bots/shop.yaml']}languages: [es]\n`,
  'flows/hello.yaml': 'flow: hello\ntrigger: greet\nstates:\n  start:\n    say: { en: Hi, es: Hola }\n    next: end\n',
  'flows/track.yaml': null,
  'intents/main.yaml': `intents:
  greet:
    examples:
      en: [hi, hello, good morning, hey there]
      es: [hola, buenos días, buenas tardes, hola qué tal]
    tests: { en: [hello there], es: [hola buenas, buenas] }
  track:
    examples:
      en: [where is my order, track my parcel, where is my package, has my order shipped]
      es: [dónde está mi pedido, seguir mi paquete, dónde está mi paquete, ha salido mi pedido]
    tests: [where's my parcel]
`,
};

describe('an eval of a bot of several languages', () => {
  const fixture = makeFixture(FILES);
  afterAll(() => fixture.remove());
  const { bot, problems } = fixture.load();

  it('loads without a warning for the languages without tests', () => {
    expect(problems.filter((p) => p.code !== 'BATON_UNUSED_INTENT')).toEqual([]);
    expect(bot!.tests.map((t) => t.text)).toEqual(['hello there', "where's my parcel"]);
    expect(bot!.byLanguage.es!.tests.map((t) => t.text)).toEqual(['hola buenas', 'buenas']);
  });

  it('reports the main language at the top and each other language by its code', () => {
    const report = evaluateBot(bot!, { folds: 2 });
    expect(report.language).toBe('en');
    expect(Object.keys(report.byLanguage ?? {})).toEqual(['es']);
    const es = report.byLanguage!.es!;
    expect(es.language).toBe('es');
    expect(es.heldOut.examples).toBe(2);
    expect(es.predictions.heldOut.map((p) => [p.text, p.label])).toEqual([['hola buenas', 'greet'], ['buenas', 'greet']]);
    expect(es.crossValidation.examples).toBe(8);
    expect(es.predictions.crossValidation.every((p) => /[áéíóúñ]|hola|buenas|pedido|paquete/.test(p.text))).toBe(true);
    expect(report.heldOut.examples).toBe(2);
    expect(es.byLanguage).toBeUndefined();
  });

  it('prints a table by language and a section for each', () => {
    const lines = formatEvalSummary(evaluateBot(bot!, { folds: 2 }));
    expect(lines[0]).toMatch(/^By language/);
    expect(lines.filter((l) => /^ {2}(English \(en\)|Spanish \(es\))/.test(l))).toHaveLength(2);
    expect(lines).toContain('== English (en) ==');
    expect(lines).toContain('== Spanish (es) ==');
  });

  it('leaves the report of a one-language bot as it was', () => {
    const plain = makeFixture();
    try {
      const report = evaluateBot(plain.load().bot!, { folds: 2 });
      expect(report.byLanguage).toBeUndefined();
      expect(formatEvalSummary(report)[0]).toMatch(/^Shop \(shop\)/);
    } finally {
      plain.remove();
    }
  });
});
