// A Spanish conversation's handoff packet is written for the team, in the bot's main language: its goal,
// summary and slot texts read as every other packet does, while the transcript keeps the customer's words.
import { join } from 'node:path';
import { loadBot } from '../../src/config/loadBot';
import { createBotNlu } from '../../src/nlu/createBotNlu';
import { manualClock } from '../../src/runtime/clock';
import { createRuntime } from '../../src/runtime/createRuntime';
import { createMemoryStore } from '../../src/store/memoryStore';

const bot = loadBot(join(__dirname, '../fixtures/bilingualHandoff/bots/shop.yaml')).bot!;

it('titles a Spanish customer\'s handoff by the intent\'s main-language title, and keeps their words', async () => {
  const runtime = createRuntime({ bot, nlu: createBotNlu(bot), store: createMemoryStore(), clock: manualClock('2026-11-24T10:00:00Z') });
  await runtime.start('c1', undefined, { language: 'es' });
  const asked = await runtime.message('c1', { text: 'quiero seguir mi pedido' });
  expect(asked.replies.map((r) => r.text).join(' ')).toMatch(/pedido/);
  const handed = await runtime.message('c1', { text: 'quiero hablar con el equipo' });
  const packet = handed.handoff?.packet;
  expect(packet).toMatchObject({ language: 'es', goal: 'Talk to the team' });
  expect(packet!.summary).toMatch(/^Talk to the team/);
  expect(packet!.summary).toContain('in Spanish');
  expect(packet!.transcript.map((t) => t.text)).toContain('quiero seguir mi pedido');
});
