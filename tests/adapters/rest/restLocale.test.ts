// The customer's language over REST, on the English and Spanish shop bot: the body's `locale` (the
// channel's hint) and `language` (the customer's choice), checked, and the conversation's language in
// every answer.
import { createRestChannel } from '../../../adapters/rest/restChannel';
import { bilingualBot } from '../../support/bilingualBot';
import { startTestServer, type TestServer } from '../../support/startTestServer';

let server: TestServer;
let oneLanguage: TestServer;
beforeAll(async () => {
  server = await startTestServer([createRestChannel()], { bot: bilingualBot() });
  oneLanguage = await startTestServer([createRestChannel()]);
});
afterAll(async () => {
  await server.close();
  await oneLanguage.close();
});

async function post(body: unknown, on: TestServer = server): Promise<{ status: number; json: any }> {
  const res = await fetch(`${on.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, json: await res.json() };
}

describe('POST /api/chat and the customer\'s language', () => {
  it('greets and answers in the language of the body\'s locale, and says so', async () => {
    const first = await post({ userId: 'ana', locale: 'es-ES', text: 'cuánto cuesta el envío' });
    expect(first.status).toBe(200);
    // The FAQ's answer, then its follow-up question, in Spanish too.
    expect(first.json.replies.map((r: { text: string }) => r.text)).toEqual(['¡Hola! ¿En qué te ayudo?', 'El envío es gratis a partir de 50.', '¿Ha respondido eso a tu pregunta?']);
    expect(first.json.language).toBe('es');
    // A later call without a locale keeps the conversation's language.
    const again = await post({ userId: 'ana', conversationId: first.json.conversationId, text: 'dónde está mi pedido' });
    expect(again.json.replies[0].text).toMatch(/^¿(Qué pedido es|Cuál es el número de pedido)\?$/);
    expect(again.json.language).toBe('es');
  });

  it('speaks the language the customer chose over the channel\'s locale, and keeps it', async () => {
    const first = await post({ userId: 'bea', locale: 'en-GB', language: 'es' });
    expect(first.json.replies.map((r: { text: string }) => r.text)).toEqual(['¡Hola! ¿En qué te ayudo?']);
    expect(first.json.language).toBe('es');
    const next = await post({ userId: 'bea', conversationId: first.json.conversationId, locale: 'en-GB', text: 'cuánto cuesta el envío' });
    expect(next.json.replies[0].text).toBe('El envío es gratis a partir de 50.');
    expect(next.json.language).toBe('es');
    // Only asking for the messages waiting: the answer still says the conversation's language.
    const polled = await post({ userId: 'bea', conversationId: first.json.conversationId });
    expect(polled.json).toMatchObject({ replies: [], language: 'es' });
  });

  it('speaks the main language without a hint, and one the bot does not serve changes nothing', async () => {
    const plain = await post({ userId: 'cy', text: 'how much is shipping' });
    expect(plain.json.replies.map((r: { text: string }) => r.text).slice(0, 2)).toEqual(['Hi! How can I help?', 'Shipping is free over 50.']);
    expect(plain.json.language).toBe('en');
    const german = await post({ userId: 'cy', locale: 'de-DE' });
    expect(german.json.replies[0].text).toBe('Hi! How can I help?');
    expect(german.json.language).toBe('en');
  });

  it('greets in the language of the first message\'s words when the body names none, as it answers it', async () => {
    const first = await post({ userId: 'dora', text: 'hola, cuánto cuesta el envío' });
    expect(first.json.replies.map((r: { text: string }) => r.text).slice(0, 2)).toEqual(['¡Hola! ¿En qué te ayudo?', 'El envío es gratis a partir de 50.']);
    expect(first.json.language).toBe('es');
    // The words outweigh the channel's locale for the welcome too, as they do for the answer.
    const hinted = await post({ userId: 'eva', locale: 'en-GB', text: 'cuánto cuesta el envío' });
    expect(hinted.json.replies.map((r: { text: string }) => r.text).slice(0, 2)).toEqual(['¡Hola! ¿En qué te ayudo?', 'El envío es gratis a partir de 50.']);
    // The customer's own choice still wins over the words.
    const chosen = await post({ userId: 'fay', language: 'en', text: 'cuánto cuesta el envío' });
    expect(chosen.json.replies[0].text).toBe('Hi! How can I help?');
    expect(chosen.json.language).toBe('en');
  });

  const why = (field: string) => `"${field}" must be a language code or tag such as "es" or "es-ES".`;
  it.each([
    ['a number as locale', { locale: 42 }, why('locale')],
    ['a list as locale', { locale: ['es'] }, why('locale')],
    ['a 200-character locale', { locale: 'x'.repeat(200) }, why('locale')],
    ['true as language', { language: true }, why('language')],
    ['a sentence as language', { language: 'español, por favor' }, why('language')],
  ])('refuses %s with 400 and says why', async (_case, fields, message) => {
    const res = await post({ userId: 'dee', text: 'hola', ...fields });
    expect(res.status).toBe(400);
    expect(res.json.error).toEqual({ code: 'bad_request', message });
  });

  it('tells a one-language bot\'s conversations its language, and answers as before whatever the locale', async () => {
    const res = await post({ userId: 'eve', locale: 'es-ES', text: 'how much is shipping' }, oneLanguage);
    expect(res.status).toBe(200);
    expect(res.json.language).toBe('en');
    expect(res.json.replies.map((r: { text: string }) => r.text)).toContainEqual(expect.stringMatching(/shipping/i));
  });
});
