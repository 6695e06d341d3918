/** Compiles the entities a bot declares, once, before the first message: regexes built, value lists indexed. */
import { BUILTIN_ENTITIES, type BuiltinEntityName, type EntitySpec } from './entitySpec';
import { compileRegexEntity, type CompiledRegexEntity } from './regexEntity';
import { compileValueListEntity, type CompiledValueListEntity } from './valueListEntity';

export interface CompiledBuiltinEntity {
  readonly kind: 'builtin';
  readonly name: string;
  readonly builtin: BuiltinEntityName;
}

export type CompiledEntity = CompiledRegexEntity | CompiledValueListEntity | CompiledBuiltinEntity;

/** The compiled entities of a bot, by name, in declaration order. Frozen; share it between conversations. */
export interface CompiledEntities {
  readonly byName: ReadonlyMap<string, CompiledEntity>;
}

function compileOne(spec: EntitySpec): CompiledEntity {
  switch (spec.kind) {
    case 'regex':
      return compileRegexEntity(spec.name, spec.pattern, spec.flags);
    case 'values':
      return compileValueListEntity(spec.name, spec.values, spec.fuzzy);
    case 'builtin':
      if (!(BUILTIN_ENTITIES as readonly string[]).includes(spec.builtin)) {
        throw new Error(`Entity "${spec.name}": unknown builtin "${String(spec.builtin)}"; builtins are ${BUILTIN_ENTITIES.join(', ')}.`);
      }
      return Object.freeze({ kind: 'builtin', name: spec.name, builtin: spec.builtin });
    default:
      throw new Error(`Entity "${(spec as { name?: unknown }).name}": unknown kind "${(spec as { kind?: unknown }).kind}".`);
  }
}

/**
 * Compiles every spec. Throws an Error naming the entity at the first invalid one (bad pattern, empty synonym,
 * a synonym of two values, unknown builtin, duplicate or empty name); the loader checks shapes before this.
 */
export function compileEntities(specs: readonly EntitySpec[]): CompiledEntities {
  const byName = new Map<string, CompiledEntity>();
  for (const spec of specs) {
    if (typeof spec.name !== 'string' || spec.name === '') throw new Error('An entity has no name.');
    if (byName.has(spec.name)) throw new Error(`Entity "${spec.name}" is declared twice.`);
    byName.set(spec.name, compileOne(spec));
  }
  return Object.freeze({ byName });
}
