// One language's view of a file's data: each text or list of examples given by language becomes the
// one in `code`, or the main language's when it has none (any given one when neither is). The linker
// then reads the data as it reads a one-language bot's; a bot without texts by language comes back as is.
import type { PathSegment } from './locate';
import { isMap, type TextSite } from './textSites';

export interface Localised<T> {
  readonly data: T;
  /** Where a text by language was replaced by one of its languages, and which: problems found in it are located there. */
  readonly chosen: ReadonlyArray<{ readonly path: readonly PathSegment[]; readonly key: string }>;
}

export function localiseData<T>(data: T, sites: readonly TextSite[], code: string, main: string): Localised<T> {
  // Held-out tests are a language's own: another language's view of a plain list has none.
  const tests = sites.filter((site) => site.heldOut && (isMap(valueAt(data, site.path)) || code !== main));
  const byLanguage = sites.filter((site) => !site.heldOut && isMap(valueAt(data, site.path)));
  if (byLanguage.length === 0 && tests.length === 0) return { data, chosen: [] };
  const copy = structuredClone(data);
  for (const { path } of tests) {
    const value = valueAt(data, path);
    const own = isMap(value) ? (Object.hasOwn(value, code) ? value[code] : []) : [];
    (valueAt(copy, path.slice(0, -1)) as Record<string | number, unknown>)[path[path.length - 1]!] = own;
  }
  const chosen = byLanguage.map(({ path }) => {
    const texts = valueAt(data, path) as Readonly<Record<string, unknown>>;
    const key = Object.hasOwn(texts, code) ? code : Object.hasOwn(texts, main) ? main : Object.keys(texts)[0]!;
    const parent = valueAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
    parent[path[path.length - 1]!] = texts[key];
    return { path, key };
  });
  return { data: copy, chosen };
}

export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let node = data;
  for (const segment of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}
