// Number words of a language other than English ("cinco", "veintitrés", "zweiundzwanzig", "quatre-vingt-dix"),
// read accent-blind ("veintitres") and with "ß" as "ss". A word that is also the indefinite article ("un",
// "una", "ein", "une") or another common word (Italian "sei", French "neuf") is a number only when the
// whole message is that word: "una" answers "how many?", while "quiero un café" names no number, as
// English "a" never does (money takes them all: it needs a currency beside the number, and "un euro" is one). Dutch "één", written with its accents, is
// always one.
import { foldAccents } from '../../language/foldAccents';
import type { Numeral } from './builtinNumber';
import { numberWordTable } from './numberWordTables';

/** The longest number phrase, in words. */
const MAX_WORDS = 6;
const WORD = /\p{L}+/gu;
/** What may stand between the words of one number: spaces and hyphens. */
const BETWEEN = /^[\s\-‐‑]+$/u;
const ALONE = /^[\s¡!¿?.,;:()"'«»-]*$/u;

/** The number words of `text` in the language `code` names; none for English and languages without a table. `always`: articles and the like are numbers wherever they stand. */
export function findLocalNumberWords(text: string, code: string, articles: 'alone' | 'always' = 'alone'): Numeral[] {
  const table = numberWordTable(code);
  if (!table) return [];
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, raw: m[0], plain: plainWord(m[0]) }));
  const found: Numeral[] = [];
  /** Whether the one-word number at `i` reads as a number here (not an article or "sei", not a pronoun's "uno"). */
  const counts = (i: number): boolean => {
    const word = words[i]!;
    if (table.alsoWords.has(word.plain)) return articles === 'always' || ALONE.test(text.slice(0, word.start)) && ALONE.test(text.slice(word.end));
    const before = words[i - 1];
    return !(before && table.pronounBefore.has(before.plain) && /^[\s'’]+$/u.test(text.slice(before.end, word.start)));
  };
  for (let i = 0; i < words.length;) {
    let match: { length: number; value: number } | undefined;
    let phrase = '';
    for (let k = 0; k < MAX_WORDS && i + k < words.length; k += 1) {
      if (k > 0 && !BETWEEN.test(text.slice(words[i + k - 1]!.end, words[i + k]!.start))) break;
      phrase = k === 0 ? words[i]!.plain : `${phrase} ${words[i + k]!.plain}`;
      const value = table.words.get(phrase);
      if (value !== undefined) match = { length: k + 1, value };
    }
    const first = words[i]!;
    if (match && (match.length > 1 || counts(i))) {
      found.push({ start: first.start, end: words[i + match.length - 1]!.end, value: match.value });
      i += match.length;
      continue;
    }
    // Dutch "één" (with its accents) is the number; "een" is also the article.
    if (code === 'nl' && /^[eé][eé]n$/u.test(first.raw.toLowerCase()) && first.raw.toLowerCase() !== 'een') found.push({ start: first.start, end: first.end, value: 1 });
    i += 1;
  }
  return found;
}

function plainWord(word: string): string {
  return foldAccents(word.toLowerCase()).replace(/ß/g, 'ss');
}
