// A queue that needs the customer's language (`matchLanguage: true`), on a real server with SQLite:
// a Spanish customer whom no Spanish-speaking agent can take is told so in Spanish and kept as a
// ticket instead of waiting for ever; once one signs in, the Spanish customer waits in Spanish, an
// English-only agent neither sees nor can claim the conversation, the Spanish speaker does, and the
// customer hears them join in Spanish. The analytics count each language apart.
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createRestChannel } from '../../adapters/rest/restChannel';
import { loadBot } from '../../src/config/loadBot';
import { createBotNlu } from '../../src/nlu/createBotNlu';
import { manualClock } from '../../src/runtime/clock';
import { createBatonApp, type BatonApp } from '../../src/server/createBatonApp';
import { createLogger } from '../../src/server/logger';
import { sqliteStores } from '../../src/store/openStores';
import { callJson } from '../support/agentConsoleServer';

const MANIFEST = join(__dirname, '../fixtures/bilingualHandoff/bots/shop.yaml');

let app: BatonApp;
let url: string;

beforeAll(async () => {
  const bot = loadBot(MANIFEST).bot!;
  app = createBatonApp({ bot, nlu: createBotNlu(bot), stores: sqliteStores(':memory:'), channels: [createRestChannel()], log: createLogger('silent'), clock: manualClock('2026-11-24T10:00:00Z') });
  await app.accounts.save({ id: 'ann', name: 'Ann Lee', queues: ['orders', 'general'], capacity: 3 }, 'ann-password');
  await app.accounts.save({ id: 'sofia', name: 'Sofía Ruiz', queues: ['orders'], capacity: 3, languages: ['en', 'es'] }, 'sofia-password');
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => { app.server.server.closeAllConnections(); app.server.close(() => resolve()); }));

const call = (method: string, path: string, body?: unknown, token?: string) => callJson(url, method, path, body, token);
const signIn = async (agentId: string): Promise<string> => (await call('POST', '/api/agent/login', { agentId, password: `${agentId}-password` })).json.token as string;
const texts = (replies: readonly { text: string }[]): string[] => replies.map((r) => r.text);

/** A REST customer whose conversation was started in `language` (as a channel that says so would); returns what they are told when they ask for the team. */
async function asksForTheTeam(userId: string, language: 'en' | 'es'): Promise<{ conversationId: string; replies: string[] }> {
  const conversationId = `rest-${userId}`;
  await app.runtime.start(conversationId, { channel: 'rest', userId }, { language });
  const text = language === 'es' ? 'quiero hablar con el equipo' : 'I want to talk to the team';
  const res = await call('POST', '/api/chat', { conversationId, userId, text });
  expect(res.status).toBe(200);
  return { conversationId, replies: texts(res.json.replies) };
}

/** The customer's messages from agents and the queue, once `count` have come (they are delivered after the call that caused them). */
async function inbox(conversationId: string, userId: string, count: number): Promise<string[]> {
  const got: string[] = [];
  for (let i = 0; i < 50 && got.length < count; i++) {
    got.push(...texts((await call('GET', `/api/chat/${conversationId}/messages?userId=${userId}`)).json.messages));
    if (got.length < count) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return got;
}

describe('a queue that needs the customer\'s language', () => {
  let ann: string;

  it('keeps a Spanish customer\'s request as a ticket, told in Spanish, while only English-speaking agents are online', async () => {
    ann = await signIn('ann');
    // What the web chat page asks before offering a person: for a Spanish customer, nobody can take orders.
    expect((await call('GET', '/api/chat/agents?language=es-ES')).json).toEqual({ online: true, queues: { orders: false, general: true } });
    expect((await call('GET', '/api/chat/agents?language=en')).json.queues).toEqual({ orders: true, general: true });
    expect((await call('GET', '/api/chat/agents?language=de')).json.queues).toEqual({ orders: true, general: true }); // not served: as without
    const lucia = await asksForTheTeam('lucia', 'es');
    expect(lucia.replies).toEqual(['Ahora mismo no hay nadie del equipo libre para atenderte.', 'He pasado tu solicitud al equipo con todo lo que me has contado; la atenderán en cuanto puedan.']);
    const [ticket] = await app.service.store.list({ conversationId: lucia.conversationId });
    expect(ticket).toMatchObject({ status: 'ticket', queue: 'orders', packet: { language: 'es' } });
    expect(ticket!.packet.summary).toContain('in Spanish');

    // The same queue is staffed for an English customer: Ann speaks the bot's main language.
    const kim = await asksForTheTeam('kim', 'en');
    expect(kim.replies.at(-1)).toMatch(/^You're number 1 in the queue/);
    const [waiting] = await app.service.store.list({ conversationId: kim.conversationId });
    expect(waiting).toMatchObject({ status: 'waiting', packet: { language: 'en' } });
    expect(waiting!.packet.summary).not.toContain('in English');
  });

  it('lists and gives a Spanish conversation only to an agent who speaks Spanish, who joins it in Spanish', async () => {
    const sofia = await signIn('sofia');
    expect((await call('GET', '/api/chat/agents?language=es')).json.queues).toEqual({ orders: true, general: true });
    const marta = await asksForTheTeam('marta', 'es');
    // Counted among the Spanish conversations waiting (Kim's English one is not ahead of her), in Spanish.
    expect(marta.replies.at(-1)).toMatch(/^Eres el número 1 de la cola/);

    const annQueue = await call('GET', '/api/agent/queue', undefined, ann);
    expect(annQueue.json.handoffs.map((h: { conversationId: string }) => h.conversationId)).toEqual(['rest-kim']);
    const sofiaQueue = await call('GET', '/api/agent/queue', undefined, sofia);
    const entry = sofiaQueue.json.handoffs.find((h: { conversationId: string }) => h.conversationId === marta.conversationId);
    expect(entry).toMatchObject({ language: 'es', queue: 'orders', status: 'waiting' });
    expect(sofiaQueue.json.handoffs.map((h: { conversationId: string }) => h.conversationId).sort()).toEqual(['rest-kim', 'rest-marta']);

    const refused = await call('POST', `/api/agent/handoffs/${entry.id}/claim`, {}, ann);
    expect(refused).toEqual({ status: 409, json: { error: { code: 'language', message: 'The conversation is in Spanish, and queue orders needs an agent who speaks it: you speak English.' } } });
    const claimed = await call('POST', `/api/agent/handoffs/${entry.id}/claim`, {}, sofia);
    expect(claimed.status).toBe(200);
    expect(await inbox(marta.conversationId, 'marta', 1)).toEqual(['Sofía Ruiz de Shop se ha unido a la conversación.']);
  });

  it('will not transfer a Spanish conversation to an agent who does not speak Spanish', async () => {
    const sofia = await signIn('sofia');
    const [held] = await app.service.store.list({ conversationId: 'rest-marta' });
    const refused = await call('POST', `/api/agent/handoffs/${held!.id}/transfer`, { agentId: 'ann' }, sofia);
    expect(refused).toEqual({ status: 409, json: { error: { code: 'language', message: 'The conversation is in Spanish, and queue orders needs an agent who speaks it: Ann Lee speaks English.' } } });
    // To a queue that does not need the language, any of its agents may take it.
    const moved = await call('POST', `/api/agent/handoffs/${held!.id}/transfer`, { queue: 'general', agentId: 'ann' }, sofia);
    expect(moved).toMatchObject({ status: 200, json: { queue: 'general', agentId: 'ann' } });
  });

  it('keeps a Spanish ticket for the agents who speak Spanish', async () => {
    const [ann, sofia] = [await signIn('ann'), await signIn('sofia')];
    expect((await call('GET', '/api/agent/tickets', undefined, ann)).json.tickets).toEqual([]);
    const listed = (await call('GET', '/api/agent/tickets', undefined, sofia)).json.tickets;
    expect(listed).toEqual([expect.objectContaining({ conversationId: 'rest-lucia', language: 'es', status: 'open' })]);
    const refused = await call('POST', `/api/agent/tickets/${listed[0].id}/claim`, {}, ann);
    expect(refused).toMatchObject({ status: 409, json: { error: { code: 'language' } } });
    expect((await call('POST', `/api/agent/tickets/${listed[0].id}/claim`, {}, sofia)).status).toBe(200);
  });

  it('reports containment by language', async () => {
    await call('POST', '/api/chat', { userId: 'noa', text: 'where is my order' }).then(async (first) => {
      await call('POST', '/api/chat', { userId: 'noa', conversationId: first.json.conversationId, text: '#12345' });
    });
    const ann = await signIn('ann');
    let summary: { byLanguage: Record<string, { conversations: number; containmentRate: number | null }> } | undefined;
    for (let i = 0; i < 50; i++) {
      summary = (await call('GET', '/api/agent/analytics', undefined, ann)).json.summary;
      if (summary?.byLanguage.en?.conversations === 2) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(summary!.byLanguage).toMatchObject({ en: { conversations: 2, containmentRate: 0.5 }, es: { conversations: 2, containmentRate: 0 } });
  });
});
