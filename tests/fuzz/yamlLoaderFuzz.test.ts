// Random and mutated YAML against the loader: a copy of the sample bot with one to three of its
// files mutated (lines deleted, repeated, swapped, re-indented; values and keys replaced with
// hostile YAML or real names; files cut short, re-encoded, replaced by random bytes) or replaced by
// random documents. The loader never throws and never hangs; it returns a bot whose every name
// resolves, or problems that each carry a catalogue code, a file, a place inside it and a message;
// and nothing pollutes the prototypes. A fast-check property: a failure shrinks to a small case
// (fewer files, fewer and simpler steps) and is reported with its seed and path (see
// tests/support/fuzzArbitraries.ts to replay it). FUZZ_CASES sets the number of cases (300 in npm
// test; run FUZZ_CASES=10000 for the long run).
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { loadBotCode } from '../../src/config/botCode';
import { ERROR_CODES } from '../../src/config/errorCodes';
import { loadBot, type LoadResult } from '../../src/config/loadBot';
import type { Problem } from '../../src/config/problem';
import { danglingReferences } from '../support/danglingReferences';
import { described, fuzzSettings, nonEmptyArray } from '../support/fuzzArbitraries';
import { randomYamlDocument, steps, vocabularyOf, type Vocabulary } from '../support/yamlArbitraries';
import { applySteps, type Step } from '../support/yamlMutations';

const SETTINGS = fuzzSettings({ seed: 20261125, cases: 300 });
const CASES = SETTINGS.numRuns;
/** Far above a load of the sample bot (tens of milliseconds; seconds at worst on a busy machine), far below a hang. */
const MAX_CASE_MS = 10_000;
const ROOT = join(__dirname, '..', '..');
const MANIFEST = 'bots/acme.yaml';

const originals = new Map<string, string>(
  [MANIFEST, ...globSync(['flows/*.yaml', 'intents/*.yaml', 'bots/replies/*.yaml'], { cwd: ROOT })].sort().map((rel) => [rel, readFileSync(join(ROOT, rel), 'utf8')]),
);
const vocabulary: Vocabulary = vocabularyOf([...originals.values()]);
// The sample bot's own code, so that a mutated `code:` field never loads a module.
const code = loadBotCode(join(ROOT, 'bots', 'acme.code.ts'));

/** One file of a case: replaced by a document, or mutated step by step (from a copy of another file, if `copyOf`). */
interface Edit { readonly file: string; readonly document?: string; readonly copyOf?: string; readonly steps?: readonly Step[] }

/** The edits of one case: mostly one to three files mutated, sometimes one replaced or one added. */
function cases(): fc.Arbitrary<Edit[]> {
  const names = [...originals.keys()];
  const file = fc.constantFrom(...names);
  const mutation = (name: fc.Arbitrary<string>) => fc.record({ file: name, steps: steps(vocabulary) });
  const added = fc.constantFrom('flows/zz-fuzz.yaml', 'intents/zz-fuzz.yaml');
  return fc.oneof(
    { weight: 85, arbitrary: nonEmptyArray(mutation(fc.oneof({ weight: 5, arbitrary: file }, fc.constant(MANIFEST))), 3) },
    { weight: 10, arbitrary: fc.record({ file, document: randomYamlDocument(vocabulary) }).map((edit) => [edit]) },
    // A file the globs pick up besides the others: random, or a mutated copy that redefines names.
    { weight: 5, arbitrary: fc.oneof(fc.record({ file: added, document: randomYamlDocument(vocabulary) }),
      fc.record({ file: added, copyOf: fc.constantFrom(...names.filter((n) => n !== MANIFEST)), steps: steps(vocabulary) })).map((edit) => [edit]) },
  ).map((edits) => described(edits));
}

/** The files a case writes over the sample bot's: mutated, replaced or added. */
function caseFiles(edits: readonly Edit[]): Map<string, string | Buffer> {
  const files = new Map<string, string | Buffer>();
  for (const { file, document, copyOf, steps: mutations } of edits) {
    const before = files.get(file);
    files.set(file, document ?? applySteps(typeof before === 'string' ? before : originals.get(copyOf ?? file)!, mutations ?? []));
  }
  return files;
}

/** What is wrong with one reported problem, if anything. */
function problemFaults(p: Problem, dir: string): string[] {
  const faults: string[] = [];
  const info = (ERROR_CODES as Record<string, { severity: string } | undefined>)[p.code];
  if (!info || !Object.hasOwn(ERROR_CODES, p.code)) return [`unknown code ${String(p.code)}`];
  if (p.severity !== info.severity) faults.push(`severity ${p.severity} for ${p.code}`);
  if (typeof p.message !== 'string' || p.message.trim() === '') faults.push('no message');
  if (typeof p.hint !== 'string' || p.hint.trim() === '') faults.push('no hint');
  if (typeof p.path !== 'string') faults.push('no data path');
  if (typeof p.file !== 'string' || p.file === '') return [...faults, 'no file'];
  if (!Number.isInteger(p.line) || !Number.isInteger(p.col) || p.line < 1 || p.col < 1) return [...faults, `bad place ${p.line}:${p.col}`];
  const abs = resolve(p.file);
  if (!relative(dir, abs).startsWith('..')) {
    let lines: string[];
    try {
      lines = readFileSync(abs).toString('utf8').split('\n');
    } catch {
      return faults; // a folder or a file that cannot be read: no place to check
    }
    const line = lines[p.line - 1];
    if (line === undefined || p.col > line.length + 1) faults.push(`${p.line}:${p.col} is outside the file (${lines.length} lines)`);
  }
  return faults;
}

/** What is wrong with a load's result, if anything. */
function resultFaults(result: LoadResult, dir: string): string[] {
  if (!Array.isArray(result.problems)) return ['no problem list'];
  const faults = result.problems.flatMap((p) => problemFaults(p, dir).map((f) => `${p.code} ${p.file}:${p.line}:${p.col}: ${f}`));
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (result.bot) {
    if (errors.length > 0) faults.push(`a bot and ${errors.length} errors`);
    if (!Object.isFrozen(result.bot)) faults.push('the bot is not frozen');
    faults.push(...danglingReferences(result.bot).map((d) => `dangling reference ${d}`));
  } else if (errors.length === 0) {
    faults.push('neither a bot nor an error');
  }
  return faults;
}

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const prototypeShape = (): string => PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).sort().join(',')).join('|');

describe('YAML loader fuzzing', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'baton-yaml-fuzz-'));
    for (const [rel, text] of originals) write(rel, text);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (rel: string, content: string | Buffer): void => {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), content);
  };

  it('loads the unmutated copy of the sample bot without errors', () => {
    const result = loadBot(join(dir, MANIFEST), { code });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(resultFaults(result, dir)).toEqual([]);
  });

  it(`answers ${CASES} random and mutated bots with a sound bot or located problems, never a throw or a hang`, () => {
    const shape = prototypeShape();
    const codes = new Map<string, number>();
    let bots = 0;
    let slowest = 0;
    fc.assert(fc.property(cases(), (edits) => {
      const files = caseFiles(edits);
      for (const [rel, content] of files) write(rel, content);
      try {
        const started = performance.now();
        const result = loadBot(join(dir, MANIFEST), { code });
        const ms = performance.now() - started;
        slowest = Math.max(slowest, ms);
        if (result.bot) bots++;
        for (const p of result.problems) codes.set(p.code, (codes.get(p.code) ?? 0) + 1);
        const faults = resultFaults(result, dir);
        if (ms > MAX_CASE_MS) faults.push(`took ${Math.round(ms)} ms`);
        if (prototypeShape() !== shape || ({} as Record<string, unknown>).polluted !== undefined) faults.push('a prototype was changed');
        expect(faults.slice(0, 5)).toEqual([]);
      } finally {
        for (const rel of files.keys()) {
          const original = originals.get(rel);
          if (original === undefined) rmSync(join(dir, rel), { force: true });
          else write(rel, original);
        }
      }
    }), SETTINGS);
    if (SETTINGS.path) return; // one case replayed: the property alone is checked
    if (process.env.FUZZ_CASES) {
      console.log(`${CASES} cases, seed ${SETTINGS.seed}: ${bots} bots loaded, slowest load ${Math.round(slowest)} ms, codes ${JSON.stringify(Object.fromEntries([...codes].sort((a, b) => b[1] - a[1])))}`);
    }
    // The mutations reached past the parser: schema and linking problems came, and some bots loaded.
    expect(codes.size).toBeGreaterThanOrEqual(10);
    expect(bots).toBeGreaterThan(0);
  }, Math.max(120_000, CASES * 250));
});
