/** Expands English contractions ("where's" -> "where is", "can't" -> "can not") in lower-case text. */

/** Whole-word forms, with or without the apostrophe, whose expansion is irregular or ambiguous. */
const WORDS: Readonly<Record<string, string>> = {
  "can't": 'can not', cant: 'can not', cannot: 'can not',
  "won't": 'will not', "shan't": 'shall not', "ain't": 'is not',
  "let's": 'let us', "i'm": 'i am', im: 'i am',
  dont: 'do not', doesnt: 'does not', didnt: 'did not', isnt: 'is not', arent: 'are not',
  wasnt: 'was not', werent: 'were not', havent: 'have not', hasnt: 'has not', hadnt: 'had not',
  wouldnt: 'would not', shouldnt: 'should not', couldnt: 'could not',
  whats: 'what is', wheres: 'where is', hows: 'how is', whos: 'who is', thats: 'that is',
  theres: 'there is', ive: 'i have', youre: 'you are', theyre: 'they are',
};

/** Words whose "'s" means "is" rather than a possessive. */
const IS_WORDS = new Set([
  'what', 'where', 'when', 'who', 'how', 'why', 'which', 'it', 'that', 'there', 'here', 'he', 'she', 'this',
]);

const SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ["n't", ' not'], ["'re", ' are'], ["'ll", ' will'], ["'ve", ' have'], ["'d", ' would'], ["'m", ' am'],
];

/** Matches only candidates: a word with an apostrophe inside, or one of the apostrophe-less forms. */
const CANDIDATE = new RegExp(
  `[a-z]+'[a-z]+|\\b(?:${Object.keys(WORDS).filter((w) => !w.includes("'")).join('|')})\\b`,
  'g',
);

function expandWord(word: string): string {
  const whole = WORDS[word];
  if (whole !== undefined) return whole;
  if (!word.includes("'")) return word;
  if (word.endsWith("'s")) {
    const stem = word.slice(0, -2);
    return IS_WORDS.has(stem) ? `${stem} is` : stem;
  }
  for (const [suffix, expansion] of SUFFIXES) {
    if (word.endsWith(suffix)) return word.slice(0, -suffix.length) + expansion;
  }
  return word;
}

/** Expands contractions word by word; `text` must already be lower case with plain apostrophes. */
export function expandContractions(text: string): string {
  return text.replace(CANDIDATE, expandWord);
}
