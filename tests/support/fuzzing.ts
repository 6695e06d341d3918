// Seeded randomness for the fuzz suites: a small generator, picks, hostile strings, random JSON
// values and mutations of a valid object. The same seed gives the same cases, so a failure can be
// replayed: FUZZ_SEED picks the seed and FUZZ_CASES the number of cases.

export type Random = () => number;

export interface FuzzSettings {
  readonly seed: number;
  readonly cases: number;
}

/** The suite's defaults, overridden by FUZZ_SEED and FUZZ_CASES. */
export function fuzzSettings(defaults: FuzzSettings): FuzzSettings {
  return { seed: Number(process.env.FUZZ_SEED ?? defaults.seed), cases: Number(process.env.FUZZ_CASES ?? defaults.cases) };
}

/** mulberry32: a small seeded generator, so every run with a seed makes the same cases. */
export function generator(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number from 0 to n - 1. */
export function below(rand: Random, n: number): number {
  return Math.floor(rand() * n);
}

export function pick<T>(rand: Random, list: readonly T[]): T {
  return list[below(rand, list.length)]!;
}

export const HOSTILE_STRINGS: readonly string[] = ['', ' ', 'hello', 'I want to talk to a human', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>',
  '__proto__', 'constructor', 'toString', '\u0000', '\ud800', '💥'.repeat(50), 'a'.repeat(5000), '12345', 'choice:0', 'intent:talk_to_human',
  '../../etc/passwd', '%00', '{"a":1}', 'null', 'NaN'];

const NUMBERS = [0, -1, 1e308, Number.MAX_SAFE_INTEGER, 3.14, 12345];

/** null, a boolean, a number, a hostile string, or a small list or object of those. */
export function randomValue(rand: Random, depth = 0): unknown {
  switch (below(rand, depth > 2 ? 6 : 8)) {
    case 0: return null;
    case 1: return rand() < 0.5;
    case 2: return pick(rand, NUMBERS);
    case 3: case 4: case 5: return pick(rand, HOSTILE_STRINGS);
    case 6: return Array.from({ length: below(rand, 4) }, () => randomValue(rand, depth + 1));
    default: return Object.fromEntries(Array.from({ length: below(rand, 4) }, () => [pick(rand, HOSTILE_STRINGS), randomValue(rand, depth + 1)]));
  }
}

/** Up to `max` characters with codes 0 to 255: bytes that are rarely valid JSON or UTF-8. */
export function randomChars(rand: Random, max: number): string {
  return String.fromCharCode(...Array.from({ length: below(rand, max) }, () => below(rand, 256)));
}

/**
 * A valid object with fields dropped, replaced by hostile strings or random values, or added;
 * nested objects are mutated the same way, so that a field deep inside is broken as often as one
 * at the top.
 */
export function mutate(rand: Random, valid: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const body: Record<string, unknown> = { ...valid };
  for (const key of Object.keys(body)) {
    const r = rand();
    const value = body[key];
    if (r < 0.15) delete body[key];
    else if (r < 0.4) body[key] = pick(rand, HOSTILE_STRINGS);
    else if (r < 0.6) body[key] = randomValue(rand);
    else if (r < 0.75 && isPlainObject(value)) body[key] = mutate(rand, value);
  }
  // Defined, not assigned: a `__proto__` field is sent as a field, as JSON.parse reads it.
  if (rand() < 0.3) Object.defineProperty(body, pick(rand, HOSTILE_STRINGS), { value: randomValue(rand), enumerable: true, writable: true, configurable: true });
  return body;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
