// `baton test [files, folders or globs...]`: runs conversation transcripts (default: every one
// below tests/conversations/) and prints each failing turn with its place in the file, what was
// expected and what came; a file that does not follow transcript.schema.json is not run, and its
// problems are printed where they are.
import { BotCache, runTranscript, type ConversationResult } from '../testing/runTranscript';
import type { CommandIO } from './commandIO';
import { DEFAULT_TRANSCRIPTS, findTranscripts } from './findTranscripts';
import { findManifests } from './findManifests';
import { formatProblem } from './formatProblem';

export async function testCommand(args: readonly string[], io: CommandIO): Promise<number> {
  const { files, problems } = findTranscripts(args);
  if (problems.length > 0 || files.length === 0) {
    for (const problem of problems) io.err(problem);
    if (args.length === 0) io.err(`No transcripts: pass files, folders or globs, or put them in ${DEFAULT_TRANSCRIPTS}/.`);
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
      for (const f of result.failures) {
        const text = f.problem ? formatProblem(f.problem) : `${result.file}:${f.line}:${f.col} ${f.message}`;
        io.out(text.replace(/^/gm, '       '));
      }
    }
  }
  io.out(`\n${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}
