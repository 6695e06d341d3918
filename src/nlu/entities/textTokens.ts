/** Word tokens with their offsets in the original text, and the normal form used to compare them. */
import { foldAccents } from '../../language/foldAccents';

/** A word of the original text: `text.slice(start, end)` normalises to `norm`. */
export interface TextToken {
  norm: string;
  start: number;
  end: number;
}

// Han, Hiragana and Katakana are written without spaces: each character is a token, so multi-character
// synonyms match as phrases. Emoji are tokens too, so "🎧" can be a synonym. Other scripts split on anything
// that is not a letter, mark or digit; an apostrophe inside a word is kept and dropped by `normaliseWord`.
const CJK = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}`;
const WORD_CHAR = String.raw`(?:(?![${CJK}])[\p{L}\p{M}\p{N}])`;
const TOKEN = new RegExp(
  String.raw`[${CJK}]|\p{Extended_Pictographic}|${WORD_CHAR}+(?:['\u2019]${WORD_CHAR}+)*`,
  'gu',
);
const APOSTROPHES = /['\u2019]/g;

/** Lower case, compatibility forms folded (full-width letters, ligatures), accents and apostrophes removed. */
export function normaliseWord(word: string): string {
  return foldAccents(word.normalize('NFKC').toLowerCase()).replace(APOSTROPHES, '');
}

// French and Italian write an article or a pronoun elided onto the next word: "l'après-midi",
// "d'accord", "dell'ordine". The word after the apostrophe is the one a value names ("après-midi"), so
// such a token counts from after the apostrophe. Only these prefixes: "don't" and "it's" stay whole.
const ELIDED = /^(?:l|d|j|m|t|s|c|n|qu|jusqu|lorsqu|puisqu|un|dell|all|dall|nell|sull|quest|quell)['\u2019](?=\p{L})/iu;

/** The tokens of `text`, in order, with offsets into `text`. */
export function textTokens(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const elided = ELIDED.exec(m[0])?.[0].length ?? 0;
    const norm = normaliseWord(m[0].slice(elided));
    if (norm !== '') tokens.push({ norm, start: m.index + elided, end: m.index + m[0].length });
  }
  return tokens;
}

/** The normalised words of a phrase written by a bot author ("Power-Adapter" -> ["power", "adapter"]). */
export function phraseWords(phrase: string): string[] {
  return textTokens(phrase).map((t) => t.norm);
}

/** True when the text between two tokens still joins them into one phrase (spaces, a hyphen, a slash). */
export function joinsPhrase(gap: string): boolean {
  return gap.length <= 3 && /^[\s\-\u2010-\u2013_/]*$/u.test(gap);
}
