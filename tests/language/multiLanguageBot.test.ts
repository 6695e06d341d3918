// One bot, two languages: the same flows run in English and in Spanish, each with its texts, built-in
// messages and classifier; a text or intent without Spanish is a located warning and falls back to English.
import { join } from 'node:path';
import { loadBot } from '../../src/config/loadBot';
import { createBotNlu } from '../../src/nlu/createBotNlu';
import { manualClock } from '../../src/runtime/clock';
import { createRuntime } from '../../src/runtime/createRuntime';
import { createMemoryStore } from '../../src/store/memoryStore';
import { SPANISH_MESSAGES } from '../../src/language/messages/es';

const MANIFEST = join(__dirname, '../fixtures/bilingual/bots/shop.yaml');
const NOW = new Date('2026-11-24T10:00:00Z');
const { bot, problems } = loadBot(MANIFEST);
const nlu = createBotNlu(bot!);

const newRuntime = () => createRuntime({ bot: bot!, nlu, store: createMemoryStore(), clock: manualClock(NOW.toISOString()) });
const texts = (outcome: { replies: readonly { text: string }[] }): string[] => outcome.replies.map((r) => r.text);

describe('a bot with `languages: [es]`', () => {
  it('loads, warning where Spanish is missing: a text and an intent\'s examples, each at its place', () => {
    expect(bot).toBeDefined();
    expect(problems.map((p) => `${p.severity} ${p.code} ${p.file.replace(/^.*fixtures\//, '')}:${p.line}:${p.col}`)).toEqual([
      'warning BATON_MISSING_TRANSLATION bilingual/flows/track.yaml:17:10',
      'warning BATON_MISSING_TRANSLATION bilingual/intents/main.yaml:12:15',
    ]);
    expect(problems[1]!.message).toContain('"complain" has no Spanish (es) examples');
    expect(bot!.languages).toEqual(['en', 'es']);
    // "Did you mean ...?" names an intent in the conversation's language.
    expect([bot!.intents.track!.title, bot!.byLanguage.es!.intents.track!.title]).toEqual(['Track an order', 'Seguir un pedido']);
  });

  it('runs the same flow in English and in Spanish, each with its own texts', async () => {
    const runtime = newRuntime();
    expect(texts(await runtime.start('en-1'))).toEqual(['Hi! How can I help?']);
    expect(['Which order is it?', 'What is the order number?']).toContain(texts(await runtime.message('en-1', { text: 'where is my order' }))[0]);
    const enDone = await runtime.message('en-1', { text: '#12345' });
    expect(texts(enDone).slice(0, 2)).toEqual(['Order 12345 is on its way.', 'Thank you for shopping with us.']);
    expect(enDone.state.language).toBe('en');

    expect(texts(await runtime.start('es-1', undefined, { language: 'es-ES' }))).toEqual(['¡Hola! ¿En qué te ayudo?']);
    expect(['¿Qué pedido es?', '¿Cuál es el número de pedido?']).toContain(texts(await runtime.message('es-1', { text: 'dónde está mi pedido' }))[0]);
    const esDone = await runtime.message('es-1', { text: '#12345' });
    // The text without Spanish is said in English; the built-in messages come from the Spanish catalogue.
    expect(texts(esDone)).toEqual(['El pedido 12345 está en camino.', 'Thank you for shopping with us.', ...SPANISH_MESSAGES.anythingElse!.slice(0, 1)]);
    expect(esDone.state.language).toBe('es');
  });

  it('answers FAQ entries and says its own messages in the conversation\'s language', async () => {
    const runtime = newRuntime();
    await runtime.start('es-2', undefined, { language: 'es' });
    expect(texts(await runtime.message('es-2', { text: 'cuánto cuesta el envío' }))[0]).toBe('El envío es gratis a partir de 50.');
    await runtime.start('en-2');
    expect(texts(await runtime.message('en-2', { text: 'how much is shipping' }))[0]).toBe('Shipping is free over 50.');
  });

  it('offers buttons titled in the conversation\'s language, and takes their words in it', async () => {
    const runtime = newRuntime();
    await runtime.start('es-3', undefined, { language: 'es' });
    const asked = await runtime.message('es-3', { text: 'I want to complain' });
    expect(texts(asked)).toEqual(['Lamentamos oír eso.', '¿Se lo paso a un compañero?']);
    expect(asked.replies[1]!.quickReplies?.map((q) => q.title)).toEqual(['Sí, por favor', 'No, gracias']);
    expect(texts(await runtime.message('es-3', { text: 'vale' }))[0]).toBe('Hecho.');
    await runtime.start('en-3');
    const askedEn = await runtime.message('en-3', { text: 'I want to complain' });
    expect(askedEn.replies[1]!.quickReplies?.map((q) => q.title)).toEqual(['Yes please', 'No thanks']);
    expect(texts(await runtime.message('en-3', { text: 'sure' }))[0]).toBe('Done.');
  });

  it('classifies a Spanish message with the Spanish model, trained with the Spanish pipeline', () => {
    const spanish = nlu.understand('¿dónde está mi paquete?', NOW, 'es');
    expect(spanish.intents[0]?.name).toBe('track');
    expect(createBotNlu(bot!.byLanguage.es!).model.features).toMatchObject({ language: 'es' });
    // The main model keeps the shape of an English bot's: no language named in its features.
    expect(nlu.model.features).not.toHaveProperty('language');
    // Built-in yes and no come from the Spanish catalogue.
    expect(nlu.understand('sí, claro', NOW, 'es').intents[0]?.name).toBe(bot!.byLanguage.es!.globals.affirm);
  });

  it('switches language when a message asks for one it serves, and ignores one it does not', async () => {
    const runtime = newRuntime();
    await runtime.start('mixed');
    // The welcome has run (in English): a hello now gets the short acknowledgement, from the Spanish catalogue.
    const asked = await runtime.message('mixed', { text: 'hola', language: 'es' });
    expect(texts(asked)).toEqual(['¡Hola! ¿En qué puedo ayudarte?']);
    expect(asked.state.language).toBe('es');
    const unknown = await runtime.message('mixed', { text: 'asdfgh qwerty', language: 'ja' });
    expect(unknown.state.language).toBe('es');
    expect(texts(unknown)).toEqual(['Perdona, no te he entendido.']);
  });
});
