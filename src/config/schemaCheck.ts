// Checks a file's data against its definition in flows.schema.json with ajv (all errors), and turns
// ajv's errors into located problems with a message that names the data path and what is allowed.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import schema from '../../flows.schema.json';
import { didYouMean } from './didYouMean';
import { locate, type PathSegment } from './locate';
import { formatDataPath, problem, type Problem } from './problem';
import type { SourceFile } from './sourceFile';

export type FileKind = 'manifest' | 'intentsFile' | 'flowFile';

const SCHEMA_ID = 'https://baton.dev/flows.schema.json';

let validators: Map<FileKind, ValidateFunction> | undefined;

function validatorFor(kind: FileKind): ValidateFunction {
  if (!validators) {
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true });
    addFormats(ajv);
    ajv.addSchema(schema);
    validators = new Map();
    for (const k of ['manifest', 'intentsFile', 'flowFile'] as const) {
      validators.set(k, ajv.getSchema(`${SCHEMA_ID}#/definitions/${k}`)!);
    }
  }
  return validators.get(kind)!;
}

/** Which kind of file the data is, from its top-level keys. */
export function fileKindOf(data: Record<string, unknown>): FileKind {
  if ('bot' in data) return 'manifest';
  if ('flow' in data) return 'flowFile';
  return 'intentsFile';
}

export function schemaCheck(source: SourceFile, kind: FileKind): Problem[] {
  const validate = validatorFor(kind);
  if (validate(source.data)) return [];
  return simplify(validate.errors ?? []).map((err) => toProblem(source, err));
}

/** Drops the noise of ajv's union keywords so each mistake is reported once, where it is. */
function simplify(errors: readonly ErrorObject[]): ErrorObject[] {
  const kept: ErrorObject[] = [];
  for (const err of errors) {
    if (err.keyword === 'anyOf' || err.keyword === 'oneOf') {
      const branch: ErrorObject[] = [];
      while (kept.length > 0 && isWithin(kept[kept.length - 1]!.instancePath, err.instancePath)) branch.unshift(kept.pop()!);
      const deeper = branch.filter((b) => b.instancePath !== err.instancePath);
      // A branch that matched the value's type but failed inside says more than the union does.
      if (deeper.length > 0 && err.keyword === 'anyOf') kept.push(...deeper);
      else kept.push(err);
    } else if (err.keyword === 'propertyNames') {
      while (kept.length > 0 && kept[kept.length - 1]!.instancePath === err.instancePath && isNameKeyword(kept[kept.length - 1]!)) kept.pop();
      kept.push(err);
    } else {
      kept.push(err);
    }
  }
  return kept;
}

function isWithin(path: string, parent: string): boolean {
  return path === parent || path.startsWith(`${parent}/`);
}

function isNameKeyword(err: ErrorObject): boolean {
  return ['pattern', 'maxLength', 'minLength', 'not', 'const'].includes(err.keyword);
}

function toProblem(source: SourceFile, err: ErrorObject): Problem {
  const path = parsePointer(err.instancePath);
  const where = formatDataPath(path) || 'the file';
  const file = source.file;
  const params = err.params as Record<string, unknown>;
  switch (err.keyword) {
    case 'required': {
      const field = String(params.missingProperty);
      return problem({ code: 'BATON_SCHEMA_REQUIRED', file, at: locate(source, path, 'key'), path, message: `${where} is missing the required field "${field}".` });
    }
    case 'additionalProperties': {
      const field = String(params.additionalProperty);
      const known = Object.keys((err.parentSchema as { properties?: object }).properties ?? {});
      const at = locate(source, [...path, field], 'key');
      const hint = didYouMean(field, known, 'Remove it, or check flows.schema.json.');
      return problem({ code: 'BATON_SCHEMA_UNKNOWN_FIELD', file, at, path: [...path, field], message: `"${field}" is not a field of ${where}.`, hint });
    }
    case 'propertyNames': {
      const name = String(params.propertyName);
      const at = locate(source, [...path, name], 'key');
      const message = name === 'end' ? `"end" is reserved for \`next: end\` and cannot name a state.` : `"${name}" is not a valid name: use lower case letters, digits and underscores, starting with a letter.`;
      return problem({ code: 'BATON_SCHEMA_NAME', file, at, path: [...path, name], message });
    }
    case 'type':
      return problem({ code: 'BATON_SCHEMA_TYPE', file, at: locate(source, path), path, message: `${where} must be ${article(String(params.type))}.` });
    case 'oneOf':
      return problem({ code: 'BATON_SCHEMA_VALUE', file, at: locate(source, path), path, message: oneOfMessage(where, err) });
    case 'anyOf':
      return problem({ code: 'BATON_SCHEMA_TYPE', file, at: locate(source, path), path, message: `${where} must be ${describeUnion(err.schema)}.` });
    default:
      return problem({ code: 'BATON_SCHEMA_VALUE', file, at: locate(source, path), path, message: `${where} ${valueMessage(err)}.` });
  }
}

function valueMessage(err: ErrorObject): string {
  const p = err.params as Record<string, unknown>;
  switch (err.keyword) {
    case 'enum': return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'pattern': return patternMessage(String(p.pattern));
    case 'minItems': return `must have at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`;
    case 'maxItems': return `must have at most ${String(p.limit)} items`;
    case 'minLength': return Number(p.limit) === 1 ? 'must not be empty' : `must be at least ${String(p.limit)} characters long`;
    case 'maxLength': return `must be at most ${String(p.limit)} characters long`;
    case 'minProperties': return 'must not be empty';
    case 'format': return `must be a ${String(p.format)} (YYYY-MM-DD)`;
    case 'const': return `must be ${JSON.stringify(p.allowedValue)}`;
    default: return err.message ?? 'is not allowed here';
  }
}

function patternMessage(pattern: string): string {
  if (pattern === '^[a-z][a-z0-9_]*$') return 'must be a name: lower case letters, digits and underscores, starting with a letter';
  if (pattern === '^https?://') return 'must be an http:// or https:// URL';
  return `must match the pattern ${pattern}`;
}

function oneOfMessage(where: string, err: ErrorObject): string {
  const branches = (err.schema as Array<{ required?: string[] }>).map((b) => b.required?.[0]).filter((r): r is string => !!r);
  const passing = (err.params as { passingSchemas: number[] | null }).passingSchemas;
  const options = branches.map((b) => `"${b}"`).join(', ');
  if (passing && passing.length > 1) return `${where} has ${passing.map((i) => `"${branches[i]}"`).join(' and ')}: it takes exactly one of ${options}`;
  return `${where} needs exactly one of ${options}`;
}

function describeUnion(branches: unknown): string {
  const parts = (branches as Array<Record<string, unknown>>).map((b) => {
    if (typeof b.$ref === 'string') return article(b.$ref.split('/').pop() === 'name' ? 'name' : 'string');
    if (b.type === 'array') return `a list of ${String((b.items as { type?: string; $ref?: string })?.type ?? 'name')}s`;
    return article(String(b.type));
  });
  return parts.join(' or ');
}

function article(type: string): string {
  if (type === 'object') return 'a map';
  if (type === 'array') return 'a list';
  if (type === 'integer') return 'a whole number';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function parsePointer(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((s) => {
    const seg = s.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(seg) ? Number(seg) : seg;
  });
}
