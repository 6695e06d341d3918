// Checks a transcript file against transcript.schema.json with ajv (all errors), reported as located
// problems the same way as the bot files' schema problems.
import Ajv, { type ValidateFunction } from 'ajv';
import schema from '../../transcript.schema.json';
import type { Problem } from '../config/problem';
import { schemaProblems } from '../config/schemaProblems';
import type { SourceFile } from '../config/sourceFile';

let validator: ValidateFunction | undefined;

export function transcriptSchemaCheck(source: SourceFile): Problem[] {
  validator ??= new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(schema);
  if (validator(source.data)) return [];
  return schemaProblems(source, validator.errors ?? [], { schema, file: 'transcript.schema.json' });
}
