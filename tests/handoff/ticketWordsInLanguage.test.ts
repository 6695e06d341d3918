// What a ticket says to its customer outside a turn (the emailed answer, the reply shown when they come
// back, the agent joining without a known name) is in the language they wrote in.
import { join } from 'node:path';
import { loadBot } from '../../src/config/loadBot';
import { botInLanguage } from '../../src/config/botInLanguage';
import { builtinText } from '../../src/handoff/builtinText';
import type { HandoffRecord } from '../../src/handoff/handoffRecord';
import { ticketEmail } from '../../src/handoff/ticketEmail';
import { createBotNlu } from '../../src/nlu/createBotNlu';
import { manualClock } from '../../src/runtime/clock';
import { createRuntime } from '../../src/runtime/createRuntime';
import { createMemoryStore } from '../../src/store/memoryStore';
import { botLanguage } from '../../src/language/botLanguage';

const bot = loadBot(join(__dirname, '../fixtures/bilingualHandoff/bots/shop.yaml')).bot!;

async function ticketIn(language: string, text: string): Promise<HandoffRecord> {
  const runtime = createRuntime({ bot, nlu: createBotNlu(bot), store: createMemoryStore(), clock: manualClock('2026-11-29T10:00:00Z') });
  await runtime.start('c1', undefined, { language });
  const { handoff } = await runtime.message('c1', { text });
  const packet = { ...handoff!.packet, customer: { ...handoff!.packet.customer, email: 'lucia@example.com' }, slots: { ...handoff!.packet.slots, filled: { ...handoff!.packet.slots.filled, message: 'Mi cargador llegó roto' } } };
  return { id: 'a1b2c3d4-0000-4000-8000-000000000000', botId: bot.id, conversationId: 'c1', queue: packet.queue, priority: packet.priority, status: 'ticket', packet, createdAt: packet.createdAt, messages: [] };
}

describe('a ticket\'s words to its customer', () => {
  it('emails a Spanish customer\'s answer in Spanish, dated in Spanish', async () => {
    const mail = ticketEmail(bot, await ticketIn('es', 'quiero hablar con el equipo'), { id: 'x', at: '2026-11-30T09:00:00Z', agentId: 'sofia', text: 'Te enviamos otro hoy.' });
    expect(mail.subject).toBe('Re: tu mensaje a Shop [incidencia A1B2C3D4]');
    expect(mail.text.split('\n').slice(0, 4)).toEqual(['Te enviamos otro hoy.', '', 'Tu mensaje del 29 nov 2026:', '> Mi cargador llegó roto']);
  });

  it('keeps an English customer\'s email as it was', async () => {
    const mail = ticketEmail(bot, await ticketIn('en', 'I want to talk to the team'), { id: 'x', at: '2026-11-30T09:00:00Z', agentId: 'ann', text: 'Another is on its way.' });
    expect(mail.subject).toBe('Re: your message to Shop [ticket A1B2C3D4]');
    expect(mail.text).toContain('Your message of 29 Nov 2026:\n> Mi cargador llegó roto');
  });

  it('has the reply shown in a later chat, and an agent of unknown name, in the chat\'s language', () => {
    const spanish = botInLanguage(bot, 'es');
    expect(builtinText(spanish, 'ticketReply', 't1', { date: '29 nov 2026', answer: 'Ya está.' })).toBe('Tienes una respuesta a tu mensaje del 29 nov 2026: Ya está.');
    expect(builtinText(spanish, 'agentJoined', 'c1', { agent: botLanguage(spanish).phrases.theAgent, bot: 'Shop' })).toBe('Un agente de Shop se ha unido a la conversación.');
  });
});
