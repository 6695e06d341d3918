/**
 * NLU benchmark: Baton's classifier against npm natural's BayesClassifier and NLP.js, in one run, on a
 * data set in CLINC150's layout. Hyper-parameters and out-of-scope rules come from val/oos_val only;
 * everything reported is measured on test/oos_test. Messages/s is timed in rounds that alternate
 * between the contestants, so other load on the machine affects all alike. Heap is the retained
 * JS heap plus typed-array memory of the trained model. Prints a table, then one JSON line.
 *
 *   npm run bench:nlu -- --data bench/data/clinc150.json [--skip natural,nlpjs] [--shots K] [--typos] [--seed N]
 *   npm run bench:nlu -- --language es [--data FILE] [--bot MANIFEST]
 *
 * --shots K trains every contestant on K examples per intent (seeded; the rest of train unused), the
 * regime of a real bot's intents file; --typos puts one seeded typo in every test message.
 *
 * --language xx measures one language: Baton trains with it, natural's BayesClassifier gets natural's
 * stemmer of it, NLP.js its language package (or a note that it is not installed). The data is the
 * CLINC150-style subset written in that language (bench/data/languages/xx.json) unless --data says
 * otherwise; then the sample bot's held-out tests in that language, when it has them (nlu-sample.ts).
 */
import { loadIntentData } from './nlu-data';
import { runBaton } from './nlu-baton';
import { benchLanguage, type BenchLanguage } from './nlu-language';
import { interleavedThroughput, type Contestant, type Result } from './nlu-measure';
import { runNatural } from './nlu-natural';
import { nlpJsHasLanguage, nlpJsLanguagePackage, runNlpJs } from './nlu-nlpjs';
import { measureSample, sampleLine } from './nlu-sampleRun';
import { fewShot, withTypos } from './nluRegime';

/** Timed rounds per contestant for messages/s (after one warm-up round). */
const ROUNDS = 5;

/** The out-of-scope rules may reject at most this share of correctly classified val messages (Baton's default). */
const MAX_FALSE_REJECTION = 0.01;

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

const percent = (x: number | null) => (x === null ? '-' : `${(100 * x).toFixed(2)}%`);
const round = (x: number, digits: number) => Number(x.toFixed(digits));

function table(results: Readonly<Record<string, Result | null>>, notRun: Readonly<Record<string, string>>): string {
  const baton = results.baton;
  const rows = [['', 'in-scope acc', 'oos recall', 'train ms', 'msg/s', 'heap MB', 'train x', 'msg/s x']];
  const notes: string[] = [];
  for (const [name, r] of Object.entries(results)) {
    if (!r) {
      if (notRun[name]) notes.push(`${name}: not run, ${notRun[name]}`);
      continue;
    }
    const trainX = baton && name !== 'baton' ? (r.trainMs / baton.trainMs).toFixed(1) : '';
    const speedX = baton && name !== 'baton' ? (baton.perSec / r.perSec).toFixed(1) : '';
    rows.push([name, percent(r.accuracy), percent(r.oosRecall), r.trainMs.toFixed(0), r.perSec.toFixed(0), r.heapMB.toFixed(1), trainX, speedX]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return [...rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')), ...notes].join('\n');
}

function json(r: Result | null) {
  if (!r) return null;
  return {
    accuracy: round(r.accuracy, 4),
    oosRecall: r.oosRecall === null ? null : round(r.oosRecall, 4),
    trainMs: round(r.trainMs, 1),
    perSec: Math.round(r.perSec),
    heapMB: round(r.heapMB, 2),
  };
}

async function main(): Promise<void> {
  const language: BenchLanguage | undefined = process.argv.includes('--language') ? benchLanguage(argument('language', '')) : undefined;
  const code = language?.language.code;
  if (language && !language.dataFile && !process.argv.includes('--data')) throw new Error(`--language ${code}: there is no data set in bench/data/languages for it; pass one with --data`);
  const file = argument('data', language?.dataFile ?? 'bench/data/clinc150.json');
  const skip = new Set(argument('skip', '').split(','));
  const shots = process.argv.includes('--shots') ? Number(argument('shots', '')) : undefined;
  if (shots !== undefined && !(Number.isInteger(shots) && shots > 0)) throw new Error('--shots takes a whole number of examples per intent, e.g. --shots 10');
  const typos = process.argv.includes('--typos');
  const seed = Number(argument('seed', '1'));
  const loaded = loadIntentData(file);
  const few = shots !== undefined ? fewShot(loaded, shots, seed) : loaded;
  const data = typos ? withTypos(few, seed) : few;
  const regime = `${shots !== undefined ? `${shots} examples per intent` : 'full training set'}${typos ? ', one typo per test message' : ''}`;
  const log = (line: string) => process.stderr.write(`${line}\n`);
  log(`${file} (${regime}): ${data.train.length} train, ${data.val.length} val, ${data.test.length} test, ${data.oosVal.length} oos val, ${data.oosTest.length} oos test`);
  log(`baton: fitting alpha and calibration ${data.val.length > 0 ? 'on val' : 'by cross-validation on train'} ...`);
  const baton = await runBaton(data, log, code);
  log(`baton: chose ${JSON.stringify(baton.chosen)} in ${(baton.tuneMs / 1000).toFixed(1)} s`);
  log('natural: training and classifying (slow) ...');
  const stemmer = language?.naturalStemmer();
  const natural = skip.has('natural') ? null : await runNatural(data, MAX_FALSE_REJECTION, stemmer);
  const notRun: Record<string, string> = {};
  if (code !== undefined && !nlpJsHasLanguage(code)) notRun.nlpjs = `its ${language!.language.name} package ${nlpJsLanguagePackage(code)} is not installed`;
  if (!notRun.nlpjs && !skip.has('nlpjs')) log('nlpjs: training (slow) and classifying ...');
  const nlpjs = skip.has('nlpjs') || notRun.nlpjs ? null : await runNlpJs(data, MAX_FALSE_REJECTION, code);
  log('timing messages/s, rounds alternating between contestants ...');
  const entries = Object.entries({ baton, natural, nlpjs }).filter((e): e is [string, Contestant] => e[1] !== null);
  const rates = await interleavedThroughput(entries.map(([, c]) => c), data.test.map((e) => e.text), ROUNDS);
  const results: Record<string, Result | null> = { baton: null, natural: null, nlpjs: null };
  entries.forEach(([name, c], i) => (results[name] = { ...c.result, perSec: rates[i]! }));
  process.stdout.write(`${table(results, notRun)}\n`);
  const sample = language ? await measureSample(language, argument('bot', '') || undefined, skip, notRun, log) : undefined;
  if (sample) process.stdout.write(`${sampleLine(sample)}\n`);
  const languageFields = language ? { language: code, naturalStemmer: language.naturalStemmerName, notRun, sample } : {};
  const line = { bench: 'nlu', data: file, ...languageFields, shots: shots ?? null, typos, seed, baton: { ...json(results.baton ?? null), tuneMs: Math.round(baton.tuneMs) }, natural: json(results.natural ?? null), nlpjs: json(results.nlpjs ?? null) };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
