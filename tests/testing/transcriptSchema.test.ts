// transcript.schema.json serves editors and the runner: every key documented, every shipped
// transcript valid, the handoff checks in step with the handoff packet, and the runner's types
// generated from the schema's current text.
import Ajv from 'ajv';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { parse } from 'yaml';
import schema from '../../transcript.schema.json';
import packetSchema from '../../src/handoff/handoffPacket.schema.json';
import type { TranscriptFile, TurnSpec } from '../../src/testing/transcript';

const ROOT = join(__dirname, '..', '..');

function undocumented(node: unknown, path: string, out: string[]): string[] {
  if (Array.isArray(node)) node.forEach((n, i) => undocumented(n, `${path}[${i}]`, out));
  else if (node && typeof node === 'object') {
    const obj = node as Record<string, unknown>;
    for (const [name, prop] of Object.entries((obj.properties ?? {}) as Record<string, { description?: unknown; $ref?: string }>)) {
      if (typeof prop.description !== 'string' && !describedDefinition(prop.$ref)) out.push(`${path}.properties.${name}`);
    }
    for (const [k, v] of Object.entries(obj)) undocumented(v, `${path}.${k}`, out);
  }
  return out;
}

/** Every key of the format once, typed by the types generated from the schema. */
const TURNS: TurnSpec[] = [
  {
    user: 'I want to return order 12346, it arrived broken',
    at: '2026-11-24T10:00:00Z',
    bot: ["I'm sorry it arrived damaged.", { contains: 'return label' }, { pattern: 'phone charger' }],
    intent: 'return_item',
    slots: { order_id: '12346', email: null },
    state: 'return_item.offer_label',
    speaks: 'en',
    quick: ['Yes, send it', 'No thanks'],
    handoff: false,
  },
  { click: 'Yes, send it', bot: 'Done.' },
  { user: 'Yes', payload: 'choice:0', handoff: { mode: 'queue', queue: 'orders', customer: { email: 'sam@example.com' } } },
  { handBack: { flow: 'return_item', state: 'start', slots: { order_id: '12346' } } },
];
const EVERY_KEY: TranscriptFile = {
  bot: '../../bots/acme.yaml',
  at: '2026-11-24T10:00:00+01:00',
  locale: 'es-ES',
  webhooks: { address_service: { outcome: 'changed', slots: { eta: 'Friday' }, status: 200, delayMs: 10 } },
  conversations: [{ name: 'every key', greet: true, locale: 'en-GB', turns: [{ ...TURNS[0]!, language: 'en' }, ...TURNS.slice(1)] }],
};

function schemaKeys(node: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => schemaKeys(n, out));
  else if (node && typeof node === 'object') {
    const obj = node as Record<string, unknown>;
    if (obj === schema.definitions.handoffExpectation.anyOf[1]) return out.add('mode');
    for (const name of Object.keys((obj.properties ?? {}) as object)) out.add(name);
    for (const value of Object.values(obj)) schemaKeys(value, out);
  }
  return out;
}

function dataKeys(node: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => dataKeys(n, out));
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) dataKeys(v, out.add(k));
  return out;
}

/** A property that refers to a definition is documented by the definition's description. */
function describedDefinition(ref: string | undefined): boolean {
  const definition = ref ? (schema.definitions as Record<string, { description?: unknown }>)[ref.split('/').pop()!] : undefined;
  return typeof definition?.description === 'string';
}

describe('transcript.schema.json', () => {
  it('describes every property, so editors can document each key', () => {
    expect(undocumented(schema, '#', [])).toEqual([]);
  });

  it('accepts every transcript shipped in tests/conversations, in every folder', () => {
    const validate = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(schema);
    const files = globSync(['tests/conversations/**/*.yaml', 'tests/conversations/**/*.yml'], { cwd: ROOT });
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const ok = validate(parse(readFileSync(join(ROOT, file), 'utf8')));
      expect({ file, errors: ok ? null : validate.errors }).toEqual({ file, errors: null });
    }
  });

  it('gives every shipped transcript the modeline that points editors at the schema', () => {
    for (const file of globSync(['tests/conversations/**/*.yaml', 'tests/conversations/**/*.yml'], { cwd: ROOT })) {
      const depth = file.split('/').length - 1;
      const modeline = `# yaml-language-server: $schema=${'../'.repeat(depth)}transcript.schema.json`;
      expect({ file, first: readFileSync(join(ROOT, file), 'utf8').split('\n')[0] }).toEqual({ file, first: modeline });
    }
  });

  it('lets a handoff check name every field of the handoff packet, and the mode', () => {
    const handoff = schema.definitions.handoffExpectation.anyOf[1] as { properties: Record<string, unknown> };
    expect(Object.keys(handoff.properties).sort()).toEqual(['mode', ...Object.keys(packetSchema.properties)].sort());
  });

  it('rejects misspelt keys at every level', () => {
    const validate = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(schema);
    const turn = (t: object): object => ({ conversations: [{ name: 'x', turns: [t] }] });
    expect(validate({ bots: 'a.yaml', conversations: [{ name: 'x', turns: [{ user: 'hi' }] }] })).toBe(false);
    expect(validate({ conversations: [{ nme: 'x', turns: [{ user: 'hi' }] }] })).toBe(false);
    expect(validate(turn({ usr: 'hi' }))).toBe(false);
    expect(validate(turn({ user: 'hi', bot: [{ contain: 'x' }] }))).toBe(false);
    expect(validate(turn({ user: 'hi', handoff: { queu: 'orders' } }))).toBe(false);
    expect(validate(turn({ handBack: { stat: 'x' } }))).toBe(false);
    expect(validate({ webhooks: { hook: { outcom: 'ok' } }, conversations: [{ name: 'x', turns: [{ user: 'hi' }] }] })).toBe(false);
  });

  it('and the generated types agree: a transcript that uses every key of the schema type-checks and validates', () => {
    const validate = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(schema);
    expect(validate(EVERY_KEY) ? null : validate.errors).toBeNull();
    const used = dataKeys(EVERY_KEY, new Set());
    expect([...schemaKeys(schema, new Set())].filter((key) => !used.has(key))).toEqual([]);
  });

  it('is the source of the runner\'s TypeScript types, generated from its current text (run npm run gen:types)', () => {
    // json-schema-to-typescript loads its formatter by dynamic import, which jest's VM cannot do: a child process checks.
    const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const r = spawnSync(process.execPath, [tsx, join(ROOT, 'src/config/generateFormatTypes.ts'), '--check'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout).toMatch(/src\/testing\/transcript\.generated\.ts is current/);
    expect(readFileSync(join(ROOT, 'src/testing/transcript.ts'), 'utf8')).toMatch(/from '\.\/transcript\.generated'/);
  });
});
