/**
 * The binary layout of a word-vector file, little-endian:
 *   "BATONVEC" | u32 version | u32 words | u32 dimensions | u32 byte length of the word list
 *   | the words, UTF-8, joined by "\n" | padding to 4 bytes | f32 scale per word | i8 x dimensions per word.
 * Dimension d of word w is int8[w * dimensions + d] * scale[w]. Words come most frequent first.
 */
const MAGIC = 'BATONVEC';
const VERSION = 1;
const HEADER = MAGIC.length + 16;

export interface WordVectorData {
  readonly words: readonly string[];
  readonly dimensions: number;
  readonly scales: Float32Array;
  readonly values: Int8Array;
}

/** Quantises `vectors` (one per word, `dimensions` long) into the file layout. */
export function encodeWordVectors(words: readonly string[], vectors: readonly (readonly number[])[], dimensions: number): Buffer {
  const list = Buffer.from(words.join('\n'), 'utf8');
  const listEnd = HEADER + list.length;
  const scalesAt = Math.ceil(listEnd / 4) * 4;
  const valuesAt = scalesAt + 4 * words.length;
  const file = Buffer.alloc(valuesAt + words.length * dimensions);
  file.write(MAGIC, 0, 'latin1');
  file.writeUInt32LE(VERSION, 8);
  file.writeUInt32LE(words.length, 12);
  file.writeUInt32LE(dimensions, 16);
  file.writeUInt32LE(list.length, 20);
  list.copy(file, HEADER);
  vectors.forEach((vector, w) => {
    const largest = vector.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
    const scale = largest > 0 ? largest / 127 : 1;
    file.writeFloatLE(scale, scalesAt + 4 * w);
    for (let d = 0; d < dimensions; d++) file.writeInt8(Math.round((vector[d] ?? 0) / scale), valuesAt + w * dimensions + d);
  });
  return file;
}

/** Reads a file written by `encodeWordVectors`; throws a clear error for anything else. */
export function decodeWordVectors(file: Buffer): WordVectorData {
  if (file.length < HEADER || file.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a word-vector file (no BATONVEC header)');
  const version = file.readUInt32LE(8);
  if (version !== VERSION) throw new Error(`word-vector file version ${version}; this Baton reads version ${VERSION}`);
  const count = file.readUInt32LE(12);
  const dimensions = file.readUInt32LE(16);
  const listLength = file.readUInt32LE(20);
  const scalesAt = Math.ceil((HEADER + listLength) / 4) * 4;
  const valuesAt = scalesAt + 4 * count;
  if (file.length !== valuesAt + count * dimensions) throw new Error('word-vector file is truncated or padded');
  const words = count === 0 ? [] : file.toString('utf8', HEADER, HEADER + listLength).split('\n');
  if (words.length !== count) throw new Error(`word-vector file lists ${words.length} words, its header says ${count}`);
  const bytes = new Uint8Array(file.buffer, file.byteOffset, file.length);
  const scales = new Float32Array(bytes.slice(scalesAt, valuesAt).buffer);
  const values = new Int8Array(bytes.buffer, bytes.byteOffset + valuesAt, count * dimensions);
  return { words, dimensions, scales, values };
}
