// flows.schema.json serves editors and the loader: documented fields, sample files valid against the
// root schema an editor uses, and TypeScript types generated from it that are current.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { parse } from 'yaml';
import schema from '../../flows.schema.json';
import { spawnSync } from 'node:child_process';

const ROOT = join(__dirname, '..', '..');

function undocumented(node: unknown, path: string, out: string[]): string[] {
  if (Array.isArray(node)) node.forEach((n, i) => undocumented(n, `${path}[${i}]`, out));
  else if (node && typeof node === 'object') {
    const obj = node as Record<string, unknown>;
    if (obj.properties && typeof obj.properties === 'object') {
      for (const [name, prop] of Object.entries(obj.properties as Record<string, Record<string, unknown>>)) {
        if (typeof prop.description !== 'string' && !(typeof prop.$ref === 'string' && hasDescription(prop.$ref))) out.push(`${path}.properties.${name}`);
      }
    }
    for (const [k, v] of Object.entries(obj)) undocumented(v, `${path}.${k}`, out);
  }
  return out;
}

function hasDescription(ref: string): boolean {
  const def = (schema.definitions as Record<string, { description?: string }>)[ref.split('/').pop()!];
  return typeof def?.description === 'string';
}

describe('flows.schema.json', () => {
  it('describes every property, so editors can document each field', () => {
    expect(undocumented(schema, '#', [])).toEqual([]);
  });

  it('accepts every sample file through the root schema an editor applies', () => {
    const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const files = globSync(['bots/*.yaml', 'bots/replies/*.yaml', 'intents/**/*.yaml', 'flows/**/*.yaml'], { cwd: ROOT });
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const ok = validate(parse(readFileSync(join(ROOT, file), 'utf8')));
      expect({ file, errors: ok ? null : validate.errors }).toEqual({ file, errors: null });
    }
  });

  it('rejects a flow with a misspelled field through the root schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate({ flow: 'x', states: { start: { say: 'hi', nxet: 'end' } } })).toBe(false);
    expect(validate({ bot: 'x', name: 'X', intents: ['a'], flows: ['b'], start: 'x', colour: 'red' })).toBe(false);
  });

  it('has TypeScript types generated from its current text (run npm run gen:types)', () => {
    const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const r = spawnSync(process.execPath, [tsx, join(ROOT, 'src/config/generateFormatTypes.ts'), '--check'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout).toMatch(/formats.generated.ts is current/);
    expect(r.stdout).toMatch(/handoffPacket.generated.ts is current/);
    expect(r.status).toBe(0);
  });
});
