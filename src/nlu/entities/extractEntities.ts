/** Finds entities in one message: all of them (extractEntities) or one for slot filling (extractEntity). */
import { builtinScanner, type BuiltinScanner } from './builtinEntity';
import type { CompiledEntities, CompiledEntity } from './compileEntities';
import type { EntityContext, EntityHit, EntityMatch } from './entitySpec';
import { keepBestMatches } from './keepBestMatches';
import { matchRegexEntity } from './regexEntity';
import { scannedText } from './scanLimit';
import { textTokens, type TextToken } from './textTokens';
import { matchValueListEntity } from './valueListEntity';

/** What one message offers the matchers, each part computed on first use. */
interface MessageScan {
  text: string;
  tokens(): TextToken[];
  builtins: BuiltinScanner;
}

function scanOf(message: string, ctx: EntityContext): MessageScan {
  const text = typeof message === 'string' ? scannedText(message) : ''; // a channel may hand over no text at all
  let tokens: TextToken[] | undefined;
  return { text, tokens: () => (tokens ??= textTokens(text)), builtins: builtinScanner(text, ctx) };
}

function hitsOf(entity: CompiledEntity, scan: MessageScan): EntityHit[] {
  switch (entity.kind) {
    case 'regex': return matchRegexEntity(entity, scan.text);
    case 'values': return matchValueListEntity(entity, scan.text, scan.tokens());
    case 'builtin': return scan.builtins(entity.builtin);
  }
}

function matchesOf(entity: CompiledEntity, scan: MessageScan): EntityMatch[] {
  return hitsOf(entity, scan).map((hit) => ({ entity: entity.name, ...hit }));
}

/**
 * Every entity found in `text`, sorted by position, with offsets into `text`. Overlapping matches of one
 * entity are reduced to the longest (then best scored); different entities may overlap. Only the first
 * MAX_SCAN_CHARS characters are scanned (see scanLimit.ts).
 */
export function extractEntities(compiled: CompiledEntities, text: string, ctx: EntityContext): EntityMatch[] {
  const scan = scanOf(text, ctx);
  const all: EntityMatch[] = [];
  for (const entity of compiled.byName.values()) all.push(...matchesOf(entity, scan));
  return keepBestMatches(all);
}

/**
 * The matches of one entity in `text` (for filling a slot), sorted by position; empty when there is none.
 * Throws when `name` is not a compiled entity: names are linked at load, so this is a programming error.
 */
export function extractEntity(compiled: CompiledEntities, name: string, text: string, ctx: EntityContext): EntityMatch[] {
  const entity = compiled.byName.get(name);
  if (!entity) {
    throw new Error(`Unknown entity "${name}"; compiled entities are: ${[...compiled.byName.keys()].join(', ') || '(none)'}.`);
  }
  return keepBestMatches(matchesOf(entity, scanOf(text, ctx)));
}
