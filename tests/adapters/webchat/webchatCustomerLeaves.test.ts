// A customer who starts a new conversation on the web chat page leaves the old one on the server:
// the page posts Direct Line `endOfConversation` for it, a handoff still waiting for an agent is
// closed as abandoned (and leaves the agents' queue), one an agent holds shows the agent that the
// customer left and is theirs to resolve, and analytics count both. Headless Chromium, the whole app.
import type { Page } from 'playwright-core';
import { appInChromium, openWebchat, type WebchatCustomer } from '../../support/appInChromium';
import { seriousAxeViolations, screenshotState } from '../../support/axeCheck';
import { openConsole } from '../../support/consolePage';

describe('a web chat customer who starts a new conversation', () => {
  const app = appInChromium();

  const handoffOf = async (conversationId: string) => (await app.srv.app.service.store.list({ conversationId }))[0];
  const until = async <T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> => {
    for (let i = 0; i < 200; i++) {
      const value = await read();
      if (done(value)) return value;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the condition never held');
  };

  async function customerInQueue(chat: WebchatCustomer): Promise<string> {
    await chat.askForPerson();
    return chat.conversationId();
  }
  async function startNew(customer: Page): Promise<void> {
    await customer.getByRole('button', { name: 'New conversation' }).click();
    await customer.getByRole('dialog', { name: 'Start a new conversation?' }).getByRole('button', { name: 'Start new' }).click();
    await customer.locator('.note', { hasText: 'New conversation' }).waitFor();
  }

  it('abandons a waiting handoff, and tells the agent holding one, who then resolves it', async () => {
    const { srv, browser } = app;
    const agent = await openConsole(await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } }), srv.url);
    await agent.signIn('ann', 'ann-password');
    const chat = await openWebchat(browser, srv.url);
    const { page: customer, errors } = chat;

    // Waiting in the queue, then gone: the handoff is abandoned and leaves the agent's queue.
    const waiting = await customerInQueue(chat);
    await agent.queueItem(waiting).waitFor();
    await startNew(customer);
    const abandoned = await until(() => handoffOf(waiting), (h) => h?.status !== 'waiting');
    expect(abandoned).toMatchObject({ status: 'abandoned', closedAt: expect.any(String) });
    await agent.queueItem(waiting).waitFor({ state: 'detached' });
    const state = await srv.app.store.loadState(srv.app.runtime.bot.id, waiting) as { status: string; transcript: { from: string; text: string }[] };
    expect(state.status).toBe('ended');
    expect(state.transcript.at(-1)).toMatchObject({ from: 'system', text: 'The customer left the chat.' });

    // In the new conversation, served by Ann, then gone: Ann sees it, and resolves.
    const served = await customerInQueue(chat);
    expect(served).not.toBe(waiting);
    await agent.queueItem(served).click();
    await agent.page.getByRole('button', { name: 'Claim' }).click();
    await agent.page.locator('#conv-status', { hasText: 'In progress' }).waitFor();
    await startNew(customer);
    await agent.page.locator('#conv-banner', { hasText: 'The customer left the chat. Add a note if needed, then resolve the conversation.' }).waitFor();
    await agent.page.locator('#transcript .from-system', { hasText: 'The customer left the chat.' }).waitFor();
    await agent.page.locator('.toast', { hasText: 'The customer left the chat.' }).first().waitFor();
    await expect(handoffOf(served)).resolves.toMatchObject({ status: 'assigned', agentId: 'ann', customerLeftAt: expect.any(String) });
    await screenshotState(agent.page, 'console-customer-left');
    await expect(seriousAxeViolations(agent.page)).resolves.toEqual([]);
    await agent.resolve();
    await agent.page.locator('#conv-status', { hasText: 'Resolved' }).waitFor();
    await expect(handoffOf(served)).resolves.toMatchObject({ status: 'resolved' });
    // The customer is not told anything in the new conversation, which goes on with the bot.
    await expect(customer.locator('.row.agent').count()).resolves.toBe(0);

    const events = await srv.stores.analytics.query(srv.app.runtime.bot.id, new Date(0), new Date('2100-01-01'));
    expect(events.filter((e) => e.type === 'customerLeft').map((e) => [e.conversationId, (e as { claimed: boolean }).claimed])).toEqual([[waiting, false], [served, true]]);
    expect(errors).toEqual([]);
    expect(agent.errors).toEqual([]);
  });
});
