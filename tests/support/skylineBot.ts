// Skyline's broadband bot with its NLU: the sample bot of one language (the shop speaks three), for
// tests of what a one-language bot keeps as it was.
import { join } from 'node:path';
import type { CompiledBot } from '../../src/config/compiledBot';
import { loadBot } from '../../src/config/loadBot';
import { createBotNlu } from '../../src/nlu/createBotNlu';

let cached: { bot: CompiledBot; nlu: ReturnType<typeof createBotNlu> } | undefined;

export function skylineBot(): { bot: CompiledBot; nlu: ReturnType<typeof createBotNlu> } {
  if (!cached) {
    const bot = loadBot(join(__dirname, '..', '..', 'bots', 'skyline.yaml')).bot!;
    cached = { bot, nlu: createBotNlu(bot) };
  }
  return cached;
}
