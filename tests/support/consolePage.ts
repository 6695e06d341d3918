// The agent console in headless Chromium: a page that fails the test on any script error, and the
// steps every console test takes (sign in, open a conversation by its summary).
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

export interface ConsolePage {
  readonly page: Page;
  /** Script errors and failed console messages seen on the page. */
  readonly errors: string[];
  signIn(agentId: string, password: string): Promise<void>;
  /** Opens the conversation in the queue whose card contains `text`. */
  open(text: string | RegExp): Promise<void>;
  /** Resolves the open conversation: Resolve, then confirms in the dialog. */
  resolve(): Promise<void>;
  /** The queue card of a conversation. */
  queueItem(conversationId: string): Locator;
  /** The id of the open handoff, from the address bar. */
  openId(): string;
  /** The agent's session token, as the page keeps it. */
  token(): Promise<string>;
}

/** The console in a new page of `browser`, or of `context` (whose own viewport and settings it keeps). */
export async function openConsole(where: Browser | BrowserContext, url: string, viewport = { width: 1440, height: 900 }): Promise<ConsolePage> {
  const page = 'newContext' in where ? await where.newPage({ viewport }) : await where.newPage();
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(`${url}/agent`);
  return {
    page,
    errors,
    async signIn(agentId, password) {
      await page.getByLabel('Agent id').fill(agentId);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.locator('#live.is-live').waitFor();
    },
    async open(text) {
      await page.locator('.q-item', { hasText: text }).first().click();
      await page.locator('#view:not([hidden]) #context .ctx-summary').waitFor();
    },
    async resolve() {
      await page.locator('#resolve-btn').click();
      await page.getByRole('dialog', { name: 'Resolve this conversation?' }).getByRole('button', { name: 'Resolve' }).click();
    },
    queueItem: (conversationId) => page.locator(`.q-item[data-conversation="${conversationId}"]`),
    openId: () => new URL(page.url()).hash.slice(1),
    token: async () => (await page.evaluate<string>("JSON.parse(sessionStorage.getItem('baton.agentConsole.session')).token")),
  };
}

/**
 * Waits until the composer has emptied: the console clears it as soon as the server confirms the
 * reply, which a test may see a moment after the request's answer.
 */
export async function composerEmptied(page: Page): Promise<void> {
  await page.waitForFunction("document.getElementById('composer-text').value === ''");
}
