// `baton test [files...]`: runs conversation transcripts (default tests/conversations/*.yaml) and
// prints each failing turn with its place in the file, what was expected and what came.
import { globSync } from 'tinyglobby';
import { BotCache, runTranscript, type ConversationResult } from '../testing/runTranscript';
import type { CommandIO } from './commandIO';
import { findManifests } from './findManifests';

export async function testCommand(args: readonly string[], io: CommandIO): Promise<number> {
  const files = args.length > 0 ? [...args] : globSync(['tests/conversations/*.yaml'], { onlyFiles: true }).sort();
  if (files.length === 0) {
    io.err('No transcripts: pass files, or put them in tests/conversations/.');
    return 1;
  }
  const bots = new BotCache();
  const defaultBot = findManifests()[0];
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    const results: ConversationResult[] = await runTranscript(file, bots, defaultBot);
    for (const result of results) {
      if (result.failures.length === 0) {
        passed++;
        io.out(`  ok   ${result.file}: ${result.name}`);
        continue;
      }
      failed++;
      io.out(`  FAIL ${result.file}: ${result.name}`);
      for (const f of result.failures) io.out(`       ${result.file}:${f.line}:${f.col} ${f.message}`);
    }
  }
  io.out(`\n${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}
