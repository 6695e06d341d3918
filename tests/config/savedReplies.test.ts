// Agents' saved replies in YAML beside the bot: loaded per bot with their queues, and every mistake
// (an unknown placeholder, queue or field, an id used twice) reported at its place with a hint.
import { join } from 'node:path';
import { loadBot } from '../../src/config/loadBot';
import { BASE_FILES, makeFixture } from '../support/botFixture';

const MANIFEST = `${BASE_FILES['bots/shop.yaml']!.replace('    orders: { hours: "Mon-Fri 08:00-18:00 Europe/London" }\n', '    orders: { hours: "Mon-Fri 08:00-18:00 Europe/London" }\n    billing: { hours: "Mon-Fri 08:00-18:00 Europe/London" }\n')}replies: [replies/*.yaml]\n`;

const REPLIES = `replies:
  order_delayed:
    title: Order running late
    queues: [orders]
    text: |-
      Sorry {{customer.first_name}}, order {{order_id}} is running late.
      I'm {{agent.name}} of {{bot.name}} and I'll email you.
  anything_else:
    title: Anything else?
    text: Is there anything else I can help with?
`;

/** Loads the fixture bot with `replies` as its one file of saved replies; `@@` marks where a problem is expected. */
function loadWith(replies: string, more: Record<string, string> = {}) {
  const fixture = makeFixture({ 'bots/shop.yaml': MANIFEST, 'bots/replies/shop.yaml': replies, ...more });
  try {
    const result = fixture.load();
    const located = result.problems.map((p) => `${fixture.rel(p.file)}:${p.line}:${p.col} ${p.code} ${p.path}: ${p.message} ${p.hint}`);
    const marked = fixture.markers.map((m) => `${m.file}:${m.line}:${m.col}`);
    return { ...result, located, marked };
  } finally {
    fixture.remove();
  }
}

describe('saved replies', () => {
  it('load with their ids, titles, texts of several lines and queues, and are among the files a reload watches', () => {
    const { bot, problems } = loadWith(REPLIES);
    expect(problems).toEqual([]);
    expect(bot!.replies.map(({ file: _file, ...r }) => r)).toEqual([
      { id: 'order_delayed', title: 'Order running late', queues: ['orders'], text: "Sorry {{customer.first_name}}, order {{order_id}} is running late.\nI'm {{agent.name}} of {{bot.name}} and I'll email you." },
      { id: 'anything_else', title: 'Anything else?', text: 'Is there anything else I can help with?' },
    ]);
    expect(bot!.files.filter((f) => f.endsWith(join('bots', 'replies', 'shop.yaml')))).toHaveLength(1);
  });

  it('are optional: a bot without `replies` has none', () => {
    const fixture = makeFixture();
    try {
      expect(fixture.load().bot!.replies).toEqual([]);
    } finally {
      fixture.remove();
    }
  });

  it('report an unknown placeholder at the placeholder itself, with the code and the closest name', () => {
    const { bot, located, marked } = loadWith('replies:\n  late:\n    title: Late\n    text: |-\n      Hello {{customer.first_name}},\n      your order @@{{ordr_id}} is late.\n      Regards, @@{{agent.nmae}}\n');
    expect(bot).toBeUndefined();
    expect(located).toEqual([
      `${marked[0]} BATON_UNKNOWN_PLACEHOLDER replies.late.text: {{ordr_id}} is neither a slot of the bot nor a detail Baton fills. Did you mean "order_id"?`,
      `${marked[1]} BATON_UNKNOWN_PLACEHOLDER replies.late.text: {{agent.nmae}} is neither a slot of the bot nor a detail Baton fills. Did you mean "agent.name"?`,
    ]);
  });

  it('list what may be used when an unknown placeholder is close to nothing', () => {
    const { located } = loadWith('replies:\n  late:\n    title: Late\n    text: "Your parcel is with @@{{courier}}."\n');
    expect(located).toHaveLength(1);
    expect(located[0]).toContain('BATON_UNKNOWN_PLACEHOLDER');
    expect(located[0]).toContain("Use a slot of one of the bot's flows or of the manifest, or one of customer.name, customer.first_name, customer.email, customer.phone, agent.name, agent.first_name, bot.name.");
  });

  it('may name a slot of any flow or of the manifest, but a flow may not name a saved reply\'s details', () => {
    const manifestSlot = MANIFEST.replace('replies:', 'slots:\n  email: { entity: email, ask: Your email? }\nreplies:');
    const { problems } = loadWith('replies:\n  mail:\n    title: Mail\n    text: "I wrote to {{email}} about {{order_id}}."\n', { 'bots/shop.yaml': manifestSlot });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const flowWithDetail = BASE_FILES['flows/hello.yaml']!.replace('say: Hi', 'say: @@"Hi {{customer.name}}"');
    const { located, marked } = loadWith(REPLIES, { 'flows/hello.yaml': flowWithDetail });
    expect(located).toEqual([`${marked[0]} BATON_UNKNOWN_SLOT states.start.say: {{customer.name}} names no slot of this flow. Declare it under the flow's \`slots:\`.`]);
  });

  it('report a queue the manifest does not have', () => {
    const { bot, located, marked } = loadWith(REPLIES.replace('queues: [orders]', 'queues: [orders, @@biling]'));
    expect(bot).toBeUndefined();
    expect(located).toEqual([`${marked[0]} BATON_UNKNOWN_QUEUE replies.order_delayed.queues[1]: "biling" is not a queue of the manifest. Did you mean "billing"?`]);
  });

  it('report an id used in two files at the second, naming the first', () => {
    const { bot, located, marked } = loadWith(REPLIES, { 'bots/replies/urgent.yaml': 'replies:\n  @@anything_else:\n    title: More?\n    text: Anything more?\n' });
    expect(bot).toBeUndefined();
    expect(located).toHaveLength(1);
    expect(located[0]).toMatch(new RegExp(`^${marked[0]} BATON_DUPLICATE_NAME replies\\.anything_else: Saved reply "anything_else" is already defined at \\S*bots/replies/shop\\.yaml:8:3\\.`));
  });

  it.each([
    ['a reply without text', 'replies:\n  @@late:\n    title: Late\n', 'BATON_SCHEMA_REQUIRED'],
    ['a misspelled field', 'replies:\n  late:\n    title: Late\n    text: Late.\n    @@queue: [orders]\n', 'BATON_SCHEMA_UNKNOWN_FIELD'],
    ['an id with capitals and dashes', 'replies:\n  @@Order-Late:\n    title: Late\n    text: Late.\n', 'BATON_SCHEMA_NAME'],
    ['queues that are not a list', 'replies:\n  late:\n    title: Late\n    text: Late.\n    queues: @@orders\n', 'BATON_SCHEMA_TYPE'],
    ['an empty text', 'replies:\n  late:\n    title: Late\n    text: @@""\n', 'BATON_SCHEMA_VALUE'],
    ['a malformed placeholder', 'replies:\n  late:\n    title: Late\n    text: @@Order {{ order id }} is late.\n', 'BATON_BAD_TEMPLATE'],
  ])('report %s against the schema, located', (_title, replies, code) => {
    const { bot, problems, located, marked } = loadWith(replies);
    expect(bot).toBeUndefined();
    expect(problems.map((p) => p.code)).toContain(code);
    expect(located.find((l) => l.includes(code))).toMatch(new RegExp(`^${marked[0]} `));
  });

  it('are a file of their own kind: a flows glob that matches one says so', () => {
    const { bot, located } = loadWith(REPLIES, { 'flows/replies.yaml': REPLIES });
    expect(bot).toBeUndefined();
    expect(located).toEqual([expect.stringContaining("BATON_FILE_KIND : This is a file of saved replies, but the manifest's `flows` globs read it as a flow file.")]);
  });

  it('of the sample bot serve each of its queues and fill only names the bot knows', () => {
    const { bot, problems } = loadBot(join(__dirname, '..', '..', 'bots', 'acme.yaml'));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    for (const queue of Object.keys(bot!.handoff.queues)) expect(bot!.replies.filter((r) => r.queues?.includes(queue)).length).toBeGreaterThan(0);
    expect(bot!.replies.filter((r) => r.queues === undefined).length).toBeGreaterThan(0);
  });
});
