// Writes a small bot into a temporary folder so loader tests can break one thing at a time.
// A `@@` in a file's text marks where a problem is expected; it is removed before writing.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { defineAction, defineBotCode, type BotCode } from '../../src/config/botCode';
import { loadBot, type LoadResult } from '../../src/config/loadBot';

export const BASE_FILES: Readonly<Record<string, string>> = {
  'bots/shop.yaml': `bot: shop
name: Shop
intents: [../intents/*.yaml]
flows: [../flows/*.yaml]
start: hello
handoff:
  queues:
    orders: { hours: "Mon-Fri 08:00-18:00 Europe/London" }
`,
  'intents/main.yaml': `intents:
  greet:
    examples: [hi, hello]
  track:
    examples: [where is my order, track my parcel]
entities:
  order_id: { regex: '#?(?<value>\\d{5})' }
faq:
  shipping:
    examples: [how much is shipping]
    answer: Free over 50.
`,
  'flows/hello.yaml': `flow: hello
trigger: greet
states:
  start:
    say: Hi
    next: end
`,
  'flows/track.yaml': `flow: track
trigger: track
slots:
  order_id: { entity: order_id, ask: Which order? }
states:
  start:
    collect: [order_id]
    next: check
  check:
    call: lookup
    on: { found: done, error: human }
  done:
    say: Order {{order_id}} found.
    next: end
  human:
    handoff: { queue: orders }
`,
};

export const FIXTURE_CODE: BotCode = defineBotCode({
  actions: {
    lookup: defineAction({ outcomes: ['found'], run: () => ({ outcome: 'found' }) }),
    lookup_tier: defineAction({ outcomes: ['found'], sets: ['tier'], run: () => ({ outcome: 'found', slots: { tier: 'gold' } }) }),
  },
  validators: { known_order: () => true },
  conditions: { is_vip: () => false },
});

export interface Marker {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

export interface Fixture {
  readonly dir: string;
  readonly markers: readonly Marker[];
  load(options?: { code?: BotCode | null }): LoadResult;
  /** A problem's file relative to the fixture folder. */
  rel(file: string): string;
  remove(): void;
}

/** Files are the base bot with `changes` applied: a string replaces a file, null removes it. */
export function makeFixture(changes: Readonly<Record<string, string | Buffer | null>> = {}): Fixture {
  const dir = mkdtempSync(join(tmpdir(), 'baton-fixture-'));
  const files: Record<string, string | Buffer | null> = { ...BASE_FILES, ...changes };
  const markers: Marker[] = [];
  for (const [name, content] of Object.entries(files)) {
    if (content === null) continue;
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    if (typeof content === 'string') {
      const lines = content.split('\n');
      lines.forEach((line, i) => {
        const col = line.indexOf('@@');
        if (col >= 0) markers.push({ file: name, line: i + 1, col: col + 1 });
      });
      writeFileSync(path, content.replace(/@@/g, ''));
    } else {
      writeFileSync(path, content);
    }
  }
  return {
    dir,
    markers,
    load: (options = {}) => loadBot(join(dir, 'bots/shop.yaml'), options.code === null ? {} : { code: options.code ?? FIXTURE_CODE }),
    rel: (file) => relative(dir, resolve(file)),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
