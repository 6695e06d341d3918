// Which `baton` command tests and benchmarks spawn: the compiled one in dist/ when a whole build is
// there and newer than every source it is made from (so it runs the code under test, and starts
// without compiling TypeScript), otherwise the TypeScript sources through tsx.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildIsCurrent } from '../../src/build/buildIsCurrent';

const ROOT = join(__dirname, '..', '..');
export const COMPILED = join(ROOT, 'dist', 'src', 'cli', 'bin.js');
export const SOURCE_BIN = join(__dirname, 'runSources.js');

/** True when dist/ holds a finished build of the sources as they are now. */
export function compiledIsCurrent(): boolean {
  return existsSync(COMPILED) && buildIsCurrent(ROOT);
}

export const BATON_BIN = compiledIsCurrent() ? COMPILED : SOURCE_BIN;
