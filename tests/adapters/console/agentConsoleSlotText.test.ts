// The agent console shows each detail the way the bot told it to the customer: an engineer's visit
// asked for "on Thursday" reads "Thursday 26 November" in the queue and in "What they gave", with the
// stored day (2026-11-26) on hover, as a British bot writes it to an agent in New York.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { loadBot } from '../../../src/config/loadBot';
import { createBotNlu } from '../../../src/nlu/createBotNlu';
import { startAgentConsoleServer, type AgentConsoleServer } from '../../support/agentConsoleServer';
import { launchChromium } from '../../support/chromium';
import { openConsole } from '../../support/consolePage';
import { startDirectLineCustomer } from '../../support/directLineCustomer';

describe('the agent console showing what the customer gave', () => {
  let srv: AgentConsoleServer;
  let browser: Browser;

  beforeAll(async () => {
    const bot = loadBot(join(__dirname, '..', '..', '..', 'bots', 'skyline.yaml')).bot!;
    [srv, browser] = await Promise.all([startAgentConsoleServer({ bot: { bot, nlu: createBotNlu(bot) } }), launchChromium()]);
    await srv.app.accounts.save({ id: 'cara', name: 'Cara Doyle', queues: ['support'], capacity: 3 }, 'cara-password');
  });
  afterAll(async () => {
    await browser.close();
    await srv.close();
  });

  it('reads a day as the bot said it, keeping the stored value on hover', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 960 }, timezoneId: 'America/New_York', locale: 'en-US' });
    const agent = await openConsole(context, srv.url);
    await agent.signIn('cara', 'cara-password');

    const customer = await startDirectLineCustomer(srv.url);
    await customer.say('can an engineer come on Thursday?');
    await customer.waitFor('postcode');
    await customer.say('SW1A 1AA');
    await customer.waitFor('aged 18 or over');
    await customer.say('I want to talk to a person');
    await customer.waitFor('Would you still like a person?');
    await customer.say('yes');
    await customer.waitFor("you won't have to repeat yourself");

    const item = agent.queueItem(customer.conversationId);
    await item.waitFor();
    await expect(item.locator('.q-summary').textContent()).resolves.toBe('Book an engineer: postcode SW1A 1AA, visit date Thursday 26 November (customer asked)');
    await agent.open('visit date Thursday 26 November');
    const day = agent.page.locator('#context [data-slot=visit_date] td');
    await expect(day.allTextContents()).resolves.toEqual(['Thursday 26 November', 'Customer']);
    await expect(day.first().getAttribute('title')).resolves.toBe('2026-11-26');
    await expect(agent.page.locator('#context [data-slot=postcode] td').first().getAttribute('title')).resolves.toBeNull();
    await context.close();
  });
});
