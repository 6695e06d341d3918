/**
 * Model (de)serialisation as JSON with a format version. Typed arrays are stored as base64 of their
 * little-endian bytes; the feature tables and the word rows are rebuilt on load.
 */
import { charGramKeys } from './charGrams';
import { FORMAT_VERSION, type Calibration, type ClassifierModel } from './classifierModel';
import type { FeatureOptions } from './featureOptions';
import { buildFeatureTable, lookupFeature, type FeatureTable } from './featureTable';
import type { Postings } from './postings';
import { spellingCorrector, type SpellingCorrector } from './spelling/spellingCorrector';
import type { Language } from '../language/language';
import { languageByCode } from '../language/languageOf';
import type { VectorModel } from './vectors/vectorModel';
import { foldWordRows } from './wordRows';

type TypedArray = Int32Array | Uint32Array | Uint16Array | Float32Array;

function encode(array: TypedArray): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

function decode<T extends TypedArray>(text: unknown, make: (buffer: ArrayBuffer) => T): T {
  if (typeof text !== 'string') invalid('missing array data');
  const bytes = Buffer.from(text, 'base64');
  return make(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** The table's keys in id order. */
function tableKeys(table: FeatureTable): Uint32Array {
  const keys = new Uint32Array(table.size);
  table.slotIds.forEach((id, slot) => id > 0 && (keys[id - 1] = table.slotKeys[slot]!));
  return keys;
}

const vectorsJson = (v: VectorModel) => ({
  dimensions: v.dimensions,
  candidates: v.candidates,
  weight: v.weight,
  weights: encode(v.weights),
  bias: encode(v.bias),
  idfWords: [...v.idf.keys()],
  idf: encode(Float32Array.from(v.idf.values())),
  unseenIdf: v.unseenIdf,
});

const postingsJson = (p: Postings) => ({ offsets: encode(p.offsets), intents: encode(p.intents), weights: encode(p.weights) });

/** The model as a JSON string. */
export function serialiseModel(model: ClassifierModel): string {
  const { scoring } = model;
  return JSON.stringify({
    formatVersion: model.formatVersion,
    labels: model.labels,
    features: model.features,
    alpha: model.alpha,
    calibration: model.calibration,
    vocabulary: [...model.vocabulary.keys()],
    wordKeys: encode(tableKeys(model.wordTable)),
    charKeys: encode(tableKeys(model.charTable)),
    word: postingsJson(scoring.word),
    char: postingsJson(scoring.char),
    bias: encode(scoring.bias),
    massWeight: encode(scoring.massWeight),
    ...(model.vectors ? { vectors: vectorsJson(model.vectors) } : {}),
    spelling: { words: model.spelling.words, counts: [...model.spelling.counts] },
  });
}

function postings(json: { offsets?: unknown; intents?: unknown; weights?: unknown }): Postings {
  return {
    offsets: decode(json.offsets, (b) => new Int32Array(b)),
    intents: decode(json.intents, (b) => new Uint16Array(b)),
    weights: decode(json.weights, (b) => new Float32Array(b)),
  };
}

function vectors(json: Record<string, unknown>, classes: number): VectorModel {
  const words = strings(json.idfWords, 'vector idf words');
  const idf = decode(json.idf, (b) => new Float32Array(b));
  const weights = decode(json.weights, (b) => new Float32Array(b));
  const dimensions = Number(json.dimensions);
  if (idf.length !== words.length || weights.length !== classes * dimensions) invalid('vector part sizes do not match');
  return {
    classes,
    dimensions,
    candidates: Number(json.candidates),
    weight: Number(json.weight),
    weights,
    bias: decode(json.bias, (b) => new Float32Array(b)),
    idf: new Map(words.map((w, i) => [w, idf[i]!])),
    unseenIdf: Number(json.unseenIdf),
  };
}

function spelling(json: { words?: unknown; counts?: unknown }, language: Language): SpellingCorrector {
  const words = strings(json.words, 'spelling words');
  const { counts } = json;
  const valid = Array.isArray(counts) && counts.length === words.length && counts.every((n) => Number.isInteger(n) && n >= 0);
  return valid ? spellingCorrector(words, Uint32Array.from(counts), undefined, language) : invalid('spelling counts must be one whole number per word');
}

function invalid(what: string): never {
  throw new Error(`Invalid classifier model: ${what}`);
}

function strings(value: unknown, what: string): string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : invalid(`${what} must be a list of strings`);
}

function object<T>(value: unknown, what: string): T {
  return typeof value === 'object' && value !== null ? (value as T) : invalid(`missing ${what}`);
}

/** A model from `serialiseModel`'s output; throws a clear error for another format version. */
export function deserialiseModel(json: string): ClassifierModel {
  const data = object<Record<string, unknown>>(JSON.parse(json), 'model');
  if (data.formatVersion !== FORMAT_VERSION) {
    throw new Error(
      `Unsupported classifier model format version ${JSON.stringify(data.formatVersion)}: ` +
        `this version of Baton reads version ${FORMAT_VERSION}; retrain the model.`,
    );
  }
  const labels = strings(data.labels, 'labels');
  const features = object<FeatureOptions>(data.features, 'feature options');
  const words = strings(data.vocabulary, 'vocabulary');
  const wordTable = buildFeatureTable(decode(data.wordKeys, (b) => new Uint32Array(b)));
  const charTable = buildFeatureTable(decode(data.charKeys, (b) => new Uint32Array(b)));
  const char = postings(object(data.char, 'character postings'));
  const charIds = words.map((w) => Int32Array.from(charGramKeys(w, features), (k) => lookupFeature(charTable, k)));
  return {
    formatVersion: FORMAT_VERSION,
    labels,
    features,
    alpha: Number(data.alpha),
    wordTable,
    charTable,
    vocabulary: new Map(words.map((w, i) => [w, i])),
    scoring: {
      classes: labels.length,
      word: postings(object(data.word, 'word postings')),
      char,
      ...foldWordRows(char, charIds, labels.length),
      bias: decode(data.bias, (b) => new Float32Array(b)),
      massWeight: decode(data.massWeight, (b) => new Float32Array(b)),
    },
    ...(data.vectors === undefined ? {} : { vectors: vectors(object(data.vectors, 'vector part'), labels.length) }),
    calibration: object<Calibration>(data.calibration, 'calibration'),
    spelling: spelling(object(data.spelling, 'spelling words'), languageByCode(features.language)),
  };
}
