// fast-check arbitraries for the fuzz suites: hostile strings, odd JSON values, bytes that are
// rarely JSON or UTF-8, and mutations of a valid object; and the settings every suite runs with.
//
// Replaying a failure: fast-check shrinks a failing case to a small one and reports it with the
// seed and path it came from, e.g. `{ seed: 20261124, path: "412:3:0", endOnFailure: true }`.
// Run the suite again with FUZZ_SEED=20261124 FUZZ_PATH=412:3:0 to run that case alone (and
// FUZZ_CASES as it was, if it was set). FUZZ_SEED alone replays the whole run; FUZZ_CASES sets the
// number of cases (e.g. FUZZ_CASES=10000 for a long run).
import fc from 'fast-check';

/** The suite's seed and number of cases, overridden by FUZZ_SEED, FUZZ_CASES and FUZZ_PATH. */
export function fuzzSettings(defaults: { readonly seed: number; readonly cases: number }): { seed: number; numRuns: number; path?: string } {
  const path = process.env.FUZZ_PATH;
  return {
    seed: Number(process.env.FUZZ_SEED ?? defaults.seed),
    numRuns: Number(process.env.FUZZ_CASES ?? defaults.cases),
    ...(path ? { path } : {}),
  };
}

export const HOSTILE_STRINGS: readonly string[] = ['', ' ', 'hello', 'I want to talk to a human', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>',
  '__proto__', 'constructor', 'toString', '\u0000', '\ud800', '💥'.repeat(50), 'a'.repeat(5000), '12345', 'choice:0', 'intent:talk_to_human',
  '../../etc/passwd', '%00', '{"a":1}', 'null', 'NaN'];

const NUMBERS = [0, -1, 1e308, Number.MAX_SAFE_INTEGER, 3.14, 12345];

/** One of the hostile strings, or now and then any short string of UTF-16 units (lone surrogates too). */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);

/** null, a boolean, a number, a hostile string, or a small list or object of those, up to three levels deep. */
export const jsonValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'jsonValue' },
    { weight: 3, arbitrary: hostileString },
    fc.constant(null),
    fc.boolean(),
    fc.constantFrom(...NUMBERS),
    fc.array(tie('value'), { maxLength: 3, depthIdentifier: 'jsonValue' }),
    fc.dictionary(hostileString, tie('value'), { maxKeys: 3, depthIdentifier: 'jsonValue' }),
  ),
})).value;

/** Fewer than `max` characters with codes 0 to 255: bytes that are rarely valid JSON or UTF-8. */
export function garbage(max: number): fc.Arbitrary<string> {
  return fc.string({ unit: fc.integer({ min: 0, max: 255 }).map((code) => String.fromCharCode(code)), maxLength: max - 1 });
}

/**
 * One to `max` items. Drawn as a possibly empty list and filtered, so that fast-check can shrink it
 * by dropping any item (with a minimum length it cannot drop the last one of two).
 */
export function nonEmptyArray<T>(item: fc.Arbitrary<T>, max: number): fc.Arbitrary<T[]> {
  return fc.array(item, { maxLength: max }).filter((items) => items.length > 0);
}

const KEEP = Symbol('keep');
const DROP = Symbol('drop');

/**
 * A valid object with fields dropped, replaced by hostile strings or random values, or added;
 * nested objects are mutated the same way, so that a field deep inside is broken as often as one
 * at the top. It shrinks towards the valid object.
 */
export function mutated(valid: Readonly<Record<string, unknown>>): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.entries(valid).map(([key, value]) => fieldMutation(value).map((change) => [key, change] as const));
  const added = fc.oneof({ weight: 7, arbitrary: fc.constant(undefined) }, { weight: 3, arbitrary: fc.tuple(hostileString, jsonValue) });
  return fc.tuple(fc.tuple(...fields), added).map(([changes, extra]) => {
    const body: Record<string, unknown> = { ...valid };
    for (const [key, change] of changes) {
      if (change === DROP) delete body[key];
      else if (change !== KEEP) body[key] = change;
    }
    // Defined, not assigned: a `__proto__` field is sent as a field, as JSON.parse reads it.
    if (extra) Object.defineProperty(body, extra[0], { value: extra[1], enumerable: true, writable: true, configurable: true });
    return body;
  });
}

function fieldMutation(value: unknown): fc.Arbitrary<unknown> {
  const nested = isPlainObject(value);
  return fc.oneof(
    { weight: nested ? 25 : 40, arbitrary: fc.constant(KEEP) },
    { weight: 15, arbitrary: fc.constant(DROP) },
    { weight: 25, arbitrary: hostileString },
    { weight: 20, arbitrary: jsonValue },
    ...(nested ? [{ weight: 15, arbitrary: mutated(value) }] : []),
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `value` with a short description for fast-check's report: long strings and lists cut, so that
 * a counterexample with a body of a megabyte still reads on one screen.
 */
export function described<T extends object>(value: T): T {
  const shown = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'string' && v.length > 200) return `${v.slice(0, 200)}…(${v.length} characters)`;
    if (Array.isArray(v) && v.length > 50) return [...v.slice(0, 50), `…(${v.length} items)`];
    return v;
  });
  return Object.defineProperty(value, fc.toStringMethod, { value: () => shown, enumerable: false });
}
