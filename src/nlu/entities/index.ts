/** Entity extraction: compile declared entities once, then find them in messages with spans into the original text. */
export { compileEntities } from './compileEntities';
export type { CompiledEntities, CompiledEntity } from './compileEntities';
export { extractEntities, extractEntity } from './extractEntities';
export { BUILTIN_ENTITIES } from './entitySpec';
export type { BuiltinEntityName, EntityContext, EntityMatch, EntitySpec } from './entitySpec';
export { MAX_SCAN_CHARS } from './scanLimit';
