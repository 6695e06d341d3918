// The shop bot of tests/fixtures/bilingual (English, and Spanish), compiled once, with its NLU, for the
// channel tests that hand a customer's language in.
import { join } from 'node:path';
import type { CompiledBot } from '../../src/config/compiledBot';
import { loadBot } from '../../src/config/loadBot';
import { createBotNlu } from '../../src/nlu/createBotNlu';

let cached: { bot: CompiledBot; nlu: ReturnType<typeof createBotNlu> } | undefined;

export function bilingualBot(): { bot: CompiledBot; nlu: ReturnType<typeof createBotNlu> } {
  if (!cached) {
    const bot = loadBot(join(__dirname, '..', 'fixtures', 'bilingual', 'bots', 'shop.yaml')).bot!;
    cached = { bot, nlu: createBotNlu(bot) };
  }
  return cached;
}
