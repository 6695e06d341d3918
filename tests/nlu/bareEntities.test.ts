// A message that is nothing but entity values claims no intent: an email address alone is not a
// request to change the account email because that intent's examples talk about emails.
import { join } from 'node:path';
import type { CompiledBot } from '../../src/config/compiledBot';
import { loadBot } from '../../src/config/loadBot';
import { createBotNlu } from '../../src/nlu/createBotNlu';
import { hasOnlyEntities } from '../../src/nlu/hasOnlyEntities';
import { maskToken } from '../../src/nlu/maskToken';

const acme = loadBot(join(__dirname, '..', '..', 'bots', 'acme.yaml')).bot as CompiledBot;
const nlu = createBotNlu(acme);
const now = new Date('2026-11-24T10:00:00Z');

describe('a message of nothing but entity values', () => {
  it.each([
    ['jane@example.com', ['email']],
    ["it's jane@example.com", ['email']],
    ['#12345', ['order_id']],
    ['#12345?', ['order_id']],
    ['#12345, jane@example.com', ['order_id', 'email']],
  ])('"%s" is out of scope with no intent, its values kept', (text, kinds) => {
    const u = nlu.understand(text, now);
    expect(u.outOfScope).toBe(true);
    expect(u.intents).toEqual([]);
    expect(u.entities.map((m) => m.entity)).toEqual(kinds);
  });

  it('is never read as the request to change the account email', () => {
    expect(nlu.understand('jane@example.com', now).intents.map((i) => i.name)).not.toContain('update_email');
  });

  it.each([
    ['where is #12345', 'order_status'],
    ['what about #12345', 'order_status'],
    ['change my email to jane@example.com', 'update_email'],
  ])('leaves "%s", with words of its own, to the classifier', (text, intent) => {
    const u = nlu.understand(text, now);
    expect(u.outOfScope).toBe(false);
    expect(u.intents[0]?.name).toBe(intent);
  });
});

describe('hasOnlyEntities', () => {
  const tokens = new Set([maskToken('email'), maskToken('order_id')]);
  const email = maskToken('email');

  it('takes filler stop words as nothing, but not questions, refusals or other words', () => {
    expect(hasOnlyEntities(` ${email} `, tokens)).toBe(true);
    expect(hasOnlyEntities(`it's ${email}`, tokens)).toBe(true);
    expect(hasOnlyEntities(`where is ${email}`, tokens)).toBe(false);
    expect(hasOnlyEntities(`not ${email}`, tokens)).toBe(false);
    expect(hasOnlyEntities(`email ${email}`, tokens)).toBe(false);
  });

  it('needs at least one value: an empty or filler-only message is the classifier\'s', () => {
    expect(hasOnlyEntities('', tokens)).toBe(false);
    expect(hasOnlyEntities('it is', tokens)).toBe(false);
    expect(hasOnlyEntities('0x1234', tokens)).toBe(false);
  });
});
