// Baton's web chat page and the agent console, both in headless Chromium against the whole app: the
// page says whether agents are online, shows no typing dots while the customer waits for a person,
// tells them who joined, shows the agent typing (the console sends it, at most every 3 seconds) and
// the agent's message under their name and initials, apart from the bot's, and says when they left.
import { appInChromium, openWebchat } from '../../support/appInChromium';
import { screenshotPath } from '../../support/chromium';
import { openConsole } from '../../support/consolePage';

describe('the web chat page with a person on the other side', () => {
  const app = appInChromium();

  it("shows presence, the agent's typing only when they type, their name and initials on their message, and when they join and leave", async () => {
    const { srv, browser } = app;
    const chat = await openWebchat(browser, srv.url);
    const { page: customer, errors, botSays } = chat;
    await botSays(/^(Hi|Hello)/).waitFor();
    await customer.locator('#status', { hasText: 'Bot only, agents offline' }).waitFor();

    const agent = await openConsole(browser, srv.url);
    await agent.signIn('ann', 'ann-password');
    const typingCalls: string[] = [];
    agent.page.on('request', (req) => { if (req.method() === 'POST' && req.url().endsWith('/typing')) typingCalls.push(req.url()); });
    await customer.reload();
    await botSays(/^(Hi|Hello)/).waitFor();
    await customer.locator('#status', { hasText: /^Online$/ }).waitFor();

    await chat.say('I want to talk to a person');
    await botSays(/You're number 1 in the queue; the wait is about 3 minutes\./).waitFor();
    await chat.say('my charger arrived cracked');
    await customer.locator('.row.user:not(.sending) .bubble', { hasText: 'my charger arrived cracked' }).waitFor();
    await customer.waitForTimeout(1500);
    await expect(customer.locator('.typing').count()).resolves.toBe(0);

    const conversationId = await chat.conversationId();
    await agent.queueItem(conversationId).click();
    await agent.page.getByRole('button', { name: 'Claim' }).click();
    await agent.page.locator('#conv-status', { hasText: 'In progress' }).waitFor();
    await botSays('Ann Lee from Acme Support joined the conversation.').waitFor();
    await expect(customer.locator('.typing').count()).resolves.toBe(0);

    const reply = 'Hi, sorry about the charger: a new one ships today.';
    await agent.page.getByLabel('Message', { exact: true }).click();
    await agent.page.keyboard.type(reply.slice(0, 20), { delay: 60 });
    const dots = customer.locator('.typing.agent');
    await dots.waitFor({ state: 'visible' });
    await expect(dots.getAttribute('aria-label')).resolves.toBe('Ann Lee is typing');
    await expect(dots.locator('.agent-avatar').textContent()).resolves.toBe('AL');
    expect(typingCalls).toHaveLength(1);
    await agent.page.keyboard.type(reply.slice(20));
    await agent.page.getByRole('button', { name: 'Send reply' }).click();

    const message = customer.locator('.row.agent', { hasText: reply });
    await message.waitFor();
    await expect(message.locator('.sender-name').textContent()).resolves.toBe('Ann Lee');
    await expect(message.locator('.agent-avatar').textContent()).resolves.toBe('AL');
    await expect(message.evaluate((row) => row.classList.contains('bot'))).resolves.toBe(false);
    await dots.waitFor({ state: 'detached' });
    const background = 'getComputedStyle(document.querySelector(SELECTOR)).backgroundColor';
    const [agentBubble, botBubble] = await Promise.all([
      customer.evaluate<string>(background.replace('SELECTOR', "'.row.agent .bubble'")),
      customer.evaluate<string>(background.replace('SELECTOR', "'.row.bot .bubble'")),
    ]);
    expect(agentBubble).not.toBe(botBubble);
    await customer.screenshot({ path: screenshotPath('webchat-agent.png') });

    await agent.resolve();
    await botSays('Ann Lee has left the conversation.').waitFor();
    expect(errors).toEqual([]);
    expect(agent.errors).toEqual([]);
    await agent.page.close();
    await customer.close();
  });
});
