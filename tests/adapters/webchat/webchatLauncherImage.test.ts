// An image sent through Baton's own web chat page inside the launcher's frame on a shop's page of
// another site (the shop on localhost, the bot at 127.0.0.1): the customer opens the launcher, asks
// for a person, attaches an image with the page's "Attach a file" button and a few words, and sends;
// the image shows in their transcript in the frame, and reaches the handoff: the agent API's handoff
// lists the file with the customer's message, and the console shows the image itself. In Chromium.
import { join } from 'node:path';
import { callJson } from '../../support/agentConsoleServer';
import { appInChromium, loadedWidth, webchatSteps } from '../../support/appInChromium';
import { screenshotState } from '../../support/axeCheck';
import { openConsole } from '../../support/consolePage';
import { startLocalServer, type LocalServer } from '../../support/localServers';

const IMAGE = join(__dirname, '..', '..', '..', 'adapters', 'botframework', 'teams-app', 'color.png');

describe('an image sent in the web chat page inside the launcher on another site', () => {
  const app = appInChromium();
  let shop: LocalServer;

  beforeAll(async () => {
    shop = await startLocalServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title></head>
<body><main><h1>Shop</h1></main><script src="${app.srv.url}/embed.js"></script></body></html>`);
    });
  });
  afterAll(() => shop.close());

  it('shows in the customer\'s transcript and reaches the agent with the handoff', async () => {
    const { srv, browser } = app;
    // The agent is at their desk first: the orders queue is staffed.
    const agent = await openConsole(browser, srv.url);
    await agent.signIn('ann', 'ann-password');

    const page = await browser.newPage({ viewport: { width: 1000, height: 860 } });
    page.setDefaultTimeout(15_000);
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(shop.url.replace('127.0.0.1', 'localhost'));
    await page.getByRole('button', { name: 'Open chat' }).click();
    const frame = page.frames().find((f) => f.url().startsWith(`${srv.url}/?embed=1`));
    if (!frame) throw new Error('no chat frame');
    const customer = webchatSteps(frame);
    await customer.askForPerson();
    // The frame of another site has no storage to read: the waiting handoff names the conversation.
    const [handoff] = await srv.app.service.store.list({ statuses: ['waiting'] });
    const conversationId = handoff!.conversationId;

    await frame.fill('#input', 'This is how the charger arrived');
    const chooser = page.waitForEvent('filechooser');
    await frame.getByRole('button', { name: 'Attach a file' }).click();
    const uploaded = page.waitForResponse((r) => r.url().includes('/upload?userId='));
    await (await chooser).setFiles(IMAGE);
    expect((await uploaded).status()).toBe(200);

    // In the customer's transcript: their words and the image, as the server stored it, loaded.
    const sent = frame.locator('.row.user:not(.sending)', { hasText: 'This is how the charger arrived' });
    const image = sent.locator('.file-image img');
    await image.waitFor();
    await expect(image.getAttribute('alt')).resolves.toBe('color.png');
    await expect(image.getAttribute('src')).resolves.toMatch(new RegExp(`^${srv.url}/attachments/att_[\\w-]+\\?`));
    expect(await loadedWidth(frame, '.row.user:not(.sending) .file-image img')).toBeGreaterThan(0);
    await expect(frame.locator('#input').inputValue()).resolves.toBe('');
    await screenshotState(page, 'launcher-image-customer');

    // The handoff carries it: the agent API lists the file with the customer's message.
    const { status, json } = await callJson(srv.url, 'GET', `/api/agent/handoffs/${handoff!.id}`, undefined, await agent.token());
    expect(status).toBe(200);
    // Said after the handoff began, it is among the handoff's messages, the file with a signed address.
    const withFile = (json.messages as { text?: string; attachments?: { name: string; contentType: string; url: string }[] }[]).filter((m) => m.attachments?.length);
    expect(withFile).toEqual([expect.objectContaining({
      text: 'This is how the charger arrived',
      attachments: [expect.objectContaining({ name: 'color.png', contentType: 'image/png', url: expect.stringMatching(/^\/attachments\/att_[\w-]+\?exp=\d+&sig=/) })],
    })]);

    // And the agent sees the image itself in the console's transcript.
    await agent.queueItem(conversationId).click();
    const shown = agent.page.locator('#transcript .msg.from-customer .file-image img');
    await shown.first().waitFor();
    await expect(shown.first().getAttribute('alt')).resolves.toBe('color.png');
    expect(await loadedWidth(agent.page, '#transcript .msg.from-customer .file-image img')).toBeGreaterThan(0);
    expect(agent.errors).toEqual([]);
    expect(errors).toEqual([]);
  });
});
