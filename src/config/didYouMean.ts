// "Did you mean" suggestions: the closest existing name by edit distance, when one is close enough.
// Only natural's distance module is loaded: the package's index pulls in storage back ends and dotenv.
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance';

export function closestName(wanted: string, names: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const limit = Math.max(1, Math.min(3, Math.floor(wanted.length / 3)));
  for (const name of names) {
    const d = DamerauLevenshteinDistance(wanted.toLowerCase(), name.toLowerCase(), { transposition_cost: 1 });
    if (d < bestDistance || (d === bestDistance && best !== undefined && name < best)) {
      best = name;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= limit ? best : undefined;
}

/** A hint naming the closest name, or listing what exists when nothing is close. */
export function didYouMean(wanted: string, names: Iterable<string>, fallbackHint: string): string {
  const list = [...names];
  const close = closestName(wanted, list);
  if (close !== undefined) return `Did you mean "${close}"?`;
  if (list.length > 0 && list.length <= 8) return `${fallbackHint} Known: ${list.map((n) => `"${n}"`).join(', ')}.`;
  return fallbackHint;
}
