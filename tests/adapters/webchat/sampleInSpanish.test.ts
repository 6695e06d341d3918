// The sample shop bot chatted with in Spanish end to end, as a Spanish customer meets it: on Baton's
// page in a Spanish browser and in Microsoft's Web Chat with `locale: 'es-ES'` (Chromium), and over
// REST with `locale: 'es-ES'`: an order's status, a return collected on a day they name, an FAQ and a
// person. Every reply is the sample's Spanish text.
import type { Browser, Page } from 'playwright-core';
import { createRestChannel } from '../../../adapters/rest/restChannel';
import { launchChromium } from '../../support/chromium';
import { startDirectLineServer, type DirectLineServer } from '../../support/directLineServer';
import { type LocalServer } from '../../support/localServers';
import { microsoftWebChatPage, serveMicrosoftWebChat } from '../../support/microsoftWebChat';
import { startTestServer, type TestServer } from '../../support/startTestServer';

/** What the customer writes, and a part of what the bot must answer; the clock is Tuesday 24 November 2026. */
const CONVERSATION: ReadonlyArray<readonly [said: string, answer: string]> = [
  ['hola, dónde está mi pedido?', '¿Qué pedido es? El número es como #12345.'],
  ['es el 12345', '¿Qué correo electrónico usaste para el pedido?'],
  ['sam@example.com', 'Tu pedido 12345 (auriculares inalámbricos) está enviado y debería llegar el jueves.'],
  ['quiero que pasen a recoger la devolución del pedido 12346', '¿Qué día quieres que pase el mensajero? Recogemos de lunes a sábado.'],
  ['el martes que viene', 'Reservado: un mensajero recogerá el pedido 12346 (cargador de móvil) el martes, 1 de diciembre'],
  ['cuanto cuesta el envio?', 'El envío es gratis en pedidos de más de 50 £; si no, cuesta 4,99 £.'],
  ['quiero hablar con una persona', 'Claro. Le pasaré todo lo que hemos hablado'],
];

describe('the sample bot in Spanish, end to end', () => {
  let srv: DirectLineServer;
  let rest: TestServer;
  let shop: LocalServer;
  let browser: Browser;

  beforeAll(async () => {
    [srv, rest, browser] = await Promise.all([startDirectLineServer(), startTestServer([createRestChannel()]), launchChromium()]);
    shop = await serveMicrosoftWebChat(() => microsoftWebChatPage(srv.origin, { locale: 'es-ES', join: true }));
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await Promise.all([srv?.close(), rest?.close(), shop?.close()]);
  });

  async function chat(url: string, send: (page: Page, text: string) => Promise<void>, said: (page: Page, text: string) => Promise<void>): Promise<string[]> {
    const context = await browser.newContext({ locale: 'es-ES', viewport: { width: 1000, height: 900 } });
    const errors: string[] = [];
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      page.on('pageerror', (err) => errors.push(err.message));
      await page.goto(url);
      for (const [text, answer] of CONVERSATION) {
        await send(page, text);
        await said(page, answer);
      }
      return errors;
    } finally {
      await context.close();
    }
  }

  it('on Baton\'s page in a Spanish browser', async () => {
    const errors = await chat(srv.origin, async (page, text) => {
      await page.fill('#input', text);
      await page.press('#input', 'Enter');
    }, (page, answer) => page.locator('.row.bot .bubble', { hasText: answer }).last().waitFor());
    expect(errors).toEqual([]);
  }, 90_000);

  it('in Microsoft\'s Web Chat with locale es-ES', async () => {
    const errors = await chat(shop.url.replace('127.0.0.1', 'localhost'), async (page, text) => {
      const box = page.getByRole('textbox').first();
      await box.fill(text);
      await box.press('Enter');
    }, (page, answer) => page.getByText(answer).last().waitFor());
    expect(errors).toEqual([]);
  }, 90_000);

  it('over REST with locale es-ES', async () => {
    let conversationId: string | undefined;
    for (const [text, answer] of CONVERSATION) {
      const res = await fetch(`${rest.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: 'lucia', locale: 'es-ES', text, ...(conversationId ? { conversationId } : {}) }) });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { conversationId: string; replies: { text: string }[]; language: string };
      conversationId = body.conversationId;
      expect(body.language).toBe('es');
      expect(body.replies.map((r) => r.text).join('\n')).toContain(answer);
    }
  }, 60_000);
});
