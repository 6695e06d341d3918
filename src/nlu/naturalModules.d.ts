/** Types for the two npm `natural` modules imported directly (its index also loads unrelated storage code). */
declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  const PorterStemmer: { stem(token: string): string };
  export = PorterStemmer;
}
declare module 'natural/lib/natural/util/stopwords' {
  export const words: string[];
}
