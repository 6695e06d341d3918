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
  return (text) =>
    text.replace(pattern, (match) => {
      if (match.endsWith("'")) return `${elisions[match.slice(0, -1)]!} `;
      const whole = words[match];
      if (whole !== undefined) return whole;
      for (const [ending, keep] of clitics) {
        if (match.length >= ending.length + 3 && match.endsWith(ending)) return `${match.slice(0, match.length - ending.length + keep)} ${ending.slice(keep)}`;
      }
      return match;
    });
}
