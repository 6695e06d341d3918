// An agent sends a file from the console: "Attach a file" uploads it for the open conversation, it is
// listed under the box (with a button to take it off), and goes with the reply; the customer in Baton's
// web chat page sees the image under the agent's name, and the console shows it in the transcript.
// The context card lists the file. A file of a type the server does not take is refused with its reason. Both pages in Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appInChromium, loadedWidth, openWebchat } from '../../support/appInChromium';
import { screenshotState, seriousAxeViolations } from '../../support/axeCheck';
import { openConsole } from '../../support/consolePage';

const IMAGE = readFileSync(join(__dirname, '..', '..', '..', 'adapters', 'botframework', 'teams-app', 'color.png'));
const PDF = Buffer.from('%PDF-1.4\n%\xe2\xe3\n1 0 obj\n<<>>\nendobj\n', 'latin1');

describe('an agent sending a file from the console', () => {
  const app = appInChromium();

  it('reaches the customer in the web chat page with the reply', async () => {
    const { srv, browser } = app;
    // bypassCSP: axe's script goes in inline.
    const agent = await openConsole(await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true }), srv.url);
    await agent.signIn('ann', 'ann-password');
    const chat = await openWebchat(browser, srv.url, { width: 1000, height: 800 });
    const { page: customer, errors } = chat;
    await chat.askForPerson();

    await agent.open(/./);
    await agent.page.getByRole('button', { name: 'Claim' }).click();
    await agent.page.locator('#conv-status', { hasText: 'In progress' }).waitFor();

    const picker = agent.page.locator('#attach-input');
    await picker.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await agent.page.getByText('"notes.txt" cannot be attached: only PNG, JPEG, GIF, WebP or PDF files can.').waitFor();

    // Two files chosen, one taken off again: only the image goes.
    await picker.setInputFiles([{ name: 'label.png', mimeType: 'image/png', buffer: IMAGE }, { name: 'terms.pdf', mimeType: 'application/pdf', buffer: PDF }]);
    const chosen = agent.page.getByRole('list', { name: 'Files to send with the reply' });
    await chosen.getByText('terms.pdf').waitFor();
    await chosen.getByRole('button', { name: 'Remove terms.pdf' }).click();
    await expect(chosen.getByRole('listitem').allTextContents()).resolves.toEqual([expect.stringContaining('label.png')]);
    expect(await seriousAxeViolations(agent.page)).toEqual([]);
    await agent.page.getByLabel('Message', { exact: true }).fill('Here is your return label.');
    await agent.page.getByRole('button', { name: 'Send reply' }).click();
    await chosen.waitFor({ state: 'hidden' });

    const sent = customer.locator('.row.agent', { hasText: 'Here is your return label.' });
    await sent.waitFor();
    await expect(sent.locator('.file-image img').getAttribute('alt')).resolves.toBe('label.png');
    expect(await loadedWidth(customer, '.row.agent .file-image img')).toBeGreaterThan(0);
    await expect(customer.locator('.file-chip', { hasText: 'terms.pdf' }).count()).resolves.toBe(0);
    await screenshotState(customer, 'webchat-agent-file');

    const mine = agent.page.locator('#transcript .file-image img[alt="label.png"]');
    await mine.waitFor();
    expect(await loadedWidth(agent.page, '#transcript .file-image img[alt="label.png"]')).toBeGreaterThan(0);
    // The context card lists the conversation's files.
    const listed = agent.page.getByRole('region', { name: 'Files' }).getByRole('listitem');
    await listed.first().waitFor();
    await expect(listed.allTextContents()).resolves.toEqual(['label.pngPNG image · 1 KB · from an agent']);
    await expect(listed.getByRole('link', { name: 'label.png' }).getAttribute('href')).resolves.toMatch(/^\/attachments\/att_[\w-]+\?exp=\d+&sig=/);
    expect(await seriousAxeViolations(agent.page)).toEqual([]);
    await screenshotState(agent.page, 'console-agent-file');
    expect(agent.errors).toEqual([]);
    expect(errors).toEqual([]);
  });
});
