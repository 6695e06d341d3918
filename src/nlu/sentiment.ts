// The sentiment of a message, -1 (angry) to 1 (happy), from natural's SentimentAnalyzer with the
// language's vocabulary (AFINN for English, see languages.ts). Only natural's sentiment and stemmer
// modules are loaded, not the package index, and only when the language's first message is scored:
// the analyser reads every language's word lists, a fifth of a start.
import type { SentimentAnalyzer as Analyser } from 'natural/lib/natural/sentiment';
import type { Language } from '../language/language';
import { ENGLISH } from '../language/languages';

/** Stems, remembered per language: the analyser stems every word of every message it is not listed under. */
const STEM_CACHE_LIMIT = 50_000;

function rememberingStemmer(language: Language): { stem(word: string): string } {
  const stems = new Map<string, string>();
  return {
    stem(word: string): string {
      let stemmed = stems.get(word);
      if (stemmed === undefined) {
        stemmed = language.stem(word);
        if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
        stems.set(word, stemmed);
      }
      return stemmed;
    },
  };
}

const analysers = new Map<Language, Analyser | null>();

function analyserFor(language: Language): Analyser | null {
  let analyser = analysers.get(language);
  if (analyser === undefined) {
    const { SentimentAnalyzer } = require('natural/lib/natural/sentiment') as typeof import('natural/lib/natural/sentiment');
    const vocabulary = language.sentiment;
    // natural stems the vocabulary's words with the stemmer it is given; only its `stem` is called.
    const stemmer = rememberingStemmer(language) as unknown as ConstructorParameters<typeof SentimentAnalyzer>[1];
    analyser = vocabulary ? new SentimentAnalyzer(vocabulary.name, stemmer, vocabulary.type) : null;
    analysers.set(language, analyser);
  }
  return analyser;
}

/** AFINN scores words from -5 to 5, pattern and senticon from -1 to 1; the analyser averages them over the message's words. */
const SCALES = { afinn: 2.5, pattern: 0.5, senticon: 0.5 } as const;

/** Loads the language's analyser now, which its first message would otherwise load. */
export function warmUpSentiment(language: Language = ENGLISH): void {
  analyserFor(language);
}

const ENGLISH_WORD = /[a-z']+/g;
const WORD = /[\p{L}']+/gu;

export function sentiment(text: string, language: Language = ENGLISH): number {
  const words = text.toLowerCase().match(language === ENGLISH ? ENGLISH_WORD : WORD);
  if (!words || words.length === 0) return 0;
  const analyser = analyserFor(language);
  if (!analyser) return 0;
  const scale = SCALES[language.sentiment!.type];
  const score = analyser.getSentiment(words.slice(0, 200)) / scale;
  return Number.isFinite(score) ? Math.max(-1, Math.min(1, score)) : 0;
}
