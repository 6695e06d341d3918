// Trained classifiers kept on disk, so a start or a restart of an unchanged bot skips training.
// The key is a hash of everything training reads (the examples as written, the entities that mask
// them, the locale and time zone that entities read, the calibration options), Baton's version and
// the model format: any change to the bot's intents, FAQ, entities or settings, or a new Baton,
// trains anew. A start with a cached model does not even mask the examples. A file that cannot be read or parsed is
// ignored and replaced; one that cannot be written is skipped: the cache never stops a start.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { batonPackage } from '../init/batonPackage';
import { FORMAT_VERSION, type ClassifierModel } from './classifierModel';
import { deserialiseModel, serialiseModel } from './serialise';

export interface ModelCache {
  get(key: string): ClassifierModel | undefined;
  set(key: string, model: ClassifierModel): void;
}

/** The key of a training run: a hash of its inputs, Baton's version and the model format. */
export function trainingKey(inputs: unknown): string {
  return createHash('sha256').update(JSON.stringify([batonPackage().version, FORMAT_VERSION, inputs])).digest('hex').slice(0, 32);
}

/** A cache of model files in `folder` (created when first written), one per bot: a new key replaces the old file. */
export function fileModelCache(folder: string, botId: string): ModelCache {
  const file = join(folder, `${botId}.model.json`);
  return {
    get(key) {
      try {
        const stored = JSON.parse(readFileSync(file, 'utf8')) as { key?: unknown; model?: unknown };
        return stored.key === key && typeof stored.model === 'string' ? deserialiseModel(stored.model) : undefined;
      } catch {
        return undefined;
      }
    },
    set(key, model) {
      try {
        mkdirSync(folder, { recursive: true });
        writeFileSync(`${file}.tmp`, JSON.stringify({ key, model: serialiseModel(model) }));
        renameSync(`${file}.tmp`, file);
      } catch {
        // A read-only data folder only costs the next start its training.
      }
    },
  };
}
