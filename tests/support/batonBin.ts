// Which `baton` command tests and benchmarks spawn: the compiled one in dist/ when a whole build is
// there and newer than every source it is made from (so it runs the code under test, and starts
// without compiling TypeScript), otherwise the TypeScript sources through tsx.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const COMPILED = join(ROOT, 'dist', 'src', 'cli', 'bin.js');
const STAMP = join(ROOT, 'dist', '.built');
export const SOURCE_BIN = join(__dirname, 'runSources.js');

function newestSource(): number {
  let newest = 0;
  for (const file of ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'flows.schema.json', 'transcript.schema.json']) {
    newest = Math.max(newest, statSync(join(ROOT, file)).mtimeMs);
  }
  for (const folder of ['src', 'adapters']) {
    for (const entry of readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })) {
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

/** True when dist/ holds a finished build of the sources as they are now. */
export function compiledIsCurrent(): boolean {
  return existsSync(STAMP) && existsSync(COMPILED) && statSync(STAMP).mtimeMs >= newestSource();
}

export const BATON_BIN = compiledIsCurrent() ? COMPILED : SOURCE_BIN;
