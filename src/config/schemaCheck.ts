// Checks a file's data against its definition in flows.schema.json with ajv (all errors), reported
// as located problems.
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import schema from '../../flows.schema.json';
import type { Problem } from './problem';
import { schemaProblems } from './schemaProblems';
import type { SourceFile } from './sourceFile';

export type FileKind = 'manifest' | 'intentsFile' | 'flowFile' | 'repliesFile';

const SCHEMA_ID = 'https://baton.dev/flows.schema.json';

let validators: Map<FileKind, ValidateFunction> | undefined;

function validatorFor(kind: FileKind): ValidateFunction {
  if (!validators) {
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true });
    addFormats(ajv);
    ajv.addSchema(schema);
    validators = new Map();
    for (const k of ['manifest', 'intentsFile', 'flowFile', 'repliesFile'] as const) {
      validators.set(k, ajv.getSchema(`${SCHEMA_ID}#/definitions/${k}`)!);
    }
  }
  return validators.get(kind)!;
}

/** Which kind of file the data is, from its top-level keys. */
export function fileKindOf(data: Record<string, unknown>): FileKind {
  if ('bot' in data) return 'manifest';
  if ('flow' in data) return 'flowFile';
  if ('replies' in data) return 'repliesFile';
  return 'intentsFile';
}

export function schemaCheck(source: SourceFile, kind: FileKind): Problem[] {
  const validate = validatorFor(kind);
  if (validate(source.data)) return [];
  return schemaProblems(source, validate.errors ?? [], { schema, file: 'flows.schema.json' });
}
