// Which of a bot's languages a customer's message is written in, from the bot's own evidence: the
// words each language's model knows (its training examples, Baton's built-in examples, its stop words)
// and the letters only some of the languages write (ñ, ß, ç, ¿). A word some candidates use (and use
// often enough: English built-in examples hold "gracias" once, Spanish ones many times) but not all is
// a vote for those; the language with the most votes wins only by a clear margin, so "ok",
// "no", an order number, a name or an emoji (known to all, or to none) abstain. Measured against npm
// tinyld and franc-min on short messages in bench/languageDetect.ts.
import type { Language } from './language';
import { foldAccents } from './foldAccents';
import { normalise } from '../nlu/normalise';
import { tokenise } from '../nlu/tokenise';

/** What the detector learns of one language. */
export interface LanguageEvidence {
  readonly code: string;
  readonly language: Language;
  /** Texts written in it: the model's training examples, built-in examples. */
  readonly texts: Iterable<string>;
}

export interface Detection {
  /** The language the message is confidently in, among the candidates; absent when the evidence is weak. */
  readonly language?: string;
  /** Votes per candidate language. */
  readonly scores: Readonly<Record<string, number>>;
}

export interface DetectOptions {
  /** The languages to choose among (default: all the detector knows). */
  readonly among?: readonly string[];
  /** Votes the winner needs beyond the runner-up (default 1). */
  readonly margin?: number;
}

export interface LanguageDetector {
  readonly languages: readonly string[];
  detect(text: string, options?: DetectOptions): Detection;
}

/** Letters that only some languages write, by language (lower case). */
const LETTERS: Readonly<Record<string, string>> = {
  es: 'ñ¿¡áíóúé',
  de: 'ßäöü',
  fr: 'çèêàâîôûùëïœé',
  it: 'àèéìòù',
  pt: 'ãõçâêôáéíóúà',
  nl: 'ë',
};

/** Longer messages are judged on their first words: enough evidence, a bounded cost. */
const MAX_TOKENS = 40;

const NUMBER = /^\d+$/;

/** Words many languages' speakers write alike ("ok", "no", "si", "hmm"): they never vote. */
const SHARED_WORDS: ReadonlySet<string> = new Set([
  'ok', 'okay', 'okey', 'oki', 'k', 'kk', 'no', 'si', 'oh', 'ah', 'eh', 'uh', 'hm', 'hmm', 'mm', 'mmm', 'lol', 'xd', 'ha', 'aha',
  'haha', 'hahaha', 'jaja', 'jajaja', 'hehe', 'jeje', 'wow', 'ciao', 'hey', 'bye', 'super', 'top', 'cool',
]);

/** Words of a text in a language, as its classifier tokenises them, numbers left out. */
function words(text: string, language: Language): string[] {
  return tokenise(normalise(text, language), MAX_TOKENS);
}

const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** Words of a message before knowing its language: lower case, accents folded, split at anything not a letter or digit; codes with digits ("AB-99812") left out. */
function plainWords(text: string): string[] {
  const chunks = foldAccents(text.slice(0, 2000).normalize('NFKC').toLowerCase()).split(/\s+/).filter((chunk) => !/\d/.test(chunk));
  return chunks.flatMap((chunk) => chunk.split(NOT_WORD)).filter((t) => t !== '' && !SHARED_WORDS.has(t)).slice(0, MAX_TOKENS);
}

/** A word votes only for the candidates that use it at least this share as often as the one using it most. */
const RELATIVE_USE = 1 / 8;

/** How often a stop word the texts never used counts as used: about one word in a thousand. */
const STOP_WORD_USE = 0.001;

export function createLanguageDetector(evidence: readonly LanguageEvidence[]): LanguageDetector {
  const known = new Map(evidence.map((e) => {
    const counts = new Map<string, number>();
    let total = 0;
    for (const text of e.texts) {
      const plain = plainWords(text);
      total += plain.length;
      for (const word of new Set([...words(text, e.language), ...plain])) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    const use = (word: string): number => Math.max((counts.get(word) ?? 0) / Math.max(total, 1), e.language.isStopWord(word) ? STOP_WORD_USE : 0);
    return [e.code, { language: e.language, use }] as const;
  }));
  const languages = evidence.map((e) => e.code);

  return {
    languages,
    detect(text, options = {}) {
      const among = (options.among ?? languages).filter((code) => known.has(code));
      const scores: Record<string, number> = Object.fromEntries(among.map((code) => [code, 0]));
      if (among.length < 2) return among.length === 1 ? { language: among[0]!, scores } : { scores };
      // A word votes for the candidates that know it, when some but not all do; a vote is shared among them.
      for (const word of plainWords(text)) {
        const uses = among.map((code) => known.get(code)!.use(word));
        const most = Math.max(...uses);
        const knowing = among.filter((_, i) => uses[i]! > 0 && uses[i]! >= most * RELATIVE_USE);
        if (knowing.length === 0 || knowing.length === among.length) continue;
        for (const code of knowing) scores[code]! += 1 / knowing.length;
      }
      // Letters only some candidates write: one vote in all, shared the same way.
      const lower = text.slice(0, 400).toLowerCase();
      const letters = new Set([...lower].filter((ch) => among.some((code) => LETTERS[code]?.includes(ch))));
      const writing = among.filter((code) => [...letters].some((ch) => LETTERS[code]?.includes(ch)));
      if (writing.length > 0 && writing.length < among.length) for (const code of writing) scores[code]! += 1 / writing.length;
      const ranked = [...among].sort((a, b) => scores[b]! - scores[a]!);
      const [best, second] = [scores[ranked[0]!]!, scores[ranked[1]!]!];
      const margin = options.margin ?? 1;
      return best >= 1 && best - second >= margin ? { language: ranked[0]!, scores } : { scores };
    },
  };
}
