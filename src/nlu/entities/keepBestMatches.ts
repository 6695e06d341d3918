/** Resolves overlapping matches of the same entity: the longest wins, then the best score, then the earliest. */
import type { EntityMatch } from './entitySpec';

function better(a: EntityMatch, b: EntityMatch): number {
  return (b.end - b.start) - (a.end - a.start) || (b.score ?? 1) - (a.score ?? 1) || a.start - b.start;
}

/** Index of the first match in `sorted` (non-overlapping, by start) that starts at or after `start`. */
function firstStartingFrom(sorted: readonly EntityMatch[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as EntityMatch).start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Non-overlapping matches of one entity, chosen greedily from the best down; sorted by start. */
function bestOfOneEntity(matches: readonly EntityMatch[]): EntityMatch[] {
  const chosen: EntityMatch[] = [];
  for (const m of [...matches].sort(better)) {
    const i = firstStartingFrom(chosen, m.start);
    const before = chosen[i - 1];
    const after = chosen[i];
    if ((before && before.end > m.start) || (after && after.start < m.end)) continue;
    chosen.splice(i, 0, m);
  }
  return chosen;
}

/**
 * Per entity, keeps a set of non-overlapping matches, choosing greedily by length, then score, then position.
 * Matches of different entities may overlap ("#12345" is an order_id and a number). Sorted by position.
 */
export function keepBestMatches(matches: readonly EntityMatch[]): EntityMatch[] {
  const byEntity = new Map<string, EntityMatch[]>();
  for (const m of matches) {
    const list = byEntity.get(m.entity);
    if (list) list.push(m);
    else byEntity.set(m.entity, [m]);
  }
  const kept: EntityMatch[] = [];
  for (const list of byEntity.values()) kept.push(...bestOfOneEntity(list));
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : 0));
}
