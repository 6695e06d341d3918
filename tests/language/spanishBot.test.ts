// A shop bot with `locale: es`: Spanish stems, stop words, elisions and clitics, accents or none,
// Spanish dates, the built-in Spanish yes and no, and the built-in messages in Spanish.
import type { CompiledBot } from '../../src/config/compiledBot';
import { decideIntent } from '../../src/engine/decideIntent';
import { SPANISH_MESSAGES } from '../../src/language/messages/es';
import { createBotNlu, type LoadedBotNlu } from '../../src/nlu/createBotNlu';
import { loadShopBot } from '../support/languageBots';
import { StepChat } from '../support/stepChat';

const NOW = new Date('2026-11-24T10:00:00Z');

describe('a bot whose manifest says locale: es', () => {
  let bot: CompiledBot;
  let nlu: LoadedBotNlu;
  beforeAll(() => {
    bot = loadShopBot('es', 'es-ES');
    nlu = createBotNlu(bot);
  });
  const intentOf = (text: string): string => {
    const decision = decideIntent(bot, nlu.understand(text, NOW));
    return decision.kind === 'confident' ? decision.intent : decision.kind;
  };

  it.each([
    ['la dirección de envío está mal', 'change_address'],
    ['la direccion de envio esta mal', 'change_address'],
    ['CAMBIAR LA DIRECCIÓN', 'change_address'],
    ['¿dónde está mi pedido?', 'order_status'],
    ['donde esta mi pedido', 'order_status'],
    ['quiero hacer una devolucion', 'return_item'],
    ['dos devoluciones, por favor', 'return_item'],
    ['quiero devolverlo', 'return_item'],
    ['cuánto cuesta el envio', 'shipping_cost'],
  ])('understands "%s" as %s', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });

  it('reads a word and its unaccented spelling as one, with one stem for its forms', () => {
    const said = nlu.model.vocabulary;
    expect(said.has('direccion')).toBe(true);
    expect(said.has('dirección')).toBe(false);
    expect(nlu.model.features.language).toBe('es');
  });

  it.each([
    ['el 3 de marzo', '2027-03-03'],
    ['mañana', '2026-11-25'],
    ['manana', '2026-11-25'],
  ])('finds the date in "%s"', (text, day) => {
    expect(nlu.understand(text, NOW).entities.filter((e) => e.entity === 'date').map((e) => e.value)).toEqual([day]);
  });

  it.each([['sí'], ['si'], ['claro'], ['vale, perfecto'], ['claro que sí, adelante']])('takes "%s" as yes', (text) => {
    expect(intentOf(text)).toBe(bot.globals.affirm);
  });

  it.each([['no'], ['no gracias'], ['no, de momento no'], ['mejor no, gracias']])('takes "%s" as no', (text) => {
    expect(intentOf(text)).toBe(bot.globals.deny);
  });

  it('hears an angry Spanish message as negative and a happy one as positive', () => {
    expect(nlu.understand('es horrible, estoy muy enfadado', NOW).sentiment).toBeLessThan(0);
    expect(nlu.understand('genial, muchas gracias, excelente servicio', NOW).sentiment).toBeGreaterThan(0);
  });

  it('runs a return in Spanish: a date, a yes, the Spanish built-in messages', () => {
    const chat = new StepChat(bot);
    expect(chat.say('Quiero hacer una devolucion')).toEqual(['¿Qué día recibiste el pedido?']);
    expect(chat.say('el 3 de marzo')).toEqual(['Lo recibiste el miércoles, 3 de marzo de 2027. ¿Abro la devolución?']);
    expect(chat.buttons).toEqual(['Sí', 'No']);
    expect(chat.say('claro')).toEqual(['Hecho: te he enviado la etiqueta de devolución.', '¿Puedo ayudarte en algo más?']);
    expect(chat.say('no gracias')).toEqual(SPANISH_MESSAGES.satisfaction);
    expect(chat.say('cuatro')).toEqual(SPANISH_MESSAGES.goodbye);
    expect(chat.effects.filter((e) => e.type === 'event').map((e) => JSON.stringify(e))).toEqual(expect.arrayContaining([expect.stringContaining('"score":4')]));
  });

  it('says its Spanish fallback to what it cannot understand', () => {
    const chat = new StepChat(bot);
    const [reply] = chat.say('asdf qwer zxcv');
    expect(SPANISH_MESSAGES.fallback).toContain(reply);
  });

  it("asks whether an FAQ answer helped in Spanish, with the Spanish yes and no", () => {
    const chat = new StepChat(bot);
    expect(chat.say('el envío es gratis?')).toEqual(['El envío es gratis a partir de 50 €.', '¿Ha respondido eso a tu pregunta?']);
    expect(chat.buttons).toEqual(['Sí', 'No']);
  });

  it.each([
    ['where is my pedido, por favor?'],
    ['Где мой заказ'],
    ['我的订单在哪里'],
    ["l' ' 'l d'' qu'"],
    ['🙂🙂 ¿¿??'],
    ['devolver'.repeat(400)],
    ['ΔΙΕΥΘΥΝΣΗ dirección ﬁ ŉ'],
  ])('answers "%s" without failing the turn', (text) => {
    const chat = new StepChat(bot);
    expect(chat.say(text).length).toBeGreaterThan(0);
  });

  it("keeps the author's own message over the Spanish built-in one", () => {
    const own = loadShopBot('es', 'es', 'messages:\n  fallback: ["¿Perdón? No te he entendido."]\n');
    expect(own.messages.fallback).toEqual(['¿Perdón? No te he entendido.']);
    expect(own.messages.hello).toEqual(SPANISH_MESSAGES.hello);
  });
});
