// The manifest's `webchat` settings: a privacy notice, the sites that may frame the page and the
// page's words, checked by the schema with file:line:col and a readable message, and compiled into the bot.
import { BASE_FILES, makeFixture } from '../support/botFixture';

const manifest = (webchat: string): Record<string, string> => ({ 'bots/shop.yaml': `${BASE_FILES['bots/shop.yaml']}${webchat}` });

describe('the manifest\'s webchat settings', () => {
  it('compile into the bot, the notice trimmed and the origins kept in order', () => {
    const fixture = makeFixture(manifest('webchat:\n  privacy: "  We keep chats for 30 days.  "\n  embedOrigins: [https://www.example.com, "http://localhost:8080", "https://*.example.org"]\n'));
    try {
      const { bot, problems } = fixture.load();
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(bot!.webchat).toEqual({ privacy: 'We keep chats for 30 days.', embedOrigins: ['https://www.example.com', 'http://localhost:8080', 'https://*.example.org'] });
    } finally {
      fixture.remove();
    }
  });

  it('are absent from a bot whose manifest has none', () => {
    const fixture = makeFixture();
    try {
      expect(fixture.load().bot!.webchat).toBeUndefined();
    } finally {
      fixture.remove();
    }
  });

  it('refuse an origin with a path, a blank notice and an unknown field, each where it is', () => {
    const fixture = makeFixture(manifest('webchat:\n  privacy: "   "\n  embedOrigins: [https://www.example.com/shop]\n  colour: red\n'));
    try {
      const { bot, problems } = fixture.load();
      expect(bot).toBeUndefined();
      const found = problems.map((p) => `${p.line}:${p.col} ${p.code} ${p.message}`);
      expect(found).toEqual([
        '10:12 BATON_SCHEMA_VALUE webchat.privacy must not be blank.',
        '11:18 BATON_SCHEMA_VALUE webchat.embedOrigins[0] must be an origin in lower case, scheme and host with no path, e.g. https://www.example.com or https://*.example.com.',
        '12:3 BATON_SCHEMA_UNKNOWN_FIELD "colour" is not a field of webchat.',
      ]);
    } finally {
      fixture.remove();
    }
  });

  it('compile the bot\'s words, a count\'s word as one text or per plural form', () => {
    const fixture = makeFixture(manifest('webchat:\n  words:\n    launcherOpen: Chat with Acme\n    statusBotOnly: Only the bot is in\n    launcherOpenUnread: { one: "1 new", other: "{{count}} new" }\n'));
    try {
      const { bot, problems } = fixture.load();
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(bot!.webchat).toEqual({ words: { launcherOpen: 'Chat with Acme', statusBotOnly: 'Only the bot is in', launcherOpenUnread: { one: '1 new', other: '{{count}} new' } } });
    } finally {
      fixture.remove();
    }
  });

  it('refuse a misspelt word, a blank one and a plural form that is not one, each where it is', () => {
    const fixture = makeFixture(manifest('webchat:\n  words:\n    launcherOpn: Chat with Acme\n    statusOnline: "  "\n    launcherOpenUnread: { one: "1 new", several: "{{count}} new" }\n'));
    try {
      const { bot, problems } = fixture.load();
      expect(bot).toBeUndefined();
      expect(problems.map((p) => `${p.line}:${p.col} ${p.code} ${p.message}${p.hint ? ` (${p.hint})` : ''}`)).toEqual([
        expect.stringMatching(/^11:5 BATON_SCHEMA_UNKNOWN_FIELD "launcherOpn" is not a field of webchat\.words\..*launcherOpen/),
        expect.stringMatching(/^12:19 BATON_SCHEMA_VALUE webchat\.words\.statusOnline must not be blank\./),
        '13:41 BATON_SCHEMA_UNKNOWN_FIELD "several" is not a field of webchat.words.launcherOpenUnread. (Remove it, or check flows.schema.json. Known: "zero", "one", "two", "few", "many", "other".)',
      ]);
    } finally {
      fixture.remove();
    }
  });
});
