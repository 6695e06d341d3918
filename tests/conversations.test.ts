// Every sample conversation in tests/conversations/, sub-folders included, runs through the real
// loader, NLU, engine and runtime; each conversation is one test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { parse } from 'yaml';
import { BotCache, NOT_RUN, runTranscript, type ConversationResult } from '../src/testing/runTranscript';

const dir = join(__dirname, 'conversations');
const files = globSync(['**/*.yaml', '**/*.yml'], { cwd: dir }).sort();
const bots = new BotCache();

describe.each(files)('conversation transcript %s', (file) => {
  const names: string[] = (parse(readFileSync(join(dir, file), 'utf8')).conversations as Array<{ name: string }>).map((c) => c.name);
  let results: ConversationResult[] = [];
  beforeAll(async () => {
    results = await runTranscript(join(dir, file), bots);
  }, 60_000);

  it.each(names)('%s', (name) => {
    // A file that was not run (schema problems, a bot that does not load) fails every conversation with its problems.
    const result = results.find((r) => r.name === name) ?? results.find((r) => r.name === NOT_RUN);
    expect(result).toBeDefined();
    expect(result!.failures.map((f) => `${f.line}:${f.col} ${f.message}`)).toEqual([]);
  });
});
