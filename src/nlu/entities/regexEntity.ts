/** Regex entities: a bot author's pattern, compiled once, with named groups for the value and its parts. */
import type { EntityHit } from './entitySpec';

export interface CompiledRegexEntity {
  readonly kind: 'regex';
  readonly name: string;
  readonly regex: RegExp;
}

const DEFAULT_FLAGS = 'i';
const KNOWN_FLAGS = /^[dgimsuvy]*$/;

/**
 * Compiles the pattern of entity `name`. `flags` replace the default `i` (so 'u' alone is case-sensitive);
 * `g` is always added and `y` dropped, because the whole message is scanned.
 * Throws an Error naming the entity, the pattern and the reason when the pattern or flags are invalid.
 */
export function compileRegexEntity(name: string, pattern: string, flags?: string): CompiledRegexEntity {
  const given = flags ?? DEFAULT_FLAGS;
  const where = `Entity "${name}": regex pattern ${JSON.stringify(pattern)}`;
  if (!KNOWN_FLAGS.test(given) || new Set(given).size !== given.length) {
    throw new Error(`${where} has invalid flags ${JSON.stringify(given)}: flags are letters from "dgimsuvy", each at most once.`);
  }
  if (pattern === '') throw new Error(`${where} is empty: it would match nothing useful.`);
  const used = [...new Set(given.replace(/[gy]/g, '') + 'g')].join('');
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, used);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${where} is not a valid JavaScript regular expression: ${reason}`);
  }
  return Object.freeze({ kind: 'regex', name, regex });
}

/**
 * Every non-empty match in `text`. The span is the whole match; the value is the `value` group when the
 * pattern has one and it took part in the match, else the whole match. Other named groups that took part
 * become `parts`.
 */
export function matchRegexEntity(entity: CompiledRegexEntity, text: string): EntityHit[] {
  const hits: EntityHit[] = [];
  for (const m of text.matchAll(entity.regex)) {
    const raw = m[0];
    if (raw === '') continue;
    const groups = m.groups ?? {};
    const parts: Record<string, string> = {};
    for (const [group, captured] of Object.entries(groups)) {
      if (group !== 'value' && captured !== undefined) parts[group] = captured;
    }
    const hit: EntityHit = { start: m.index, end: m.index + raw.length, raw, value: groups['value'] ?? raw, score: 1 };
    if (Object.keys(parts).length > 0) hit.parts = parts;
    hits.push(hit);
  }
  return hits;
}
