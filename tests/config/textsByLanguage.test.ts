// The manifest's `languages` and texts given by language: the schema's places for them and the
// loader's list agree, and every mistake is located.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { textSites } from '../../src/config/textSites';
import { makeFixture, BASE_FILES } from '../support/botFixture';

const SCHEMA = JSON.parse(readFileSync(join(__dirname, '../../flows.schema.json'), 'utf8')) as Record<string, unknown>;

/** The definitions whose properties refer to `ref`, as `definition.property`. */
function referencing(ref: string): string[] {
  const found: string[] = [];
  const walk = (node: unknown, path: string[]): void => {
    if (Array.isArray(node)) node.forEach((n, i) => walk(n, [...path, String(i)]));
    else if (typeof node === 'object' && node !== null) {
      if ((node as { $ref?: unknown }).$ref === `#/definitions/${ref}`) found.push(`${path[1]}.${path[path.length - 1] === 'additionalProperties' ? '*' : path[3]}`);
      for (const [key, value] of Object.entries(node)) walk(value, [...path, key]);
    }
  };
  walk(SCHEMA.definitions, ['definitions']);
  return [...new Set(found)].sort();
}

describe('texts by language', () => {
  it('are allowed by the schema exactly where the loader looks for them', () => {
    expect(referencing('localText').filter((p) => !p.startsWith('messages.'))).toEqual(['faqEntry.answer', 'slot.ask', 'slot.invalid', 'state.ask', 'state.say']);
    expect(referencing('localUtterances')).toEqual(['faqEntry.examples', 'intent.examples']);
    expect([...referencing('localLabel'), ...referencing('localLabels'), ...referencing('localWords')]).toEqual(['choice.title', 'faqEntry.title', 'flowFile.title', 'intent.title', 'state.quick', 'choice.synonyms', 'slot.*']);
    expect(referencing('localString')).toEqual(['card.links', 'card.subtitle', 'card.text', 'card.title', 'webhook.title']);
    const sites = (kind: Parameters<typeof textSites>[0], data: Record<string, unknown>) => textSites(kind, data).map((s) => s.path.join('.'));
    expect(sites('flowFile', { slots: { a: { ask: 'x', invalid: 'y' } }, states: { s: { say: 'x', ask: 'y', quick: ['q'], choices: [{ title: 'Yes', synonyms: ['y'], next: 'end' }] } } }))
      .toEqual(['slots.a.ask', 'slots.a.invalid', 'states.s.say', 'states.s.ask', 'states.s.quick', 'states.s.choices.0.title', 'states.s.choices.0.synonyms']);
    expect(sites('intentsFile', { intents: { i: { examples: ['x'], title: 'I' } }, faq: { f: { examples: ['x'], title: 'F', answer: 'y' } } })).toEqual(['intents.i.examples', 'intents.i.title', 'faq.f.examples', 'faq.f.title', 'faq.f.answer']);
    expect(sites('flowFile', { title: 'your return', states: {} })).toEqual(['title']);
    expect(sites('flowFile', { states: { s: { say: 'x', card: { title: 'T', subtitle: 'S', text: 'B', image: 'https://x/y.png', links: [{ title: 'Go', url: 'https://x' }] } } } }))
      .toEqual(['states.s.say', 'states.s.card.title', 'states.s.card.subtitle', 'states.s.card.text', 'states.s.card.links.0.title']);
    expect(sites('flowFile', { slots: { size: { choices: { small: { en: ['small'], es: ['pequeño'] }, large: ['large', 'grande'] } }, list: { choices: ['a', 'b'] } } }))
      .toEqual(['slots.size.choices.small', 'slots.size.choices.large']);
    expect(sites('manifest', { webhooks: { stock: { url: '/stock', title: 'our stock system', outcomes: ['ok'] } } })).toEqual(['webhooks.stock.title']);
    // Every built-in message the manifest may word is a text (messages.* all refer to localText).
    expect(sites('manifest', { messages: { fallback: 'x', help: 'y' }, slots: { a: { ask: 'x' } } })).toEqual(['messages.fallback', 'messages.help', 'slots.a.ask']);
  });

  it.each([
    ['an unsupported language', 'languages: [es, @@ja]\n', 'BATON_UNSUPPORTED_LOCALE'],
    ['a language listed twice', 'languages: [es, @@es]\n', 'BATON_DUPLICATE_LANGUAGE'],
  ])('refuse %s among `languages`, at its place', (_title, line, code) => {
    const fixture = makeFixture({ 'bots/shop.yaml': `${BASE_FILES['bots/shop.yaml']}${line}` });
    try {
      const { bot, problems } = fixture.load();
      expect(bot).toBeUndefined();
      const marker = fixture.markers[0]!;
      const errors = problems.filter((p) => p.severity === 'error');
      expect(errors.map((p) => `${p.code} ${fixture.rel(p.file)}:${p.line}:${p.col}`)).toEqual([`${code} ${marker.file}:${marker.line}:${marker.col}`]);
    } finally {
      fixture.remove();
    }
  });

  it('check the placeholders of each language, at the language\'s text', () => {
    const fixture = makeFixture({
      'bots/shop.yaml': `${BASE_FILES['bots/shop.yaml']}languages: [es]\n`,
      'flows/hello.yaml': 'flow: hello\ntrigger: greet\nstates:\n  start:\n    say:\n      en: Hi\n      es: @@Hola {{nombre}}\n    next: end\n',
      'intents/main.yaml': BASE_FILES['intents/main.yaml']!,
    });
    try {
      const { bot, problems } = fixture.load();
      expect(bot).toBeUndefined();
      const unknown = problems.filter((p) => p.code === 'BATON_UNKNOWN_SLOT');
      const marker = fixture.markers[0]!;
      expect(unknown.map((p) => `${p.message} ${fixture.rel(p.file)}:${p.line}:${p.col} ${p.path}`)).toEqual([`{{nombre}} names no slot of this flow. ${marker.file}:${marker.line}:${marker.col} states.start.say.es`]);
    } finally {
      fixture.remove();
    }
  });

  it('leave a one-language bot\'s texts and examples as they were', () => {
    const fixture = makeFixture({ 'flows/hello.yaml': 'flow: hello\ntrigger: greet\nstates:\n  start:\n    say: { en: Hi }\n    next: end\n' });
    try {
      const { bot, problems } = fixture.load();
      expect(problems).toEqual([]);
      expect(bot!.flows.hello!.states.start!.say).toEqual(['Hi']);
      expect(bot!.languages).toEqual(['en']);
      expect(bot!.byLanguage).toEqual({});
    } finally {
      fixture.remove();
    }
  });
});
