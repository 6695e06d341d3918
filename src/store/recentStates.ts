// The conversation states a SQLite store wrote or read lately, so that the loads of a turn (the
// channel's check of whose conversation it is, then the runtime's) and the next turn of a
// conversation in progress skip the SELECT, and all but the first the JSON parse. A state is kept
// as the JSON stored and parsed on its first read; the parsed object is then shared by the readers
// (states are read-only). Bounded by the size of the JSON kept. Coherent with other connections to
// the file (a `baton data` command in another process, a second store on the same file): when
// SQLite's data_version says another connection committed, everything is forgotten, from the next
// turn of the event loop after that commit on, as if the commit had come that little later. Writes
// of the store's own connection update it through remember and forget.
import type Database from 'better-sqlite3';
import { LRUCache } from 'lru-cache';

/** JSON characters kept at most: about a thousand conversations in progress, fewer long ones. */
export const RECENT_STATES_MAX_CHARS = 2_000_000;

export interface RecentStates {
  /** The stored state, parsed; undefined when it is not remembered. */
  state(key: string): unknown;
  /** How many transcript entries are stored for the conversation, when known. */
  transcriptStored(key: string): number | undefined;
  /** What was just committed (or read, and parsed) for the conversation. */
  remember(key: string, json: string, transcriptStored?: number, parsed?: unknown): void;
  forget(key: string): void;
}

interface Entry {
  readonly json: string;
  parsed?: unknown;
  readonly transcriptStored: number | undefined;
}

export function createRecentStates(db: Database.Database, maxChars = RECENT_STATES_MAX_CHARS): RecentStates {
  const entries = new LRUCache<string, Entry>({ maxSize: maxChars, sizeCalculation: (entry) => Math.max(1, entry.json.length) });
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  // Asking SQLite takes a read lock on the log, as much as the SELECT it saves: it is asked once per
  // turn of the event loop, which serves many loads under load.
  let seen = dataVersion.get();
  let checked = false;
  const uncheck = (): void => { checked = false; };
  const current = (key: string): Entry | undefined => {
    if (!checked) {
      checked = true;
      setImmediate(uncheck);
      const version = dataVersion.get();
      if (version !== seen) {
        entries.clear();
        seen = version;
        return undefined;
      }
    }
    return entries.get(key);
  };
  return {
    state: (key) => {
      const entry = current(key);
      if (entry === undefined) return undefined;
      entry.parsed ??= JSON.parse(entry.json);
      return entry.parsed;
    },
    transcriptStored: (key) => current(key)?.transcriptStored,
    remember: (key, json, transcriptStored, parsed) => {
      if (json.length > maxChars) return;
      entries.set(key, { json, transcriptStored, ...(parsed !== undefined ? { parsed } : {}) });
    },
    forget: (key) => {
      entries.delete(key);
    },
  };
}
