// Choosing a conversation's language in a bilingual bot (English and Spanish): detected from a young
// conversation's first messages (over the channel's locale, never on "ok"), chosen by the customer
// ("¿hablas español?", a language button) and then kept, with the pending question asked again in the
// new language; a language the bot does not serve gets the ones it does, as a menu.
import { join } from 'node:path';
import { loadBot } from '../../src/config/loadBot';
import { createBotNlu } from '../../src/nlu/createBotNlu';
import { manualClock } from '../../src/runtime/clock';
import { createRuntime } from '../../src/runtime/createRuntime';
import { DETECTED_MESSAGES } from '../../src/runtime/detectedLanguage';
import { createMemoryStore } from '../../src/store/memoryStore';
import { loadShopBot } from '../support/languageBots';

const NOW = '2026-11-24T10:00:00Z';
const { bot } = loadBot(join(__dirname, '../fixtures/bilingual/bots/shop.yaml'));
const nlu = createBotNlu(bot!);
const newRuntime = () => createRuntime({ bot: bot!, nlu, store: createMemoryStore(), clock: manualClock(NOW) });
const texts = (outcome: { replies: readonly { text: string }[] }): string[] => outcome.replies.map((r) => r.text);
const ASK_ORDER_ES = ['¿Qué pedido es?', '¿Cuál es el número de pedido?'];
const ASK_ORDER_EN = ['Which order is it?', 'What is the order number?'];
const MENU = [{ title: 'English', payload: 'language:en' }, { title: 'Español', payload: 'language:es' }];

describe('detecting the language of a young conversation', () => {
  it('switches from the channel\'s English locale when the first message is Spanish', async () => {
    const runtime = newRuntime();
    await runtime.start('d-1', undefined, { locale: 'en-US' });
    const first = await runtime.message('d-1', { text: 'dónde está mi pedido', locale: 'en-US' });
    expect(ASK_ORDER_ES).toContain(texts(first)[0]);
    expect(first.state).toMatchObject({ language: 'es', languageFrom: 'detected' });
    const done = await runtime.message('d-1', { text: '#12345', locale: 'en-US' });
    expect(texts(done)[0]).toBe('El pedido 12345 está en camino.');
  });

  it('does not switch on "ok", an order number or an emoji', async () => {
    const runtime = newRuntime();
    await runtime.start('d-2', undefined, { locale: 'es-ES' });
    for (const text of ['ok', '12345', '👍']) {
      const outcome = await runtime.message('d-2', { text, locale: 'es-ES' });
      expect(outcome.state).toMatchObject({ language: 'es', languageFrom: 'channel' });
    }
  });

  it('detects only in the first messages: later words do not flip the language', async () => {
    const runtime = newRuntime();
    await runtime.start('d-3');
    for (let i = 0; i < DETECTED_MESSAGES; i++) await runtime.message('d-3', { text: 'hello' });
    const later = await runtime.message('d-3', { text: 'dónde está mi pedido' });
    expect(later.state).toMatchObject({ language: 'en', languageFrom: 'detected' });
    expect(texts(later)[0]).toBe('Sorry, I did not get that.');
  });

  it('never fails a turn on mixed-language or transliterated messages', async () => {
    const runtime = newRuntime();
    await runtime.start('d-4');
    for (const text of ['hola where is mi pedido', 'privet gde moy zakaz', 'Привет 你好 🙂', 'x'.repeat(5000)]) {
      await expect(runtime.message('d-4', { text })).resolves.toBeDefined();
    }
  });
});

describe('the customer choosing a language', () => {
  it('switches on "¿hablas español?", confirms in Spanish, and the choice sticks against detection and the locale', async () => {
    const runtime = newRuntime();
    await runtime.start('c-1', undefined, { locale: 'en-US' });
    const switched = await runtime.message('c-1', { text: '¿hablas español?', locale: 'en-US' });
    expect(texts(switched)).toEqual(['Claro, seguimos en español.']);
    expect(switched.state).toMatchObject({ language: 'es', languageFrom: 'customer' });
    // English words and an English locale: still Spanish, the customer's choice.
    const english = await runtime.message('c-1', { text: 'hello where is my order', locale: 'en-US' });
    expect(english.state).toMatchObject({ language: 'es', languageFrom: 'customer' });
    expect(texts(english)[0]).toBe('Perdona, no te he entendido.');
    expect(ASK_ORDER_ES).toContain(texts(await runtime.message('c-1', { text: 'dónde está mi pedido', locale: 'en-US' }))[0]);
  });

  it('asks a pending question again in the new language', async () => {
    const runtime = newRuntime();
    await runtime.start('c-2');
    expect(ASK_ORDER_EN).toContain(texts(await runtime.message('c-2', { text: 'where is my order' }))[0]);
    const switched = await runtime.message('c-2', { text: 'Spanish please' });
    expect(texts(switched)[0]).toBe('Claro, seguimos en español.');
    expect(ASK_ORDER_ES).toContain(texts(switched)[1]);
    expect(texts(await runtime.message('c-2', { text: '#12345' }))[0]).toBe('El pedido 12345 está en camino.');
  });

  it('asks a pending choice again with its buttons in the new language', async () => {
    const runtime = newRuntime();
    await runtime.start('c-3');
    await runtime.message('c-3', { text: 'I want to complain' });
    const switched = await runtime.message('c-3', { text: 'en español por favor' });
    expect(texts(switched)).toEqual(['Claro, seguimos en español.', '¿Se lo paso a un compañero?']);
    expect(switched.replies[1]!.quickReplies?.map((q) => q.title)).toEqual(['Sí, por favor', 'No, gracias']);
  });

  it('answers a language it does not speak with a menu of its languages, whose buttons switch', async () => {
    const runtime = newRuntime();
    await runtime.start('c-4');
    await runtime.message('c-4', { text: 'where is my order' });
    const unserved = await runtime.message('c-4', { text: 'do you speak German?' });
    expect(texts(unserved)).toEqual(["Sorry, I can't chat in German. I can chat in English and Spanish."]);
    expect(unserved.replies[0]!.quickReplies).toEqual(MENU);
    expect(unserved.state.language).toBe('en');
    const pressed = await runtime.message('c-4', { text: 'Español', payload: 'language:es' });
    expect(texts(pressed)[0]).toBe('Claro, seguimos en español.');
    expect(ASK_ORDER_ES).toContain(texts(pressed)[1]);
    expect(pressed.state).toMatchObject({ language: 'es', languageFrom: 'customer' });
  });

  it('lists its languages when asked which it speaks, in the conversation\'s language', async () => {
    const runtime = newRuntime();
    await runtime.start('c-5', undefined, { language: 'es' });
    const asked = await runtime.message('c-5', { text: '¿qué idiomas hablas?' });
    expect(texts(asked)).toEqual(['Puedo hablar en inglés y español.']);
    expect(asked.replies[0]!.quickReplies).toEqual(MENU);
  });

  it('takes an author\'s own words for the confirmation from the manifest\'s messages', async () => {
    const custom = { ...bot!, byLanguage: { ...bot!.byLanguage, es: { ...bot!.byLanguage.es!, messages: { ...bot!.byLanguage.es!.messages, languageSwitched: ['¡Perfecto! Hablemos en español.'] } } } };
    const runtime = createRuntime({ bot: custom, nlu, store: createMemoryStore(), clock: manualClock(NOW) });
    await runtime.start('c-6');
    expect(texts(await runtime.message('c-6', { text: 'can we speak Spanish' }))).toEqual(['¡Perfecto! Hablemos en español.']);
  });

  it('does not mistake a message that mentions a language for a switch', async () => {
    const runtime = newRuntime();
    await runtime.start('c-7');
    const outcome = await runtime.message('c-7', { text: 'where is my Spanish order' });
    expect(outcome.state.language).toBe('en');
    expect(ASK_ORDER_EN).toContain(texts(outcome)[0]);
  });
});

describe('a one-language bot', () => {
  const vet = loadBot(join(__dirname, '../fixtures/vet/vet.yaml')).bot!;
  const vetNlu = createBotNlu(vet);

  it('says it speaks only its language when asked for another, and keeps no language in the state', async () => {
    const runtime = createRuntime({ bot: vet, nlu: vetNlu, store: createMemoryStore(), clock: manualClock(NOW) });
    await runtime.start('v-1');
    const outcome = await runtime.message('v-1', { text: 'do you speak Spanish?' });
    expect(texts(outcome)).toEqual(["Sorry, I can't chat in Spanish. I can chat in English."]);
    expect(outcome.replies[0]!.quickReplies).toBeUndefined();
    expect(outcome.state.language).toBeUndefined();
  });

  it.each([
    ['it', 'parli inglese?', 'Scusa, non posso scrivere in inglese. Posso scrivere in italiano.', 'quali lingue parli?', 'Posso scrivere in italiano.'],
    ['pt', 'você fala inglês?', 'Desculpe, não consigo conversar em inglês. Posso conversar em português.', 'que idiomas você fala?', 'Posso conversar em português.'],
    ['nl', 'spreekt u Engels?', 'Sorry, ik kan niet chatten in het Engels. Ik kan chatten in het Nederlands.', 'welke talen spreek je?', 'Ik kan chatten in het Nederlands.'],
  ] as const)('in %s, answers a request for another language and which it speaks in its own words', async (language, asked, notSpoken, which, spoken) => {
    const shop = loadShopBot(language);
    const runtime = createRuntime({ bot: shop, nlu: createBotNlu(shop), store: createMemoryStore(), clock: manualClock(NOW) });
    await runtime.start('o-1');
    expect(texts(await runtime.message('o-1', { text: asked }))).toEqual([notSpoken]);
    expect(texts(await runtime.message('o-1', { text: which }))).toEqual([spoken]);
  });
});
