// JSON Schema validators that the build writes as ajv's standalone code (<name>.validators.js
// beside this module in dist/), so a start loads plain functions: ajv's compiler takes a few hundred
// milliseconds to load and warm up, about a fifth of a start. Run from the sources, or when a
// schema or its options differ from what the build saw (by their hash), they are compiled here with
// the same options, as before.
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Options, ValidateFunction } from 'ajv';

export interface ValidatorSet<K extends string> {
  /** Names the generated module: <name>.validators.js. */
  readonly name: string;
  /** The schema, with an $id the exports' references start with. */
  readonly schema: Readonly<Record<string, unknown>>;
  readonly options: Options;
  /** ajv-formats' formats (date, email, …). */
  readonly formats?: boolean;
  /** Each validator's name and the reference of its schema. */
  readonly exports: Readonly<Record<K, string>>;
}

export type Validators<K extends string> = Readonly<Record<K, ValidateFunction>>;

/** Where the build writes a set's module. */
export const standaloneFile = (set: ValidatorSet<string>, dir = __dirname): string => join(dir, `${set.name}.validators.js`);

const hashOf = (set: ValidatorSet<string>): string =>
  createHash('sha256').update(JSON.stringify([set.schema, set.options, set.formats ?? false, set.exports])).digest('hex');

function ajvFor(set: ValidatorSet<string>, standalone: boolean) {
  // Loaded only when compiling: a start from a build never needs ajv's compiler.
  const { default: Ajv } = require('ajv') as typeof import('ajv');
  const ajv = new Ajv({ ...set.options, ...(standalone ? { code: { source: true } } : {}) });
  if (set.formats) (require('ajv-formats') as typeof import('ajv-formats')).default(ajv);
  ajv.addSchema(set.schema);
  return ajv;
}

/** The set's validators as the build wrote them for these very schemas, else compiled now. */
export function loadValidators<K extends string>(set: ValidatorSet<K>, file = standaloneFile(set)): Validators<K> {
  const names = Object.keys(set.exports) as K[];
  if (existsSync(file)) {
    const built = require(file) as { readonly schemaHash?: string } & Readonly<Record<string, ValidateFunction>>;
    if (built.schemaHash === hashOf(set)) return Object.fromEntries(names.map((name) => [name, built[name]!])) as Validators<K>;
  }
  const ajv = ajvFor(set, false);
  return Object.fromEntries(names.map((name) => [name, ajv.getSchema(set.exports[name])!])) as Validators<K>;
}

/** Writes the set's validators as a CommonJS module of standalone code, stamped with the hash of what it was made from. */
export function writeStandaloneValidators(set: ValidatorSet<string>, file = standaloneFile(set)): void {
  const { default: standaloneCode } = require('ajv/dist/standalone') as typeof import('ajv/dist/standalone');
  const code = standaloneCode(ajvFor(set, true), { ...set.exports });
  writeFileSync(file, `${code}\nexports.schemaHash = ${JSON.stringify(hashOf(set))};\n`);
}
