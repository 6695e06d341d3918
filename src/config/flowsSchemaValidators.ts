// The validators of flows.schema.json's three kinds of file, precompiled by the build (see
// standaloneValidators).
import schema from '../../flows.schema.json';
import { loadValidators, type ValidatorSet, type Validators } from './standaloneValidators';

export const FILE_KINDS = ['manifest', 'intentsFile', 'flowFile', 'repliesFile'] as const;
export type FileKind = (typeof FILE_KINDS)[number];
export type FlowsSchemaValidators = Validators<FileKind>;

const SCHEMA_ID = 'https://baton.dev/flows.schema.json';

export const FLOWS_VALIDATORS: ValidatorSet<FileKind> = {
  name: 'flowsSchema',
  schema,
  options: { allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true },
  formats: true,
  exports: Object.fromEntries(FILE_KINDS.map((kind) => [kind, `${SCHEMA_ID}#/definitions/${kind}`])) as Record<FileKind, string>,
};

/** The validators the build wrote (or `file`), else compiled now. */
export function flowsSchemaValidators(file?: string): FlowsSchemaValidators {
  return loadValidators(FLOWS_VALIDATORS, file);
}
