// Baton's own package.json, found from wherever this code runs: the sources (src/init) or the
// compiled tree (dist/src/init), in a checkout or installed below node_modules.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface BatonPackage {
  readonly root: string;
  readonly name: string;
  readonly version: string;
}

let found: BatonPackage | undefined;

export function batonPackage(): BatonPackage {
  if (found) return found;
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (json.name === 'baton' && json.version) return (found = { root: dir, name: json.name, version: json.version });
    }
    if (dirname(dir) === dir) throw new Error(`Baton's package.json was not found above ${__dirname}`);
  }
}
