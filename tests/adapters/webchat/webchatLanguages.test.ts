// The customer's language in the browser, with the English and Spanish shop bot, in Chromium:
// Microsoft's Web Chat (its published bundle) with `locale: 'es-ES'` and the documented webchat/join
// event is welcomed and answered in Spanish (without the event, greeted in English after the wait, then
// answered in Spanish); Baton's page in a Spanish browser, or told the language by
// `?locale=` or the launcher's `data-locale`, speaks Spanish and shows its own words in Spanish; its
// words follow the conversation into another language; a one-language bot's page is as it was.
import type { Browser, Frame, Page } from 'playwright-core';
import { SPANISH_PAGE_WORDS } from '../../../adapters/webchat/words/spanishPageWords';
import { ENGLISH_PAGE_WORDS } from '../../../adapters/webchat/pageWords';
import type { Runtime } from '../../../src/runtime/createRuntime';
import { bilingualBot } from '../../support/bilingualBot';
import { skylineBot } from '../../support/skylineBot';
import { launchChromium } from '../../support/chromium';
import { startDirectLineServer, type DirectLineServer } from '../../support/directLineServer';
import { type LocalServer } from '../../support/localServers';
import { microsoftWebChatPage, serveMicrosoftWebChat } from '../../support/microsoftWebChat';

const WELCOME_ES = '¡Hola! ¿En qué te ayudo?';
const SHIPPING_ES = 'El envío es gratis a partir de 50.';
/** Stands for the customer choosing Spanish (a language menu, "¿hablas español?"), which the runtime is told as `language`. */
const CHOOSE_SPANISH = 'spanish please';

function launcherPage(botUrl: string, attributes: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title></head>
<body><main><h1>Shop</h1></main><script src="${botUrl}/embed.js" ${attributes}></script></body></html>`;
}

/** Every word of the page's own markup (labels, titles, placeholders, texts), outside the conversation. */
const pageLabels = (chat: Page | Frame): Promise<string[]> => chat.evaluate<string[]>(`(() => {
  const skip = (el) => el.closest('#transcript, #suggestions > *, #status, #composer-error') !== null;
  const words = [];
  for (const el of document.querySelectorAll('main *, dialog *')) {
    if (skip(el)) continue;
    for (const attribute of ['aria-label', 'title', 'placeholder']) {
      const value = el.getAttribute(attribute);
      if (value) words.push(\`\${el.id || el.tagName}[\${attribute}]=\${value}\`);
    }
    const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent.trim()).join('');
    if (own) words.push(\`\${el.id || el.tagName}=\${own}\`);
  }
  return words;
})()`);

describe('the customer\'s language in the browser', () => {
  let srv: DirectLineServer;
  let oneLanguage: DirectLineServer;
  let shop: LocalServer;
  let browser: Browser;
  let html = '';

  beforeAll(async () => {
    const chooses = (runtime: Runtime): Runtime => ({
      ...runtime,
      bot: runtime.bot,
      message: (id, input) => runtime.message(id, input.text === CHOOSE_SPANISH ? { ...input, language: 'es' } : input),
    });
    [srv, oneLanguage, browser, shop] = await Promise.all([
      startDirectLineServer({ bot: bilingualBot(), wrapRuntime: chooses, welcomeWaitMs: 2000 }),
      // Skyline's broadband bot speaks English only (the sample shop speaks three languages).
      startDirectLineServer({ bot: skylineBot() }),
      launchChromium(),
      serveMicrosoftWebChat(() => html),
    ]);
  });
  afterAll(async () => {
    await browser.close();
    await Promise.all([srv.close(), oneLanguage.close(), shop.close()]);
  });

  async function tab(locale: string, url: string): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
    const context = await browser.newContext({ locale, viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(url);
    return { page, errors, close: () => context.close() };
  }

  const botSays = (chat: Page | Frame, text: string) => chat.locator('.row.bot .bubble', { hasText: text }).last().waitFor();
  const say = async (chat: Page | Frame, text: string) => {
    await chat.fill('#input', text);
    await chat.press('#input', 'Enter');
  };

  it('welcomes Microsoft\'s Web Chat with locale es-ES in Spanish and answers it in Spanish', async () => {
    html = microsoftWebChatPage(srv.origin, { locale: 'es-ES', join: true });
    const { page, errors, close } = await tab('en-US', shop.url.replace('127.0.0.1', 'localhost'));
    try {
      await page.getByText(WELCOME_ES).first().waitFor();
      const box = page.getByRole('textbox').first();
      await box.fill('cuánto cuesta el envío');
      await box.press('Enter');
      await page.getByText(SHIPPING_ES).first().waitFor();
      await expect(page.getByText('Hi! How can I help?').count()).resolves.toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('greets Web Chat without the join event in the main language after the wait, and answers its Spanish in Spanish', async () => {
    html = microsoftWebChatPage(srv.origin, { locale: 'es-ES' });
    const { page, errors, close } = await tab('en-US', shop.url.replace('127.0.0.1', 'localhost'));
    try {
      await page.getByText('Hi! How can I help?').first().waitFor();
      const box = page.getByRole('textbox').first();
      await box.fill('cuánto cuesta el envío');
      await box.press('Enter');
      await page.getByText(SHIPPING_ES).first().waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('speaks Spanish in Baton\'s page in a Spanish browser, its own words Spanish too', async () => {
    const { page, errors, close } = await tab('es-ES', srv.origin);
    try {
      await botSays(page, WELCOME_ES);
      await expect(page.getAttribute('html', 'lang')).resolves.toBe('es-ES');
      await expect(page.getAttribute('#input', 'placeholder')).resolves.toBe(SPANISH_PAGE_WORDS.messagePlaceholder);
      await page.locator('#status', { hasText: SPANISH_PAGE_WORDS.statusOnline }).waitFor();
      await say(page, 'cuánto cuesta el envío');
      await botSays(page, SHIPPING_ES);
      // The customer's own message is labelled in Spanish.
      await expect(page.locator('.row.user').first().textContent()).resolves.toContain(SPANISH_PAGE_WORDS.you);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('speaks the language of the page\'s ?locale= in a browser of another', async () => {
    const { page, errors, close } = await tab('en-US', `${srv.origin}/?locale=es-MX`);
    try {
      await botSays(page, WELCOME_ES);
      await expect(page.getAttribute('#input', 'placeholder')).resolves.toBe(SPANISH_PAGE_WORDS.messagePlaceholder);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('speaks the language of the launcher\'s data-locale, on the launcher and in its frame', async () => {
    html = launcherPage(srv.origin, 'data-locale="es-ES"');
    const { page, errors, close } = await tab('en-US', shop.url.replace('127.0.0.1', 'localhost'));
    try {
      const launcher = page.getByRole('button', { name: SPANISH_PAGE_WORDS.launcherOpen, exact: true });
      await launcher.click();
      const chat = page.frames().find((f) => f.url().includes('embed=1'))!;
      expect(new URL(chat.url()).searchParams.get('locale')).toBe('es-ES');
      await botSays(chat, WELCOME_ES);
      await expect(chat.getAttribute('#input', 'placeholder')).resolves.toBe(SPANISH_PAGE_WORDS.messagePlaceholder);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('switches its own words, everywhere on the page and on the launcher, when the conversation turns Spanish', async () => {
    html = launcherPage(srv.origin, '');
    const { page, errors, close } = await tab('en-US', shop.url.replace('127.0.0.1', 'localhost'));
    const spanish = await tab('es-ES', `${srv.origin}/?embed=1`);
    try {
      await page.getByRole('button', { name: ENGLISH_PAGE_WORDS.launcherOpen, exact: true }).click();
      const chat = page.frames().find((f) => f.url().includes('embed=1'))!;
      await botSays(chat, 'Hi! How can I help?');
      const english = await pageLabels(chat);
      expect(english).toContain(`input[placeholder]=${ENGLISH_PAGE_WORDS.messagePlaceholder}`);
      await say(chat, CHOOSE_SPANISH);
      await chat.locator('#input[placeholder="Escribe tu mensaje…"]').waitFor();
      await expect(chat.getAttribute('html', 'lang')).resolves.toBe('es');
      await botSays(spanish.page, WELCOME_ES);
      // Every word of the markup is the one the server gives a Spanish page.
      expect(await pageLabels(chat)).toEqual(await pageLabels(spanish.page));
      await chat.locator('#status', { hasText: SPANISH_PAGE_WORDS.statusOnline }).waitFor();
      await page.getByRole('button', { name: SPANISH_PAGE_WORDS.launcherClose, exact: true }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await spanish.close();
      await close();
    }
  });

  it('leaves a one-language bot\'s page as it was: its words only, whatever the browser\'s language', async () => {
    const { page, errors, close } = await tab('es-ES', oneLanguage.origin);
    try {
      await page.locator('.row.bot .bubble').first().waitFor();
      await expect(page.locator('#page-languages').count()).resolves.toBe(0);
      await expect(page.getAttribute('#input', 'placeholder')).resolves.toBe(ENGLISH_PAGE_WORDS.messagePlaceholder);
      await expect(page.locator('.row.bot .bubble').first().textContent()).resolves.toMatch(/Hi|Hello/);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
