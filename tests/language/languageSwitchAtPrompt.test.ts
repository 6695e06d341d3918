// A customer who asks for another language while the bot waits on its own "anything else?" hears the
// question again in that language, with its buttons, and can answer it there.
import { join } from 'node:path';
import { loadBot } from '../../src/config/loadBot';
import { createBotNlu } from '../../src/nlu/createBotNlu';
import { manualClock } from '../../src/runtime/clock';
import { createRuntime } from '../../src/runtime/createRuntime';
import { createMemoryStore } from '../../src/store/memoryStore';
import { SPANISH_MESSAGES } from '../../src/language/messages/es';

const bot = loadBot(join(__dirname, '../fixtures/bilingual/bots/shop.yaml')).bot!;

it('asks "anything else?" again in the language the customer chose', async () => {
  const runtime = createRuntime({ bot, nlu: createBotNlu(bot), store: createMemoryStore(), clock: manualClock('2026-11-24T10:00:00Z') });
  await runtime.start('c1');
  await runtime.message('c1', { text: 'where is my order' });
  const done = await runtime.message('c1', { text: '#12345' });
  expect(done.state.prompt).toEqual({ kind: 'anythingElse' });
  const switched = await runtime.message('c1', { text: 'Spanish please' });
  expect(switched.replies.map((r) => r.text)).toEqual(['Claro, seguimos en español.', ...SPANISH_MESSAGES.anythingElse!.slice(0, 1)]);
  expect(switched.replies[1]!.quickReplies?.map((q) => q.title)).toEqual(['Sí', 'No']);
  expect(switched.state.prompt).toEqual({ kind: 'anythingElse' });
});
