/** Shared fixtures for the entity tests: a context, a way to compile one entity, and a span finder. */
import { compileEntities, extractEntities, type EntityContext, type EntityMatch, type EntitySpec } from '../../../src/nlu/entities';

/** Tuesday 24 November 2026, 10:00 in London (GMT, no daylight saving). */
export const london: EntityContext = { timezone: 'Europe/London', now: new Date('2026-11-24T10:00:00Z'), locale: 'en-GB', defaultCountry: 'GB' };

/** The offsets of the first occurrence of `part` in `text` (fails the test when absent). */
export function spanOf(text: string, part: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`"${part}" is not in "${text}"`);
  return { start, end: start + part.length };
}

/** Extracts with a single declared entity, checking that every raw text is the slice its span names. */
export function extractWith(spec: EntitySpec, text: string, ctx: EntityContext = london): EntityMatch[] {
  const matches = extractEntities(compileEntities([spec]), text, ctx);
  for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.raw);
  return matches;
}

/** The values found by a builtin entity of the same name. */
export function builtinValues(builtin: Extract<EntitySpec, { kind: 'builtin' }>['builtin'], text: string, ctx: EntityContext = london): EntityMatch['value'][] {
  return extractWith({ kind: 'builtin', name: builtin, builtin }, text, ctx).map((m) => m.value);
}
