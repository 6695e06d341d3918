// The sentiment of a message, -1 (angry) to 1 (happy), from natural's AFINN-based analyser.
// Only natural's sentiment and Porter stemmer modules are loaded, not the package index, and only
// when the first message is scored: the analyser reads every language's word lists, a fifth of a
// start.
import type { SentimentAnalyzer as Analyser } from 'natural/lib/natural/sentiment';
import PorterStemmer = require('natural/lib/natural/stemmers/porter_stemmer');

/** Porter stems, remembered: the analyser stems every word of every message it is not listed under. */
const STEM_CACHE_LIMIT = 50_000;
const stems = new Map<string, string>();
const rememberingStemmer: typeof PorterStemmer = Object.assign(Object.create(PorterStemmer), {
  stem(word: string): string {
    let stemmed = stems.get(word);
    if (stemmed === undefined) {
      stemmed = PorterStemmer.stem(word);
      if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
      stems.set(word, stemmed);
    }
    return stemmed;
  },
});

let analyser: Analyser | undefined;

function englishAnalyser(): Analyser {
  const { SentimentAnalyzer } = require('natural/lib/natural/sentiment') as typeof import('natural/lib/natural/sentiment');
  // The remembering stemmer is natural's Porter stemmer underneath (its prototype), with all its methods.
  return new SentimentAnalyzer('English', rememberingStemmer as unknown as ConstructorParameters<typeof SentimentAnalyzer>[1], 'afinn');
}

/** AFINN scores words from -5 to 5; the analyser averages them over the message's words. */
const SCALE = 2.5;

/** Loads the analyser now, which the first message would otherwise load. */
export function warmUpSentiment(): void {
  analyser ??= englishAnalyser();
}

export function sentiment(text: string): number {
  const words = text.toLowerCase().match(/[a-z']+/g);
  if (!words || words.length === 0) return 0;
  analyser ??= englishAnalyser();
  const score = analyser.getSentiment(words.slice(0, 200)) / SCALE;
  return Number.isFinite(score) ? Math.max(-1, Math.min(1, score)) : 0;
}
