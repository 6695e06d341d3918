// The sentiment of a message, -1 (angry) to 1 (happy), from natural's AFINN-based analyser.
// Only natural's sentiment and stemmer modules are loaded, not the package index.
import { SentimentAnalyzer } from 'natural/lib/natural/sentiment';
import { PorterStemmer } from 'natural/lib/natural/stemmers';

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

const analyser = new SentimentAnalyzer('English', rememberingStemmer, 'afinn');

/** AFINN scores words from -5 to 5; the analyser averages them over the message's words. */
const SCALE = 2.5;

export function sentiment(text: string): number {
  const words = text.toLowerCase().match(/[a-z']+/g);
  if (!words || words.length === 0) return 0;
  const score = analyser.getSentiment(words.slice(0, 200)) / SCALE;
  return Number.isFinite(score) ? Math.max(-1, Math.min(1, score)) : 0;
}
