// Baton's own web chat page sends files: "Attach a file" (a labelled button, reachable from the
// keyboard, 44 px) uploads the chosen image with the typed text over Direct Line's upload endpoint;
// the customer sees their image as a thumbnail (a PDF as a chip) and the agent sees it in the console; a file the
// server refuses (too big, a type it does not take) shows the server's reason in the page and the
// typed text stays in the box; axe finds nothing serious with an image in the transcript.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { DEFAULT_LIMITS } from '../../../src/server/serverContext';
import { startAgentConsoleServer, type AgentConsoleServer } from '../../support/agentConsoleServer';
import { loadedWidth } from '../../support/appInChromium';
import { screenshotState, seriousAxeViolations } from '../../support/axeCheck';
import { launchChromium } from '../../support/chromium';
import { openConsole } from '../../support/consolePage';

const IMAGE = readFileSync(join(__dirname, '..', '..', '..', 'adapters', 'botframework', 'teams-app', 'color.png'));
/** Within the page's limit below, a PNG by its signature but larger than allowed. */
const LIMIT = 4096;
const BIG_PNG = Buffer.concat([IMAGE, Buffer.alloc(LIMIT)]);
const PDF = Buffer.from('%PDF-1.4\n%\xe2\xe3\n1 0 obj\n<<>>\nendobj\n', 'latin1');

describe('attaching a file in the web chat page', () => {
  let srv: AgentConsoleServer;
  let browser: Browser;

  beforeAll(async () => {
    [srv, browser] = await Promise.all([startAgentConsoleServer({ webchat: true, limits: { ...DEFAULT_LIMITS, maxAttachmentBytes: LIMIT } }), launchChromium()]);
  });
  afterAll(async () => {
    await browser.close();
    await srv.close();
  });

  it('sends an image with the typed text, shown to the customer and the agent; refusals keep the text', async () => {
    const agent = await openConsole(browser, srv.url);
    await agent.signIn('ann', 'ann-password');
    // bypassCSP: axe's script goes in inline (the files are on the page's own origin, which img-src allows).
    const page = await browser.newPage({ viewport: { width: 390, height: 800 }, hasTouch: true, bypassCSP: true });
    page.setDefaultTimeout(15_000);
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(srv.url);
    await page.locator('.row.bot .bubble').first().waitFor();
    await page.fill('#input', 'I want to talk to a person');
    await page.press('#input', 'Enter');
    await page.locator('.row.bot .bubble', { hasText: /in the queue/ }).waitFor();

    // The button: named, 44 px on a phone, reached from the message box with Shift+Tab.
    const attach = page.getByRole('button', { name: 'Attach a file' });
    const size = await attach.boundingBox();
    expect(size && Math.min(size.width, size.height)).toBeGreaterThanOrEqual(44);
    await page.focus('#input');
    await page.keyboard.press('Shift+Tab');
    await expect(page.evaluate('document.activeElement.id')).resolves.toBe('attach');
    await expect(page.locator('#file').getAttribute('accept')).resolves.toBe('image/png,image/jpeg,image/gif,image/webp,application/pdf');

    // Too big: refused with the server's words, nothing added to the transcript, the text kept.
    const picker = page.locator('#file');
    await page.fill('#input', 'here is the photo');
    const rows = await page.locator('.row.user').count();
    await picker.setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: BIG_PNG });
    // Said once, by the bot in the conversation (as every Direct Line client shows it), not again beside the box.
    const refusal = page.locator('.row.bot', { hasText: '"huge.png" is 5 KB; files can be at most 4 KB.' });
    await refusal.waitFor();
    await expect(refusal.count()).resolves.toBe(1);
    await expect(page.locator('#composer-error').textContent()).resolves.toBe('');
    await expect(page.inputValue('#input')).resolves.toBe('here is the photo');
    await expect(page.locator('.row.user').count()).resolves.toBe(rows);
    await screenshotState(page, 'webchat-attach-refused');

    // Not a type the server takes.
    await picker.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await page.locator('.row.bot', { hasText: '"notes.txt" cannot be attached: only PNG, JPEG, GIF, WebP or PDF files can.' }).waitFor();
    await expect(page.inputValue('#input')).resolves.toBe('here is the photo');

    // An image: sent with the text; the box empties and the refusal goes.
    const uploaded = page.waitForResponse((r) => r.url().includes('/upload?userId='));
    await picker.setInputFiles({ name: 'charger.png', mimeType: 'image/png', buffer: IMAGE });
    expect((await uploaded).status()).toBe(200);
    const thumbnail = page.locator('.row.user:not(.sending) .file-image img');
    await thumbnail.waitFor();
    await expect(thumbnail.getAttribute('alt')).resolves.toBe('charger.png');
    expect(await loadedWidth(page, '.row.user .file-image img')).toBeGreaterThan(0);
    await expect(page.locator('.row.user:not(.sending)', { has: page.locator('.file-image img') }).locator('.bubble').textContent()).resolves.toBe('here is the photo');
    await expect(page.inputValue('#input')).resolves.toBe('');
    await expect(page.locator('#composer-error').textContent()).resolves.toBe('');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotState(page, 'webchat-attach-image');

    // A PDF, with nothing typed: a chip naming it, linking to the file.
    await picker.setInputFiles({ name: 'receipt.pdf', mimeType: 'application/pdf', buffer: PDF });
    const chip = page.locator('.row.user:not(.sending) a.file-chip', { hasText: 'receipt.pdf' });
    await chip.waitFor();
    await expect(chip.textContent()).resolves.toBe('receipt.pdfPDF');
    const pdf = await fetch(String(await chip.getAttribute('href')));
    expect(Buffer.from(await pdf.arrayBuffer()).equals(PDF)).toBe(true);

    // After a reload the image comes back from the conversation's log.
    await page.reload();
    await page.locator('.row.user .file-image img[alt="charger.png"]').waitFor();
    expect(await loadedWidth(page, '.row.user .file-image img')).toBeGreaterThan(0);

    await agent.open(/./);
    const seen = agent.page.locator('#transcript .msg.from-customer .file-image img');
    await seen.first().waitFor();
    await expect(seen.first().getAttribute('alt')).resolves.toBe('charger.png');
    expect(await loadedWidth(agent.page, '#transcript .msg.from-customer .file-image img')).toBeGreaterThan(0);
    expect(agent.errors).toEqual([]);
    expect(errors).toEqual([]);
  });
});
