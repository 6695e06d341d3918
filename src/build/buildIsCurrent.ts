// Whether dist/ holds a finished build of a checkout's sources as they are now: its stamp (written
// last by the build) is newer than every file the build reads.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_STAMP } from './buildStamp';

const BUILD_INPUTS = ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'flows.schema.json', 'transcript.schema.json'];
const SOURCE_FOLDERS = ['src', 'adapters'];

function newestSource(root: string): number {
  let newest = 0;
  for (const file of BUILD_INPUTS) newest = Math.max(newest, statSync(join(root, file)).mtimeMs);
  for (const folder of SOURCE_FOLDERS) {
    for (const entry of readdirSync(join(root, folder), { recursive: true, withFileTypes: true })) {
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

/** True when `root`/dist is a whole build no older than the sources beside it. */
export function buildIsCurrent(root: string): boolean {
  const stamp = join(root, 'dist', BUILD_STAMP);
  return existsSync(stamp) && statSync(stamp).mtimeMs >= newestSource(root);
}

/** A checkout has its sources beside dist/; an installed package has only dist/. */
export const isCheckout = (root: string): boolean => existsSync(join(root, 'src')) && existsSync(join(root, 'tsconfig.build.json'));
