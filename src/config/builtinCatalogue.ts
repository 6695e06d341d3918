// Baton's built-in examples for a language: one YAML file per language in src/nlu/builtin, read
// once and checked against its shape, so a broken catalogue fails the first load, never a turn.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BUILTIN_ROLES, type BuiltinRole } from './builtinRoles';
import { loadValidators, type ValidatorSet } from './standaloneValidators';

export interface BuiltinRoleExamples {
  /** The title of an intent the catalogue creates: "Yes", "Talk to a person". */
  readonly title: string;
  readonly examples: readonly string[];
}

export interface BuiltinCatalogue {
  readonly language: string;
  /** Where the catalogue was read from. */
  readonly file: string;
  readonly roles: Readonly<Record<BuiltinRole, BuiltinRoleExamples>>;
}

export const BUILTIN_FOLDER = join(__dirname, '..', 'nlu', 'builtin');

const ROLE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['title', 'examples'],
  properties: {
    title: { type: 'string', minLength: 1 },
    examples: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
  },
};

const CATALOGUE_ID = 'https://baton.dev/builtin-catalogue.schema.json';

const CATALOGUE_SCHEMA = {
  $id: CATALOGUE_ID,
  type: 'object',
  additionalProperties: false,
  required: ['language', 'roles'],
  properties: {
    language: { type: 'string', pattern: '^[a-z]{2}$' },
    roles: {
      type: 'object',
      additionalProperties: false,
      required: Object.keys(BUILTIN_ROLES),
      properties: Object.fromEntries(Object.keys(BUILTIN_ROLES).map((role) => [role, ROLE_SCHEMA])),
    },
  },
};

/** The catalogue's check, precompiled by the build. */
export const CATALOGUE_VALIDATORS: ValidatorSet<'catalogue'> = { name: 'builtinCatalogue', schema: CATALOGUE_SCHEMA, options: { allErrors: true }, exports: { catalogue: CATALOGUE_ID } };
const cache = new Map<string, BuiltinCatalogue | undefined>();

/** The catalogue of a locale's language (`en-GB` reads `en.yaml`), or undefined when Baton has none for it. */
export function builtinCatalogue(locale: string, folder = BUILTIN_FOLDER): BuiltinCatalogue | undefined {
  const language = locale.split('-')[0]!.toLowerCase();
  const file = join(folder, `${language}.yaml`);
  if (cache.has(file)) return cache.get(file);
  const catalogue = existsSync(file) ? readCatalogue(file, language) : undefined;
  cache.set(file, catalogue);
  return catalogue;
}

function readCatalogue(file: string, language: string): BuiltinCatalogue {
  const data: unknown = parse(readFileSync(file, 'utf8'));
  const validate = loadValidators(CATALOGUE_VALIDATORS).catalogue;
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ');
    throw new Error(`The built-in catalogue ${file} is malformed: ${problems}`);
  }
  const catalogue = data as Omit<BuiltinCatalogue, 'file'>;
  if (catalogue.language !== language) throw new Error(`The built-in catalogue ${file} says it is "${catalogue.language}", not "${language}".`);
  return { ...catalogue, file };
}
