// A bot with a date slot (the sample's return collection) gives the classifier a day in words as words
// ("I ordered this morning" is about the order) and one with figures masked, while a bare day
// ("tomorrow", "15 January", "el martes que viene") still asks for nothing and answers a waiting question.
import { join } from 'node:path';
import type { CompiledBot } from '../../src/config/compiledBot';
import { loadBot } from '../../src/config/loadBot';
import { createBotNlu } from '../../src/nlu/createBotNlu';

const acme = loadBot(join(__dirname, '..', '..', 'bots', 'acme.yaml')).bot as CompiledBot;
const shop = createBotNlu(acme);
const now = new Date('2026-12-07T10:00:00Z');

describe('days in a bot with a date slot', () => {
  it('has one: the return collection asks for a day', () => {
    expect(acme.flows.return_pickup!.slots.pickup_date!.entity).toBe('date');
  });

  it.each([
    ["that's all for today", 'en', 'goodbye'],
    ["that's it for today", 'en', 'goodbye'],
    ['kann ich es morgen schon haben', 'de', 'delivery_times'],
    ['I ordered something this morning and I want to cancel it', 'en', 'cancel_order'],
    ['can a courier collect my return on 15 January', 'en', 'return_pickup'],
  ])('understands "%s" (%s) by its words', (text, language, intent) => {
    const u = shop.understand(text, now, language);
    expect(u.outOfScope).toBe(false);
    expect(u.intents[0]?.name).toBe(intent);
  });

  it.each([
    ['tomorrow', 'en'],
    ['15 January', 'en'],
    ['next Tuesday', 'en'],
    ['el martes que viene', 'es'],
    ['el lunes', 'es'],
    ['on Friday', 'en'],
    ['morgen', 'de'],
    ['nächsten Dienstag', 'de'],
  ])('takes a bare day "%s" (%s) as a value only', (text, language) => {
    const u = shop.understand(text, now, language);
    expect(u.reason?.kind).toBe('onlyEntities');
    expect(u.intents).toEqual([]);
    expect(u.entities.some((e) => e.entity === 'date')).toBe(true);
  });
});
