// The build's standalone validators judge every input exactly as the validators compiled at run
// time do: the same verdict and the same errors (which the loader turns into its messages). For
// flows.schema.json: on the sample bots' files and on every one-step damage to them; for the
// built-in catalogue and the handoff packet, on theirs.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { FILE_KINDS, FLOWS_VALIDATORS, flowsSchemaValidators, type FlowsSchemaValidators } from '../../src/config/flowsSchemaValidators';
import { BUILTIN_FOLDER, CATALOGUE_VALIDATORS } from '../../src/config/builtinCatalogue';
import { loadValidators, writeStandaloneValidators, type ValidatorSet, type Validators } from '../../src/config/standaloneValidators';
import { HANDOFF_PACKET_VALIDATORS } from '../../src/handoff/handoffPacket';
import { fileKindOf } from '../../src/config/schemaCheck';

const ROOT = join(__dirname, '..', '..');

/** The sample bots' YAML files, parsed. */
function sampleFiles(): Array<{ name: string; data: Record<string, unknown> }> {
  const files: string[] = [];
  for (const folder of ['bots', 'flows', 'intents']) {
    for (const entry of readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.yaml')) files.push(join(entry.parentPath, entry.name));
    }
  }
  return files.map((file) => ({ name: file.slice(ROOT.length + 1), data: parse(readFileSync(file, 'utf8')) as Record<string, unknown> }));
}

/** Copies of `data` each damaged in one place: a key removed, a value of another type, an unknown key. */
function* damaged(data: unknown): Generator<unknown> {
  if (data === null || typeof data !== 'object') return;
  const entries = Array.isArray(data) ? data.map((v, i) => [i, v] as const) : Object.entries(data);
  for (const [key, value] of entries) {
    for (const replacement of [undefined, 42, 'text', [], { unknown: true }]) {
      const copy = (Array.isArray(data) ? [...data] : { ...(data as object) }) as Record<string | number, unknown>;
      if (replacement === undefined) delete copy[key];
      else copy[key] = replacement;
      yield copy;
    }
    for (const inner of damaged(value)) {
      const copy = (Array.isArray(data) ? [...data] : { ...(data as object) }) as Record<string | number, unknown>;
      copy[key] = inner;
      yield copy;
    }
  }
  if (!Array.isArray(data)) yield { ...(data as object), misspeltField: 1 };
}

const verdict = <K extends string>(validators: Validators<K>, kind: K, data: unknown): string => {
  const validate = validators[kind];
  return validate(data) ? 'valid' : JSON.stringify(validate.errors);
};

describe('standalone schema validators', () => {
  let dir: string;
  let standalone: FlowsSchemaValidators;
  let compiled: FlowsSchemaValidators;

  beforeAll(() => {
    // Inside the project, so the generated code's requires (ajv's runtime, the formats) resolve.
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    dir = mkdtempSync(join(ROOT, '.tmp', 'validators-'));
    writeStandaloneValidators(FLOWS_VALIDATORS, join(dir, 'validators.js'));
    standalone = flowsSchemaValidators(join(dir, 'validators.js'));
    compiled = flowsSchemaValidators(join(dir, 'absent.js'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are what is loaded when the build wrote them, and compiled when not', () => {
    expect(Object.keys(standalone).sort()).toEqual([...FILE_KINDS].sort());
    // The generated module's own functions, not a compilation: ajv's compiled functions carry their schema.
    expect((compiled.manifest as unknown as { schema?: unknown }).schema).toBeDefined();
    expect((standalone.manifest as unknown as { schema?: unknown }).schema).toBeUndefined();
  });

  it('are not used once the schema differs from the one they were written for', () => {
    const stale = join(dir, 'stale.js');
    writeFileSync(stale, readFileSync(join(dir, 'validators.js'), 'utf8').replace(/exports\.schemaHash = "[0-9a-f]+"/, 'exports.schemaHash = "0"'));
    expect((flowsSchemaValidators(stale).manifest as unknown as { schema?: unknown }).schema).toBeDefined();
  });

  it('give the same verdict and errors on every sample file and every one-step damage to it', () => {
    let judged = 0;
    let invalid = 0;
    for (const { name, data } of sampleFiles()) {
      const kind = fileKindOf(data);
      expect({ name, verdict: verdict(standalone, kind, data) }).toEqual({ name, verdict: 'valid' });
      for (const copy of damaged(data)) {
        const expected = verdict(compiled, kind, copy);
        const actual = verdict(standalone, kind, copy);
        if (actual !== expected) throw new Error(`${name}: ${JSON.stringify(copy).slice(0, 300)}\nstandalone: ${actual.slice(0, 500)}\ncompiled: ${expected.slice(0, 500)}`);
        judged++;
        if (expected !== 'valid') invalid++;
      }
    }
    expect(judged).toBeGreaterThan(5000);
    expect(invalid).toBeGreaterThan(judged / 2);
  });
});

describe.each([
  ['the built-in catalogue', CATALOGUE_VALIDATORS as ValidatorSet<string>, 'catalogue', () => parse(readFileSync(join(BUILTIN_FOLDER, 'en.yaml'), 'utf8')) as unknown],
  ['the handoff packet', HANDOFF_PACKET_VALIDATORS as ValidatorSet<string>, 'packet', () => ({ conversationId: 'c1', reason: 'asked', summary: 'Order 4 is late', slots: { order_id: 'A1' } }) as unknown],
])('standalone validators of %s', (_what, set, name, example) => {
  it('judge the example and every one-step damage to it as the compiled ones do', () => {
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    const dir = mkdtempSync(join(ROOT, '.tmp', 'validators-'));
    try {
      writeStandaloneValidators(set, join(dir, 'v.js'));
      const standalone = loadValidators(set, join(dir, 'v.js'));
      const compiled = loadValidators(set, join(dir, 'absent.js'));
      expect((standalone[name] as unknown as { schema?: unknown }).schema).toBeUndefined();
      const inputs = [example(), ...damaged(example())];
      const verdicts = inputs.map((input) => verdict(compiled, name, input));
      expect(inputs.map((input) => verdict(standalone, name, input))).toEqual(verdicts);
      expect(verdicts.filter((v) => v !== 'valid').length).toBeGreaterThan(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
