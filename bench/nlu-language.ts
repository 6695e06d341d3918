/**
 * The benchmark's `--language` option: the language Baton trains with (features.language), the
 * stemmer natural's BayesClassifier gets for the same language (natural's own module, the one the
 * language table stems with), and the data set written for it in bench/data/languages.
 */
import { existsSync } from 'node:fs';
import type { Stemmer } from 'natural/lib/natural/stemmers';
import type { Language } from '../src/language/language';
import { languageOf, SUPPORTED_LANGUAGE_CODES } from '../src/language/languageOf';

/** natural's stemmer module for each supported language, as src/language/languages.ts uses it. */
const NATURAL_STEMMERS: Readonly<Record<string, string>> = {
  en: 'porter_stemmer', es: 'porter_stemmer_es', de: 'porter_stemmer_de', fr: 'porter_stemmer_fr',
  it: 'porter_stemmer_it', pt: 'porter_stemmer_pt', nl: 'porter_stemmer_nl',
};

/** natural's stemmer as its classifiers take it: tokeniser, stop words and stemmer in one. */
export type NaturalStemmer = Stemmer;

export interface BenchLanguage {
  readonly language: Language;
  /** natural's stemmer module name, e.g. "porter_stemmer_es". */
  readonly naturalStemmerName: string;
  readonly naturalStemmer: () => NaturalStemmer;
  /** The CLINC150-style subset in this language (bench/data/languages/<code>.json), when there is one. */
  readonly dataFile?: string;
}

export function languageDataFile(code: string): string {
  return `bench/data/languages/${code}.json`;
}

/** The language `--language` names, or a clear error listing the supported ones. */
export function benchLanguage(code: string): BenchLanguage {
  const language = languageOf(code);
  const stemmerName = language ? NATURAL_STEMMERS[language.code] : undefined;
  if (!language || !stemmerName) {
    throw new Error(`--language ${JSON.stringify(code)} is not a supported language; use one of: ${SUPPORTED_LANGUAGE_CODES.join(', ')}`);
  }
  const dataFile = languageDataFile(language.code);
  return {
    language,
    naturalStemmerName: stemmerName,
    naturalStemmer: () => require(`natural/lib/natural/stemmers/${stemmerName}`) as NaturalStemmer,
    ...(existsSync(dataFile) ? { dataFile } : {}),
  };
}
