// A temporary data folder for CLI tests: BATON_DATA_DIR points at it with BATON_STORE=sqlite (so a
// command opens <bot>.db there) until `restore` puts the environment back and deletes the folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function useCommandDataDir(prefix: string): { readonly dir: string; restore(): void } {
  const before = { BATON_DATA_DIR: process.env.BATON_DATA_DIR, BATON_STORE: process.env.BATON_STORE };
  const dir = mkdtempSync(join(tmpdir(), prefix));
  process.env.BATON_DATA_DIR = dir;
  process.env.BATON_STORE = 'sqlite';
  return {
    dir,
    restore() {
      for (const [name, value] of Object.entries(before)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
