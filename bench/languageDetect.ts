/**
 * Language detection among a bot's languages: npm tinyld and franc-min (restricted to the bot's
 * languages with their `only` option) against the classifiers' own evidence (src/language/detectLanguage.ts:
 * the words each language's model knows, built here from the CLINC150-style training sets in
 * bench/data/languages plus Baton's built-in examples) and a combination (the evidence, and tinyld
 * where it abstains on a message of 4 words or more). Data: the held-out questions of each language,
 * very short customer messages written for this bench, and messages in no language (must abstain).
 * Reports accuracy, abstentions and wrong answers per message length, then one JSON line.
 *
 *   npm run bench:detect
 */
import { builtinCatalogue } from '../src/config/builtinCatalogue';
import { createLanguageDetector } from '../src/language/detectLanguage';
import { languageByCode } from '../src/language/languageOf';
import { loadIntentData } from './nlu-data';
import { languageDataFile } from './nlu-language';
import { NEUTRAL_MESSAGES, SHORT_MESSAGES } from './languageDetect-messages';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const tinyld = require('tinyld') as { detect(text: string, options?: { only?: string[] }): string };

const LANGUAGES = ['en', 'es', 'de', 'fr'];
const ISO3: Readonly<Record<string, string>> = { en: 'eng', es: 'spa', de: 'deu', fr: 'fra' };
const BOTS: readonly (readonly string[])[] = [['en', 'es'], ['en', 'de'], ['en', 'fr'], ['en', 'es', 'de', 'fr']];
const BUCKETS = ['1 word', '2-3 words', '4-7 words', '8+ words'] as const;
type Bucket = (typeof BUCKETS)[number];

interface Sample { readonly text: string; readonly language: string | null }
type Detect = (text: string, among: readonly string[]) => string | null;

const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
function bucketOf(text: string): Bucket {
  const n = wordCount(text);
  return n <= 1 ? '1 word' : n <= 3 ? '2-3 words' : n <= 7 ? '4-7 words' : '8+ words';
}

async function main(): Promise<void> {
  const { franc } = await import('franc-min');
  const data = Object.fromEntries(LANGUAGES.map((code) => [code, loadIntentData(languageDataFile(code))]));
  const evidence = createLanguageDetector(LANGUAGES.map((code) => ({
    code,
    language: languageByCode(code),
    texts: [...data[code]!.train.map((e) => e.text), ...Object.values(builtinCatalogue(code)?.roles ?? {}).flatMap((r) => r.examples)],
  })));
  const detectors: Readonly<Record<string, Detect>> = {
    tinyld: (text, among) => tinyld.detect(text, { only: [...among] }) || null,
    'franc-min': (text, among) => {
      const found = franc(text, { only: among.map((c) => ISO3[c]!), minLength: 1 });
      return among.find((c) => ISO3[c] === found) ?? null;
    },
    evidence: (text, among) => evidence.detect(text, { among }).language ?? null,
    'evidence+tinyld': (text, among) => evidence.detect(text, { among }).language ?? (wordCount(text) >= 4 ? tinyld.detect(text, { only: [...among] }) || null : null),
  };
  const samples = (among: readonly string[]): Sample[] => [
    ...among.flatMap((code) => [...data[code]!.test.map((e) => e.text), ...SHORT_MESSAGES[code]!].map((text) => ({ text, language: code }))),
    ...NEUTRAL_MESSAGES.map((text) => ({ text, language: null })),
  ];

  type Tally = { n: number; right: number; abstained: number; wrong: number };
  const empty = (): Tally => ({ n: 0, right: 0, abstained: 0, wrong: 0 });
  const results: Record<string, Record<string, Record<string, Tally>>> = {};
  const perMessageUs: Record<string, number> = {};
  for (const [name, detect] of Object.entries(detectors)) {
    results[name] = {};
    let calls = 0;
    const started = performance.now();
    for (const among of BOTS) {
      const key = among.join('+');
      const tallies: Record<string, Tally> = Object.fromEntries([...BUCKETS, 'neutral', 'all'].map((b) => [b, empty()]));
      for (const sample of samples(among)) {
        const found = detect(sample.text, among);
        calls++;
        const buckets = sample.language === null ? ['neutral'] : [bucketOf(sample.text), 'all'];
        for (const b of buckets) {
          const t = tallies[b]!;
          t.n++;
          if (sample.language === null) {
            if (found === null) t.right++;
            else t.wrong++;
          } else if (found === null) t.abstained++;
          else if (found === sample.language) t.right++;
          else t.wrong++;
        }
      }
      results[name]![key] = tallies;
    }
    perMessageUs[name] = (1000 * (performance.now() - started)) / calls;
  }

  const pct = (x: number, n: number) => (n === 0 ? '-' : `${((100 * x) / n).toFixed(1)}%`);
  const rows: string[][] = [['detector', 'bot languages', ...BUCKETS.map((b) => `${b} ok/abst/wrong`), 'no language: abstained', 'all ok/abst/wrong', 'µs/msg']];
  for (const [name, byBot] of Object.entries(results)) {
    for (const [key, t] of Object.entries(byBot)) {
      const cell = (x: Tally) => `${pct(x.right, x.n)}/${pct(x.abstained, x.n)}/${pct(x.wrong, x.n)} (${x.n})`;
      rows.push([name, key, ...BUCKETS.map((b) => cell(t[b]!)), `${pct(t.neutral!.right, t.neutral!.n)} (${t.neutral!.n})`, cell(t.all!), perMessageUs[name]!.toFixed(1)]);
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  process.stdout.write(`${rows.map((r) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n')}\n`);
  const rate = (x: number, n: number) => (n === 0 ? null : Number((x / n).toFixed(4)));
  const json = Object.fromEntries(Object.entries(results).map(([name, byBot]) => [name, {
    usPerMessage: Number(perMessageUs[name]!.toFixed(1)),
    bots: Object.fromEntries(Object.entries(byBot).map(([key, t]) => [key, Object.fromEntries(Object.entries(t).map(([b, x]) => [b, { n: x.n, accuracy: rate(x.right, x.n), abstained: rate(x.abstained, x.n), wrong: rate(x.wrong, x.n) }]))])),
  }]));
  process.stdout.write(`${JSON.stringify({ bench: 'languageDetect', languages: LANGUAGES, detectors: json })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
