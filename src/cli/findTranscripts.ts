// The transcript files `baton test` runs: files as given, every *.yaml and *.yml below a folder,
// and the files a glob matches; without arguments, everything below tests/conversations/. An
// argument that names nothing is a problem, so a typo never passes as "0 passed, 0 failed".
import { statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

export const DEFAULT_TRANSCRIPTS = 'tests/conversations';

export interface FoundTranscripts {
  /** In the order of the arguments, each file once; sorted within a folder or a glob. */
  readonly files: readonly string[];
  /** One line for each argument that names no transcript. */
  readonly problems: readonly string[];
}

export function findTranscripts(args: readonly string[], cwd = process.cwd()): FoundTranscripts {
  const files = new Map<string, string>();
  const problems: string[] = [];
  for (const arg of args.length > 0 ? args : [DEFAULT_TRANSCRIPTS]) {
    const found = expand(arg, cwd);
    if (typeof found === 'string') problems.push(found);
    else for (const file of found) if (!files.has(resolve(cwd, file))) files.set(resolve(cwd, file), file);
  }
  return { files: [...files.values()], problems };
}

function expand(arg: string, cwd: string): string[] | string {
  const kind = kindOf(resolve(cwd, arg));
  if (kind === 'file') return [arg];
  if (kind === 'folder') {
    const found = globSync(['**/*.yaml', '**/*.yml'], { cwd: resolve(cwd, arg), onlyFiles: true });
    return found.length > 0 ? found.sort().map((f) => join(arg, f)) : `${arg}: the folder holds no transcripts (*.yaml, *.yml).`;
  }
  if (isDynamicPattern(arg)) {
    const found = globSync([arg], { cwd, onlyFiles: true, absolute: isAbsolute(arg) });
    return found.length > 0 ? found.sort() : `${arg}: no file matches this pattern.`;
  }
  return `${arg}: no such file or folder.`;
}

function kindOf(path: string): 'file' | 'folder' | undefined {
  try {
    const stat = statSync(path);
    return stat.isDirectory() ? 'folder' : 'file';
  } catch {
    return undefined;
  }
}
