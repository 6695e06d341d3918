// How Baton's built-in examples reach a bot: the catalogue's shape, and the loader giving each
// built-in role's examples to the intent the manifest's `globals` names (extending, replacing,
// creating, switched off), never as the author's held-out tests.
import { BUILTIN_ROLES, type BuiltinRole } from '../../src/config/builtinRoles';
import { builtinCatalogue } from '../../src/config/builtinCatalogue';
import type { CompiledBot } from '../../src/config/compiledBot';
import type { LoadResult } from '../../src/config/loadBot';
import { normaliseExample } from '../../src/config/normaliseExample';
import { BASE_FILES, makeFixture } from '../support/botFixture';
import { TINY_BOT_FILES } from '../support/tinyBot';

const MANIFEST = BASE_FILES['bots/shop.yaml']!;
const INTENTS = BASE_FILES['intents/main.yaml']!;
const catalogue = builtinCatalogue('en')!;
const ROLES = Object.keys(BUILTIN_ROLES) as BuiltinRole[];

function load(changes: Readonly<Record<string, string>> = {}): LoadResult {
  const fixture = makeFixture(changes);
  try {
    return fixture.load();
  } finally {
    fixture.remove();
  }
}

function loaded(changes: Readonly<Record<string, string>> = {}): CompiledBot {
  const { bot, problems } = load(changes);
  if (!bot) throw new Error(problems.map((p) => `${p.code} ${p.message}`).join('\n'));
  return bot;
}

const builtinOf = (bot: CompiledBot, label: string): string[] => bot.training.filter((e) => e.builtin && e.label === label).map((e) => e.text);
const ownOf = (bot: CompiledBot, label: string): string[] => bot.training.filter((e) => !e.builtin && e.label === label).map((e) => e.text);

describe('the English catalogue', () => {
  it('has a title and many examples for every built-in role: 60 or more for yes and no, 40 or more for the others', () => {
    for (const role of ROLES) {
      expect(catalogue.roles[role].title).not.toBe('');
      expect(catalogue.roles[role].examples.length).toBeGreaterThanOrEqual(role === 'affirm' || role === 'deny' ? 60 : 40);
    }
    expect(ROLES.reduce((n, role) => n + catalogue.roles[role].examples.length, 0)).toBeGreaterThanOrEqual(300);
  });

  it('gives no example twice, within a role or across roles', () => {
    const all = ROLES.flatMap((role) => catalogue.roles[role].examples.map(normaliseExample));
    expect(all.filter((text, i) => all.indexOf(text) !== i)).toEqual([]);
  });

  it('speaks of no business: no order, delivery, account, payment or product words', () => {
    const business = /\b(orders?|deliver\w*|parcels?|packages?|shipp\w*|refunds?|returns?|accounts?|passwords?|payments?|pay|bills?|invoices?|prices?|products?|items?|broadband|internet|subscri\w*)\b/i;
    expect(ROLES.flatMap((role) => catalogue.roles[role].examples.filter((text) => business.test(text)))).toEqual([]);
  });

  it('reads a regional locale with its language and has nothing for a language it lacks', () => {
    expect(builtinCatalogue('en-GB')).toBe(catalogue);
    expect(builtinCatalogue('xx')).toBeUndefined();
  });
});

describe('built-in roles in a bot', () => {
  it('creates every role with its default name and title when the bot declares none of them', () => {
    const fixture = makeFixture(TINY_BOT_FILES);
    try {
      const { bot, problems } = fixture.load({ code: null });
      expect(problems).toEqual([]);
      expect(bot!.globals).toEqual({ affirm: 'affirm', deny: 'deny', cancel: 'cancel', human: 'talk_to_human', greet: 'greet', thanks: 'thanks' });
      for (const role of ROLES) {
        const intent = bot!.intents[BUILTIN_ROLES[role]]!;
        expect(intent.title).toBe(catalogue.roles[role].title);
        expect(intent.tests).toEqual([]);
        expect(builtinOf(bot!, intent.name)).toEqual([...catalogue.roles[role].examples]);
      }
    } finally {
      fixture.remove();
    }
  });

  it("extends the author's examples of a declared role intent, the author's first, none twice", () => {
    const bot = loaded();
    expect(ownOf(bot, 'greet')).toEqual(['hi', 'hello']);
    expect(bot.intents.greet!.examples.slice(0, 2)).toEqual(['hi', 'hello']);
    expect(builtinOf(bot, 'greet')).not.toContain('hi');
    expect(builtinOf(bot, 'greet').length).toBe(catalogue.roles.greet.examples.length - 2);
    expect(bot.intents.greet!.examples.length).toBe(catalogue.roles.greet.examples.length);
  });

  it("titles a declared role intent without a title with the catalogue's title, in each of the bot's languages; an author's title stays", () => {
    expect(loaded().intents.greet!.title).toBe(catalogue.roles.greet.title);
    const titled = loaded({ 'intents/main.yaml': INTENTS.replace('    examples: [hi, hello]\n', '    examples: [hi, hello]\n    title: Say hi\n') });
    expect(titled.intents.greet!.title).toBe('Say hi');
    const german = loaded({
      'bots/shop.yaml': 'bot: shop\nname: Shop\nlocale: de\nlanguages: [fr]\nintents: [../intents/*.yaml]\nflows: [../flows/hello.yaml]\nstart: hello\n',
      'intents/main.yaml': 'intents:\n  greet:\n    examples: { de: [hallo, guten tag], fr: [bonjour, salut] }\n',
      'flows/hello.yaml': 'flow: hello\ntrigger: greet\nstates:\n  start:\n    say: { de: Hallo!, fr: Bonjour ! }\n    next: end\n',
    });
    expect([german.intents.greet!.title, german.byLanguage.fr!.intents.greet!.title]).toEqual([builtinCatalogue('de')!.roles.greet.title, builtinCatalogue('fr')!.roles.greet.title]);
  });

  it("trains on the author's examples alone for an intent with builtin: false", () => {
    const bot = loaded({ 'intents/main.yaml': INTENTS.replace('    examples: [hi, hello]\n', '    examples: [hi, hello]\n    builtin: false\n') });
    expect(bot.intents.greet!.examples).toEqual(['hi', 'hello']);
    expect(builtinOf(bot, 'greet')).toEqual([]);
    expect(builtinOf(bot, 'affirm').length).toBeGreaterThan(0);
  });

  it('gives the examples to the intent a role names, and creates no intent under the default name', () => {
    const bot = loaded({
      'bots/shop.yaml': `${MANIFEST}globals: { affirm: yes_please }\n`,
      'flows/yes.yaml': 'flow: yes\ntrigger: yes_please\nstates:\n  start:\n    say: Great.\n    next: end\n',
      'intents/yes.yaml': 'intents:\n  yes_please:\n    examples: [yes please do]\n',
    });
    expect(bot.globals.affirm).toBe('yes_please');
    expect(bot.intents.affirm).toBeUndefined();
    expect(builtinOf(bot, 'yes_please').length).toBe(catalogue.roles.affirm.examples.length);
  });

  it('reports a role that names an intent nobody declared instead of making one up', () => {
    const { bot, problems } = load({ 'bots/shop.yaml': `${MANIFEST}globals: { deny: nope_intent }\n` });
    expect(bot).toBeUndefined();
    expect(problems.map((p) => [p.code, p.path])).toContainEqual(['BATON_UNKNOWN_INTENT', 'globals.deny']);
  });

  it('switches a role off with false', () => {
    const bot = loaded({ 'bots/shop.yaml': `${MANIFEST}globals: { thanks: false, cancel: false }\n` });
    expect(bot.globals.thanks).toBeUndefined();
    expect(bot.globals.cancel).toBeUndefined();
    expect(bot.intents.thanks).toBeUndefined();
    expect(bot.intents.cancel).toBeUndefined();
    expect(bot.training.some((e) => e.label === 'thanks' || e.label === 'cancel')).toBe(false);
  });

  it("leaves out a role whose default intent another role already names, rather than share it", () => {
    const bot = loaded({ 'bots/shop.yaml': `${MANIFEST}globals: { human: greet }\n` });
    expect(bot.globals.human).toBe('greet');
    expect(bot.globals.greet).toBeUndefined();
    expect(builtinOf(bot, 'greet')).toEqual(catalogue.roles.human.examples.filter((t) => !['hi', 'hello'].includes(normaliseExample(t))));
  });

  it("lets an author's example of another intent win over the same built-in example, without a problem", () => {
    const { bot, problems } = load({ 'intents/main.yaml': INTENTS.replace('[where is my order, track my parcel]', '[where is my order, track my parcel, go ahead]') });
    expect(problems).toEqual([]);
    expect(bot!.training.filter((e) => normaliseExample(e.text) === 'go ahead')).toEqual([{ text: 'go ahead', label: 'track' }]);
  });

  it("keeps the bot's held-out tests its own", () => {
    const bot = loaded({ 'intents/main.yaml': INTENTS.replace('    examples: [hi, hello]\n', '    examples: [hi, hello]\n    tests: [hey there you]\n') });
    expect(bot.tests).toEqual([{ text: 'hey there you', label: 'greet' }]);
  });

  it.each([['it', 'sì', 'parlare con una persona'], ['pt', 'claro que sim', 'falar com uma pessoa'], ['nl', 'ja graag', 'met een medewerker praten']])(
    'gives a bot of locale %s the built-in roles in its language', (locale, yes, human) => {
      const { bot, problems } = load({ 'bots/shop.yaml': `${MANIFEST}locale: ${locale}\n` });
      expect(problems.filter((p) => p.code === 'BATON_UNTRANSLATED')).toEqual([]);
      expect(bot!.globals).toMatchObject({ affirm: 'affirm', deny: 'deny', human: 'talk_to_human' });
      expect(bot!.training).toEqual(expect.arrayContaining([expect.objectContaining({ text: yes, label: 'affirm' }), expect.objectContaining({ text: human, label: 'talk_to_human' })]));
      expect(bot!.training.some((e) => e.builtin && e.text === 'yes please')).toBe(false);
    },
  );
});
