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

/**
 * A cache of model files in `folder` (created when first written), one file per bot. A bot of several
 * languages trains a model per language: the file keeps every model this cache found or stored (the
 * models of this start), and drops the others, so a changed bot replaces its old models.
 */
export function fileModelCache(folder: string, botId: string): ModelCache {
  const file = join(folder, `${botId}.model.json`);
  const used = new Map<string, string>();
  let snapshot: Array<{ key?: unknown; model?: unknown }> | undefined;
  let written = false;
  // The file as this start found it: a model another language stored stays readable after a rewrite.
  const stored = (): Array<{ key?: unknown; model?: unknown }> => {
    if (snapshot) return snapshot;
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { key?: unknown; model?: unknown; models?: unknown };
      // One model ({ key, model }), as a one-language bot stores it, or several ({ models: [...] }).
      snapshot = Array.isArray(data.models) ? (data.models as Array<{ key?: unknown; model?: unknown }>) : [data];
    } catch {
      snapshot = [];
    }
    return snapshot;
  };
  const write = (): void => {
    const models = [...used].map(([key, model]) => ({ key, model }));
    try {
      mkdirSync(folder, { recursive: true });
      writeFileSync(`${file}.tmp`, JSON.stringify(models.length === 1 ? models[0] : { models }));
      renameSync(`${file}.tmp`, file);
      written = true;
    } catch {
      // A read-only data folder only costs the next start its training.
    }
  };
  return {
    get(key) {
      const found = stored().find((m) => m.key === key && typeof m.model === 'string');
      if (!found) return undefined;
      try {
        const model = deserialiseModel(found.model as string);
        used.set(key, found.model as string);
        // This start already rewrote the file without this model: keep it there.
        if (written) write();
        return model;
      } catch {
        return undefined;
      }
    },
    set(key, model) {
      stored();
      used.set(key, serialiseModel(model));
      write();
    },
  };
}
