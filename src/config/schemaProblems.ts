// Turns ajv's errors into located problems with a message that names the data path and what is
// allowed, once per mistake. Shared by the bot files (flows.schema.json) and conversation
// transcripts (transcript.schema.json).
import type { ErrorObject } from 'ajv';
import { COMMA_HINT, isCommaSplitField } from './commaSplitField';
import { didYouMean } from './didYouMean';
import { locate, type PathSegment } from './locate';
import { formatDataPath, problem, type Problem } from './problem';
import type { SourceFile } from './sourceFile';

/** The schema the errors come from: its text, to describe the definitions it refers to, and its file name for hints. */
export interface SchemaOrigin {
  readonly schema: { readonly definitions?: Readonly<Record<string, unknown>> };
  readonly file: string;
}

export function schemaProblems(source: SourceFile, errors: readonly ErrorObject[], origin: SchemaOrigin): Problem[] {
  const kept = simplify(errors);
  const splits = commaSplits(source, kept);
  const reported = new Set<string>();
  const problems: Problem[] = [];
  for (const err of kept) {
    const split = splits.find((s) => err.instancePath === s.map || isWithin(err.instancePath, s.key) || (err.keyword === 'propertyNames' && err.instancePath === s.map));
    if (!split) {
      problems.push(toProblem(source, err, origin));
    } else if (!reported.has(split.key)) {
      // One mistake, one problem: the text a comma cut in two, not every rule the halves break.
      reported.add(split.key);
      const path = [...parsePointer(split.map), split.field];
      problems.push(problem({ code: 'BATON_SCHEMA_UNKNOWN_FIELD', file: source.file, at: locate(source, path, 'key'), path, message: `"${split.field}" is not a field of ${formatDataPath(parsePointer(split.map)) || 'the file'}: a comma cut the text before it.`, hint: COMMA_HINT }));
    }
  }
  return problems;
}

/**
 * Keys that exist only because a comma split an unquoted text in a flow map (`{ de: Ja, gern, en: Yes }`),
 * among the keys the errors are about: by the map's pointer and the key's.
 */
function commaSplits(source: SourceFile, errors: readonly ErrorObject[]): { map: string; key: string; field: string }[] {
  const found = new Map<string, { map: string; key: string; field: string }>();
  for (const err of errors) {
    const candidates: [string, string][] = [];
    if (err.keyword === 'propertyNames') candidates.push([err.instancePath, String((err.params as { propertyName?: unknown }).propertyName)]);
    const path = parsePointer(err.instancePath);
    const last = path[path.length - 1];
    if (typeof last === 'string') candidates.push([err.instancePath.slice(0, err.instancePath.lastIndexOf('/')), last]);
    for (const [map, field] of candidates) {
      const key = `${map}/${field.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (!found.has(key) && isCommaSplitField(source, parsePointer(map), field)) found.set(key, { map, key, field });
    }
  }
  return [...found.values()];
}

/** Drops the noise of ajv's union keywords so each mistake is reported once, where it is. */
function simplify(errors: readonly ErrorObject[]): ErrorObject[] {
  const kept: ErrorObject[] = [];
  for (const err of errors) {
    if (err.keyword === 'anyOf' || err.keyword === 'oneOf') {
      const branch: ErrorObject[] = [];
      while (kept.length > 0 && isWithin(kept[kept.length - 1]!.instancePath, err.instancePath)) branch.unshift(kept.pop()!);
      // The branches the value's type fits, failing inside, say more than the union does.
      const fitting = branch.filter((b) => b.instancePath !== err.instancePath || !['type', 'const', 'required'].includes(b.keyword));
      if (fitting.length > 0 && err.keyword === 'anyOf') kept.push(...fitting);
      else kept.push(err);
    } else if (err.keyword === 'propertyNames') {
      while (kept.length > 0 && kept[kept.length - 1]!.instancePath === err.instancePath && isNameKeyword(kept[kept.length - 1]!)) kept.pop();
      kept.push(err);
    } else {
      kept.push(err);
    }
  }
  // A map that lacks one of a few keys and holds an unknown key: the unknown key is the misspelt one.
  return kept.filter((err) => !(isRequiredUnion(err) && kept.some((o) => o.keyword === 'additionalProperties' && o.instancePath === err.instancePath)));
}

function isWithin(path: string, parent: string): boolean {
  return path === parent || path.startsWith(`${parent}/`);
}

function isNameKeyword(err: ErrorObject): boolean {
  return ['pattern', 'maxLength', 'minLength', 'not', 'const'].includes(err.keyword);
}

/** `anyOf: [{ required: [a] }, { required: [b] }]`: at least one of these keys. */
function isRequiredUnion(err: ErrorObject): boolean {
  return err.keyword === 'anyOf' && requiredOptions(err).length > 0;
}

function requiredOptions(err: ErrorObject): string[] {
  const branches = err.schema as Array<Record<string, unknown>>;
  const only = branches.every((b) => Object.keys(b).length === 1 && Array.isArray(b.required));
  return only ? branches.map((b) => (b.required as string[])[0]!) : [];
}

function toProblem(source: SourceFile, err: ErrorObject, origin: SchemaOrigin): Problem {
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
      const hint = isCommaSplitField(source, path, field) ? COMMA_HINT : didYouMean(field, known, `Remove it, or check ${origin.file}.`);
      return problem({ code: 'BATON_SCHEMA_UNKNOWN_FIELD', file, at, path: [...path, field], message: `"${field}" is not a field of ${where}.`, hint });
    }
    case 'propertyNames': {
      const name = String(params.propertyName);
      const at = locate(source, [...path, name], 'key');
      const message = name === 'end' ? `"end" is reserved for \`next: end\` and cannot name a state.` : `"${name}" is not a valid name: use lower case letters, digits and underscores, starting with a letter.`;
      return problem({ code: 'BATON_SCHEMA_NAME', file, at, path: [...path, name], message });
    }
    case 'type':
      return problem({ code: 'BATON_SCHEMA_TYPE', file, at: locate(source, path), path, message: `${where} must be ${orList(describeTypes(params.type))}.`, hint: descriptionOf(err.parentSchema) });
    case 'oneOf':
      return problem({ code: 'BATON_SCHEMA_VALUE', file, at: locate(source, path), path, message: oneOfMessage(where, err) });
    case 'anyOf': {
      const options = requiredOptions(err);
      if (options.length > 0) return problem({ code: 'BATON_SCHEMA_REQUIRED', file, at: locate(source, path), path, message: `${where} needs one of ${orList(options.map((o) => `"${o}"`))}.` });
      return problem({ code: 'BATON_SCHEMA_TYPE', file, at: locate(source, path), path, message: `${where} must be ${describeUnion(err.schema, origin)}.`, hint: descriptionOf(err.parentSchema) });
    }
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
    case 'maxProperties': return `takes only one of ${orList(Object.keys((err.parentSchema as { properties?: object }).properties ?? {}).map((k) => `"${k}"`))}`;
    case 'format': return `must be a ${String(p.format)} (YYYY-MM-DD)`;
    case 'const': return `must be ${JSON.stringify(p.allowedValue)}`;
    default: return err.message ?? 'is not allowed here';
  }
}

const PATTERN_MESSAGES: Readonly<Record<string, string>> = {
  '^[a-z][a-z0-9_]*$': 'must be a name: lower case letters, digits and underscores, starting with a letter',
  '^https?://': 'must be an http:// or https:// URL',
  '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$': 'must be a moment in ISO 8601 with a zone, e.g. 2026-11-24T10:00:00Z',
  '^([a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*|none)$': 'must be `flow.state`, e.g. return_item.confirm, or `none`',
  '^https?://(\\*\\.)?[a-z0-9.-]+(:[0-9]{1,5})?$': 'must be an origin in lower case, scheme and host with no path, e.g. https://www.example.com or https://*.example.com',
  '\\S': 'must not be blank',
};

function patternMessage(pattern: string): string {
  return PATTERN_MESSAGES[pattern] ?? `must match the pattern ${pattern}`;
}

function oneOfMessage(where: string, err: ErrorObject): string {
  const branches = (err.schema as Array<{ required?: string[] }>).map((b) => b.required?.[0]).filter((r): r is string => !!r);
  const passing = (err.params as { passingSchemas: number[] | null }).passingSchemas;
  const options = branches.map((b) => `"${b}"`).join(', ');
  if (passing && passing.length > 1) return `${where} has ${passing.map((i) => `"${branches[i]}"`).join(' and ')}: it takes exactly one of ${options}`;
  return `${where} needs exactly one of ${options}`;
}

/** What the branches of a union allow, e.g. "a string or a list of strings". */
function describeUnion(branches: unknown, origin: SchemaOrigin): string {
  const kinds = (branches as Array<Record<string, unknown>>).flatMap((b) => describeSchema(b, origin));
  return orList([...new Set(kinds)]);
}

function describeSchema(node: Record<string, unknown>, origin: SchemaOrigin): string[] {
  if (typeof node.$ref === 'string') {
    const name = node.$ref.split('/').pop()!;
    if (name === 'name') return ['a name'];
    const target = origin.schema.definitions?.[name] as Record<string, unknown> | undefined;
    return target ? describeSchema(target, origin) : ['a string'];
  }
  if ('const' in node) return [JSON.stringify(node.const)];
  if (node.type === 'array') {
    const items = node.items as Record<string, unknown> | undefined;
    if (items?.$ref === '#/definitions/name') return ['a list of names'];
    return [typeof items?.type === 'string' ? `a list of ${items.type}s` : 'a list'];
  }
  return describeTypes(node.type);
}

function describeTypes(type: unknown): string[] {
  return (Array.isArray(type) ? type : [type]).map((t) => article(String(t)));
}

/** A schema's own description: what the value is for, as a hint to a value of the wrong type. */
function descriptionOf(schema: unknown): string | undefined {
  const description = (schema as { description?: unknown } | undefined)?.description;
  return typeof description === 'string' ? description : undefined;
}

function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function article(type: string): string {
  if (type === 'object') return 'a map';
  if (type === 'array') return 'a list';
  if (type === 'integer') return 'a whole number';
  if (type === 'null') return 'null';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function parsePointer(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((s) => {
    const seg = s.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(seg) ? Number(seg) : seg;
  });
}
