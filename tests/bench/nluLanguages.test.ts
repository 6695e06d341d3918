// The per-language NLU data sets are well-formed, and `bench:nlu --language` runs on a tiny slice of
// one: it reports the language, each contestant's accuracy or why it did not run, and the sample bot's
// held-out tests or that it has none in the language.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadIntentData, type Example } from '../../bench/nlu-data';
import { benchLanguage, languageDataFile } from '../../bench/nlu-language';
import { nlpJsHasLanguage } from '../../bench/nlu-nlpjs';

const LANGUAGES = ['en', 'es', 'de', 'fr', 'it', 'pt', 'nl'];
const same = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
const byIntent = (examples: readonly Example[]) => {
  const out = new Map<string, string[]>();
  for (const e of examples) out.set(e.label, [...(out.get(e.label) ?? []), e.text]);
  return out;
};

describe.each(LANGUAGES)('the %s data set', (code) => {
  const data = loadIntentData(languageDataFile(code));
  const train = byIntent(data.train);
  const test = byIntent(data.test);

  it('has at least 20 intents of at least 10 training examples, each with held-out questions', () => {
    expect(train.size).toBeGreaterThanOrEqual(20);
    for (const [intent, texts] of train) {
      expect([intent, texts.length >= 10]).toEqual([intent, true]);
      expect([intent, (test.get(intent) ?? []).length > 0]).toEqual([intent, true]);
    }
    expect([...test.keys()].filter((intent) => !train.has(intent))).toEqual([]);
  });

  it('holds no test question that is also a training example, and no example twice', () => {
    const training = new Set(data.train.map((e) => same(e.text)));
    expect(data.test.filter((e) => training.has(same(e.text)))).toEqual([]);
    expect(training.size).toBe(data.train.length);
  });

  it('uses the same intents as the other languages', () => {
    expect([...train.keys()].sort()).toEqual([...byIntent(loadIntentData(languageDataFile('en')).train).keys()].sort());
  });
});

describe('bench:nlu --language', () => {
  it('refuses an unsupported language, naming the supported ones', () => {
    expect(() => benchLanguage('xx')).toThrow(/not a supported language; use one of: en, es, de, fr, it, pt, nl/);
  });

  it('runs on a tiny slice of the French data and reports per-language structure, and that the sample has no French tests', () => {
    const full = JSON.parse(readFileSync(languageDataFile('fr'), 'utf8')) as { train: [string, string][]; test: [string, string][] };
    const keep = new Set(['balance', 'transfer', 'greeting']);
    const slice = { train: full.train.filter((r) => keep.has(r[1])), val: [], test: full.test.filter((r) => keep.has(r[1])) };
    const file = join(mkdtempSync(join(tmpdir(), 'baton-bench-')), 'fr-slice.json');
    writeFileSync(file, JSON.stringify(slice));
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'bench/nlu.ts', '--language', 'fr', '--data', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const lines = stdout.trim().split('\n');
    const report = JSON.parse(lines.at(-1)!) as Record<string, unknown> & { baton: { accuracy: number }; natural: { accuracy: number } };
    expect(report).toMatchObject({ bench: 'nlu', data: file, language: 'fr', naturalStemmer: 'porter_stemmer_fr', sample: { note: 'the sample bot has no fr tests' } });
    for (const name of ['baton', 'natural'] as const) {
      expect(report[name].accuracy).toBeGreaterThanOrEqual(0);
      expect(report[name].accuracy).toBeLessThanOrEqual(1);
    }
    if (nlpJsHasLanguage('fr')) expect(report.nlpjs).toEqual(expect.objectContaining({ accuracy: expect.any(Number) }));
    else expect(report).toMatchObject({ nlpjs: null, notRun: { nlpjs: 'its French package @nlpjs/lang-fr is not installed' } });
    expect(lines[0]).toMatch(/in-scope acc/);
    expect(lines).toContain('sample bot: the sample bot has no fr tests');
  });
});
