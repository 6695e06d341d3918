// The build's second step, after tsc: copies what tsc does not emit (web pages, the console's
// scripts, word lists, hand-written declarations) from src/ and adapters/ into dist/ beside the
// compiled code, so paths made from __dirname find them from both trees; writes the JSON Schema
// validators as plain JavaScript (see standaloneValidators); then stamps the build.
import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CATALOGUE_VALIDATORS } from '../config/builtinCatalogue';
import { FLOWS_VALIDATORS } from '../config/flowsSchemaValidators';
import { writeStandaloneValidators } from '../config/standaloneValidators';
import { HANDOFF_PACKET_VALIDATORS } from '../handoff/handoffPacket';
import { BUILD_STAMP } from './buildStamp';

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
  return copied;
}

if (require.main === module) {
  const root = join(__dirname, '..', '..', '..');
  const outDir = join(root, 'dist');
  console.log(`Copied ${copyAssets(root, outDir)} asset files into dist/`);
  // Run from dist/, so these are written beside the compiled standaloneValidators.
  for (const set of [FLOWS_VALIDATORS, CATALOGUE_VALIDATORS, HANDOFF_PACKET_VALIDATORS]) writeStandaloneValidators(set);
  writeFileSync(join(outDir, BUILD_STAMP), `${new Date().toISOString()}\n`);
}
