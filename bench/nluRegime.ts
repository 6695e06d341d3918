/**
 * The regimes real bots live in, made from a data set in CLINC150's layout: few examples per intent
 * (K of each intent's training examples, seeded; the rest unused) and customers' typos (one seeded
 * typo per test message: a swapped, dropped, added or changed letter in one word).
 */
import { seededRandom, shuffle } from '../src/nlu/random';
import type { Example, IntentData } from './nlu-data';

/** K training examples per intent, the same K for the same seed. */
export function fewShot(data: IntentData, shots: number, seed = 1): IntentData {
  const random = seededRandom(seed);
  const byIntent = new Map<string, Example[]>();
  for (const example of data.train) byIntent.set(example.label, [...(byIntent.get(example.label) ?? []), example]);
  const train = [...byIntent.values()].flatMap((examples) => shuffle([...examples], random).slice(0, shots));
  return { ...data, train, oosTrain: shuffle([...data.oosTrain], random).slice(0, shots) };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The test messages with one typo each, seeded; words of fewer than three letters are left alone. */
export function withTypos(data: IntentData, seed = 1): IntentData {
  const random = seededRandom(seed);
  return {
    ...data,
    test: data.test.map((e) => ({ ...e, text: typo(e.text, random) })),
    oosTest: data.oosTest.map((text) => typo(text, random)),
  };
}

/** One typo in one word of at least three letters, or the text as it is when it has none. */
export function typo(text: string, random: () => number): string {
  const words = [...text.matchAll(/[a-z]{3,}/gi)];
  if (words.length === 0) return text;
  const word = words[Math.floor(random() * words.length)]!;
  const w = word[0];
  const i = Math.floor(random() * w.length);
  const letter = LETTERS[Math.floor(random() * LETTERS.length)]!;
  const kind = Math.floor(random() * 4);
  const swapped = i < w.length - 1 ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) : w;
  const replaced = w.slice(0, i) + (letter === w[i]!.toLowerCase() ? LETTERS[(LETTERS.indexOf(letter) + 1) % 26]! : letter) + w.slice(i + 1);
  const changed =
    kind === 0 && swapped !== w ? swapped // swap neighbours ("ll" would not change: then change a letter)
      : kind === 1 ? w.slice(0, i) + w.slice(i + 1) // drop
        : kind === 2 ? w.slice(0, i) + letter + w.slice(i) // add
          : replaced; // change
  return text.slice(0, word.index) + changed + text.slice(word.index! + w.length);
}
