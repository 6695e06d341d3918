// The whole app with Baton's web chat page (agentConsoleServer) and Chromium, started together before
// a describe block's tests and closed after them; and a customer in the web chat page, in a tab of its
// own or in the launcher's frame on another site, with the steps the browser tests share.
import type { Browser, BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { startAgentConsoleServer, type AgentConsoleServer, type AppServerOptions } from './agentConsoleServer';
import { launchChromium } from './chromium';

export interface AppInChromium {
  readonly srv: AgentConsoleServer;
  readonly browser: Browser;
}

/** Call in a describe block: its tests read `srv` and `browser` once beforeAll has run. */
export function appInChromium(options: AppServerOptions = {}): AppInChromium {
  let srv: AgentConsoleServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [srv, browser] = await Promise.all([startAgentConsoleServer({ webchat: true, ...options }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await srv?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('appInChromium is read before its beforeAll has run');
    return value;
  };
  return {
    get srv() { return started(srv); },
    get browser() { return started(browser); },
  };
}

/** The customer's steps in the web chat page, wherever it is shown. */
export interface WebchatSteps {
  /** The bot's (or an agent's system line's) latest message containing `text`. */
  botSays(text: string | RegExp): Locator;
  /** Types `text` in the message box and sends it with Enter. */
  say(text: string): Promise<void>;
  /** After the greeting, asks for a person and waits to be told the place in the queue. */
  askForPerson(): Promise<void>;
  /** The id of the page's conversation, as the page keeps it (in its own storage: not in a frame of another site). */
  conversationId(): Promise<string>;
}

export function webchatSteps(chat: Page | Frame): WebchatSteps {
  const botSays = (text: string | RegExp): Locator => chat.locator('.row.bot .bubble', { hasText: text }).last();
  const conversationId = (): Promise<string> => chat.evaluate<string>("JSON.parse(sessionStorage.getItem('baton.webchat.conversation')).conversationId");
  const say = async (text: string): Promise<void> => {
    await chat.fill('#input', text);
    await chat.press('#input', 'Enter');
  };
  return {
    botSays,
    say,
    async askForPerson() {
      await botSays(/^(Hi|Hello)/).waitFor();
      await say('I want to talk to a person');
      await botSays(/in the queue/).waitFor();
    },
    conversationId,
  };
}

export interface WebchatCustomer extends WebchatSteps {
  readonly page: Page;
  /** Script errors seen on the page. */
  readonly errors: string[];
}

/** A customer in a new tab of `browser` (or of a context, for its settings) on `url`'s web chat page. */
export async function openWebchat(where: Browser | BrowserContext, url: string, viewport = { width: 1000, height: 860 }): Promise<WebchatCustomer> {
  const page = 'newContext' in where ? await where.newPage({ viewport }) : await where.newPage();
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(url);
  return { page, errors, ...webchatSteps(page) };
}

/** The natural width of the first image matching `selector` once it has loaded (0 if it failed). */
export const loadedWidth = (page: Page | Frame, selector: string): Promise<number> => page.locator(selector).first().evaluate(new Function('img', `
  return img.complete && img.naturalWidth > 0 ? img.naturalWidth
    : new Promise((resolve) => { img.addEventListener('load', () => resolve(img.naturalWidth)); img.addEventListener('error', () => resolve(0)); });`) as (img: unknown) => Promise<number>);
