// The agent console names a conversation's language where an agent looks first, when the bot speaks
// several: a chip on the queue card, and the line under the customer's name. An agent who does not
// speak a language a queue needs never sees those conversations in the console.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { loadBot } from '../../../src/config/loadBot';
import { createBotNlu } from '../../../src/nlu/createBotNlu';
import { callJson, startAgentConsoleServer, type AgentConsoleServer } from '../../support/agentConsoleServer';
import { launchChromium } from '../../support/chromium';
import { openConsole } from '../../support/consolePage';

describe('the agent console and the conversation\'s language', () => {
  let srv: AgentConsoleServer;
  let browser: Browser;

  beforeAll(async () => {
    const bot = loadBot(join(__dirname, '..', '..', 'fixtures', 'bilingualHandoff', 'bots', 'shop.yaml')).bot!;
    [srv, browser] = await Promise.all([startAgentConsoleServer({ bot: { bot, nlu: createBotNlu(bot) } }), launchChromium()]);
    await srv.app.accounts.save({ id: 'sofia', name: 'Sofía Ruiz', queues: ['orders'], capacity: 3, languages: ['en', 'es'] }, 'sofia-password');
  });
  afterAll(async () => {
    await browser.close();
    await srv.close();
  });

  /** A REST customer in `language` who asks for the team; their conversation's id. */
  async function handedOver(userId: string, language: 'en' | 'es', text: string): Promise<string> {
    const conversationId = `rest-${userId}`;
    await srv.app.runtime.start(conversationId, { channel: 'rest', userId }, { language });
    expect((await callJson(srv.url, 'POST', '/api/chat', { conversationId, userId, text })).status).toBe(200);
    return conversationId;
  }

  it('shows the language on the queue card and in the conversation\'s header, and only to agents who speak it', async () => {
    const sofia = await openConsole(browser, srv.url);
    await sofia.signIn('sofia', 'sofia-password');
    const lucia = await handedOver('lucia', 'es', 'quiero hablar con el equipo');
    const kim = await handedOver('kim', 'en', 'I want to talk to the team');

    await sofia.queueItem(kim).waitFor();
    await expect(sofia.page.locator('#agent-queues').textContent()).resolves.toBe('orders · English, Spanish');
    await expect(sofia.queueItem(lucia).locator('.q-language').textContent()).resolves.toBe('Language: Spanish');
    await expect(sofia.queueItem(lucia).locator('.q-language').getAttribute('lang')).resolves.toBe('es');
    await expect(sofia.queueItem(kim).locator('.q-language').textContent()).resolves.toBe('Language: English');
    await sofia.queueItem(lucia).click();
    await sofia.page.locator('#view:not([hidden]) #context .ctx-summary').waitFor();
    await expect(sofia.page.locator('#conv-sub').textContent()).resolves.toBe('REST API · orders queue · Spanish');

    // Ann lists no languages: she speaks English, the bot's main language, and sees only Kim.
    const ann = await openConsole(browser, srv.url);
    await ann.signIn('ann', 'ann-password');
    await ann.queueItem(kim).waitFor();
    await expect(ann.page.locator('#agent-queues').textContent()).resolves.toBe('orders · English');
    await expect(ann.queueItem(lucia).count()).resolves.toBe(0);
    expect([...sofia.errors, ...ann.errors]).toEqual([]);
  });
});
