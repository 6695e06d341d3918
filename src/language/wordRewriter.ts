// Rewrites whole words and elided articles of lower-case text: the shape of every language's
// contractions ("zum" -> "zu dem", "del" -> "de el", "l'adresse" -> "le adresse").

export interface RewriteRules {
  /** Whole words and what they stand for. */
  readonly words?: Readonly<Record<string, string>>;
  /** Elided words before an apostrophe ("l" of "l'adresse") and what they stand for. */
  readonly elisions?: Readonly<Record<string, string>>;
  /** Endings that are pronouns attached to a verb, with how many of their letters stay with it ("erlo", 2: "devolverlo" -> "devolver lo"), longest first; a word keeps three letters or more before one. */
  readonly clitics?: readonly (readonly [ending: string, keep: number])[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The clitic `ending`'s split of `word` ("devolverlo" -> "devolver lo"), or undefined: the longest
 * ending that `word` has with three letters or more before it, found by one map lookup per ending
 * length rather than a test of every ending (the word's callback runs for every word of four letters
 * or more, so a scan of the Spanish list's 84 endings was most of a message's cost).
 */
function cliticSplitter(clitics: readonly (readonly [ending: string, keep: number])[]): (word: string) => string | undefined {
  const keeps = new Map<string, number>();
  for (const [ending, keep] of clitics) if (!keeps.has(ending)) keeps.set(ending, keep);
  const lengths = [...new Set(clitics.map(([ending]) => ending.length))].sort((a, b) => b - a);
  return (word) => {
    for (const length of lengths) {
      if (word.length < length + 3) continue;
      const keep = keeps.get(word.slice(word.length - length));
      if (keep !== undefined) return `${word.slice(0, word.length - length + keep)} ${word.slice(word.length - length + keep)}`;
    }
    return undefined;
  };
}

/** A function that applies `rules` to lower-case text with plain apostrophes. */
export function wordRewriter(rules: RewriteRules): (text: string) => string {
  const words = rules.words ?? {};
  const elisions = rules.elisions ?? {};
  const clitics = rules.clitics ?? [];
  const alternatives = [
    ...Object.keys(elisions).map((e) => `(?<![\\p{L}])${escape(e)}'(?=\\p{L})`),
    ...Object.keys(words).map((w) => `(?<![\\p{L}'])${escape(w)}(?![\\p{L}'])`),
    ...(clitics.length > 0 ? ['\\p{L}{4,}'] : []),
  ];
  if (alternatives.length === 0) return (text) => text;
  const pattern = new RegExp(alternatives.join('|'), 'gu');
  const splitClitic = cliticSplitter(clitics);
  // A map, not the rules' object: a word such as "constructor" is not one of its keys.
  const wholeWords = new Map(Object.entries(words));
  return (text) =>
    text.replace(pattern, (match) => {
      if (match.endsWith("'")) return `${elisions[match.slice(0, -1)]!} `;
      return wholeWords.get(match) ?? splitClitic(match) ?? match;
    });
}
