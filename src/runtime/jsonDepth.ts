// How deep a parsed JSON value nests, measured without recursion so a hostile value cannot overflow
// the stack (JSON.stringify, which the stores and logs call, does recurse: 15,000 levels crash it).
// Objects and arrays count one level each; a scalar at the top is depth 0.

/** The deepest nesting any JSON body or webhook reply may have. */
export const MAX_JSON_DEPTH = 64;

/** True when `value` nests objects or arrays more than `limit` levels deep. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const values: unknown[] = [value];
  const depths: number[] = [1];
  while (values.length > 0) {
    const current = values.pop();
    const depth = depths.pop() as number;
    if (current === null || typeof current !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      if (child !== null && typeof child === 'object') {
        values.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}
