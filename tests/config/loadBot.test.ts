// The loader as a whole: every problem in one run, a frozen linked bot, and hostile files handled.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadBot } from '../../src/config/loadBot';
import { BASE_FILES, makeFixture } from '../support/botFixture';

describe('loadBot', () => {
  it('reports the problems of every file in one run, errors and warnings apart', () => {
    const fixture = makeFixture({
      'flows/hello.yaml': 'flow: hello\ntrigger: gret\nstates:\n  start:\n    say: Hi\n    next: ennd\n  orphan:\n    say: x\n    next: end\n',
      'flows/track.yaml': BASE_FILES['flows/track.yaml']!.replace('call: lookup', 'call: lokup'),
    });
    try {
      const { bot, problems } = fixture.load();
      expect(bot).toBeUndefined();
      const codes = problems.map((p) => `${fixture.rel(p.file)} ${p.code} ${p.severity}`);
      expect(codes).toEqual(expect.arrayContaining([
        'flows/hello.yaml BATON_UNKNOWN_INTENT error',
        'flows/hello.yaml BATON_UNKNOWN_STATE error',
        'flows/hello.yaml BATON_UNREACHABLE_STATE warning',
        'flows/track.yaml BATON_UNKNOWN_ACTION error',
      ]));
    } finally {
      fixture.remove();
    }
  });

  it('says to quote a text that a comma split inside { }', () => {
    const fixture = makeFixture({
      'flows/hello.yaml': 'flow: hello\nslots:\n  pick: { ask: Which class - yoga, spin or pilates? }\nstates:\n  start:\n    collect: [pick]\n    next: end\n',
    });
    try {
      const unknown = fixture.load().problems.filter((p) => p.code === 'BATON_SCHEMA_UNKNOWN_FIELD');
      expect(unknown.map((p) => [p.line, p.col, p.message])).toEqual([[3, 36, '"spin or pilates?" is not a field of slots.pick.']]);
      expect(unknown[0]!.hint).toContain('put a text that holds commas in quotes');
    } finally {
      fixture.remove();
    }
  });

  it('says once to quote a text that a comma split inside a { } of texts by language', () => {
    const fixture = makeFixture({
      'bots/shop.yaml': 'bot: shop\nname: Shop\nlocale: de\nlanguages: [en]\nintents: [../intents/*.yaml]\nflows: [../flows/*.yaml]\nstart: hello\n',
      'intents/main.yaml': 'intents:\n  greet:\n    examples: { de: [hallo, guten tag], en: [hi, hello] }\n',
      'flows/track.yaml': null,
      'flows/hello.yaml': 'flow: hello\ntrigger: greet\nstates:\n  start:\n    say: { de: In Ordnung, nichts gebucht., en: "All right, nothing booked." }\n    next: end\n',
    });
    try {
      const { problems } = fixture.load();
      expect(problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.line, p.col, p.message])).toEqual([
        ['BATON_SCHEMA_UNKNOWN_FIELD', 5, 28, '"nichts gebucht." is not a field of states.start.say: a comma cut the text before it.'],
      ]);
      expect(problems[0]!.hint).toContain('put a text that holds commas in quotes');
    } finally {
      fixture.remove();
    }
  });

  it('keeps the spelling hint for an unknown field of a { } map that has a value', () => {
    const fixture = makeFixture({
      'flows/hello.yaml': 'flow: hello\nslots:\n  pick: { ask: Which one?, entitty: email }\nstates:\n  start:\n    collect: [pick]\n    next: end\n',
    });
    try {
      const unknown = fixture.load().problems.filter((p) => p.code === 'BATON_SCHEMA_UNKNOWN_FIELD');
      expect(unknown.map((p) => p.hint)).toEqual(['Did you mean "entity"?']);
    } finally {
      fixture.remove();
    }
  });

  it('reports schema problems of several files together', () => {
    const fixture = makeFixture({
      'flows/hello.yaml': 'flow: hello\nstates:\n  start:\n    sya: Hi\n    next: end\n',
      'intents/main.yaml': 'intents:\n  greet:\n    exmaples: [hi]\n',
    });
    try {
      const codes = fixture.load().problems.map((p) => `${fixture.rel(p.file)}:${p.line}:${p.col} ${p.code}`);
      expect(codes).toEqual(expect.arrayContaining([
        'flows/hello.yaml:4:5 BATON_SCHEMA_UNKNOWN_FIELD',
        'intents/main.yaml:2:3 BATON_SCHEMA_REQUIRED',
        'intents/main.yaml:3:5 BATON_SCHEMA_UNKNOWN_FIELD',
      ]));
    } finally {
      fixture.remove();
    }
  });

  it('builds a frozen bot with resolved names, triggers, training data and opening hours', () => {
    const fixture = makeFixture();
    try {
      const { bot } = fixture.load();
      expect(Object.isFrozen(bot)).toBe(true);
      expect(Object.isFrozen(bot!.flows.track!.states)).toBe(true);
      expect(bot!.triggers).toEqual({ greet: 'hello', track: 'track' });
      expect(bot!.training).toContainEqual({ text: 'how much is shipping', label: 'shipping' });
      expect(bot!.entities.order_id).toEqual({ kind: 'regex', name: 'order_id', pattern: '#?(?<value>\\d{5})', flags: 'i' });
      expect(bot!.flows.track!.states.check).toMatchObject({ kind: 'call', call: 'lookup', on: { found: 'done', error: 'human' } });
      expect(bot!.handoff.queues.orders!.hours.ranges[0]).toEqual({ days: [1, 2, 3, 4, 5], from: 480, to: 1080, zone: 'Europe/London' });
      expect(bot!.handoff.defaultQueue).toBe('orders');
      expect(bot!.messages.faqFollowUp).toEqual(['Did that answer your question?']);
    } finally {
      fixture.remove();
    }
  });

  it('reports a manifest that does not exist as unreadable', () => {
    const { bot, problems } = loadBot(join(__dirname, 'no-such-bot.yaml'));
    expect(bot).toBeUndefined();
    expect(problems.map((p) => p.code)).toEqual(['BATON_FILE_UNREADABLE']);
    expect(problems[0]!.message).toContain('ENOENT');
  });

  it('reports a folder matched by a path as unreadable, not as a crash', () => {
    const fixture = makeFixture();
    try {
      mkdirSync(join(fixture.dir, 'bots', 'folder.yaml'));
      const { problems } = loadBot(join(fixture.dir, 'bots', 'folder.yaml'));
      expect(problems.map((p) => p.code)).toEqual(['BATON_FILE_UNREADABLE']);
    } finally {
      fixture.remove();
    }
  });

  it('refuses an alias bomb with a located error', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    const fixture = makeFixture({ 'intents/bomb.yaml': `${levels.join('\n')}\n` });
    try {
      const { problems } = fixture.load();
      expect(problems.some((p) => p.code === 'BATON_YAML_SYNTAX' && fixture.rel(p.file) === 'intents/bomb.yaml')).toBe(true);
    } finally {
      fixture.remove();
    }
  });

  it('reads files with a byte order mark and Windows line ends', () => {
    const fixture = makeFixture({ 'flows/hello.yaml': `\uFEFF${BASE_FILES['flows/hello.yaml']!.replace(/\n/g, '\r\n')}` });
    try {
      expect(fixture.load().problems).toEqual([]);
    } finally {
      fixture.remove();
    }
  });

  it('accepts goto into another flow and counts the target state as reachable', () => {
    const fixture = makeFixture({
      'flows/hello.yaml': 'flow: hello\ntrigger: greet\nstates:\n  start:\n    say: Hi\n    goto: track.done\n',
    });
    try {
      const { bot, problems } = fixture.load();
      expect(problems).toEqual([]);
      expect(bot!.flows.hello!.states.start).toMatchObject({ kind: 'goto', flow: 'track', state: 'done' });
    } finally {
      fixture.remove();
    }
  });

  it('ignores files in the folders that the globs do not match', () => {
    const fixture = makeFixture();
    try {
      writeFileSync(join(fixture.dir, 'flows', 'notes.txt'), 'not yaml');
      expect(fixture.load().problems).toEqual([]);
    } finally {
      fixture.remove();
    }
  });
});
