// The build's second step, after tsc: copies what tsc does not emit (web pages, the console's
// scripts, word lists, hand-written declarations) from src/ and adapters/ into dist/ beside the
// compiled code, so paths made from __dirname find them from both trees; then stamps the build.
import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Written last, so its presence means a whole build; its time is when the build ended. */
export const BUILD_STAMP = '.built';

const isAsset = (file: string): boolean => file.endsWith('.d.ts') || !/\.(ts|tsx|mts|cts)$/.test(file);

export function copyAssets(root: string, outDir = join(root, 'dist')): number {
  let copied = 0;
  for (const folder of ['src', 'adapters']) {
    for (const entry of readdirSync(join(root, folder), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !isAsset(entry.name)) continue;
      const from = join(entry.parentPath, entry.name);
      cpSync(from, join(outDir, relative(root, from)));
      copied++;
    }
  }
  writeFileSync(join(outDir, BUILD_STAMP), `${new Date().toISOString()}\n`);
  return copied;
}

if (require.main === module) {
  const root = join(__dirname, '..', '..', '..');
  console.log(`Copied ${copyAssets(root)} asset files into dist/`);
}
