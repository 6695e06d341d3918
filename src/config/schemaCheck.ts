// Checks a file's data against its definition in flows.schema.json with ajv (all errors), reported
// as located problems.
import schema from '../../flows.schema.json';
import { flowsSchemaValidators, type FileKind, type FlowsSchemaValidators } from './flowsSchemaValidators';
import type { Problem } from './problem';
import { schemaProblems } from './schemaProblems';
import type { SourceFile } from './sourceFile';

export type { FileKind };

let validators: FlowsSchemaValidators | undefined;

/** Which kind of file the data is, from its top-level keys. */
export function fileKindOf(data: Record<string, unknown>): FileKind {
  if ('bot' in data) return 'manifest';
  if ('flow' in data) return 'flowFile';
  if ('replies' in data) return 'repliesFile';
  return 'intentsFile';
}

export function schemaCheck(source: SourceFile, kind: FileKind): Problem[] {
  const validate = (validators ??= flowsSchemaValidators())[kind];
  if (validate(source.data)) return [];
  return schemaProblems(source, validate.errors ?? [], { schema, file: 'flows.schema.json' });
}
