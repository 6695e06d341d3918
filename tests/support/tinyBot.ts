// A tiny bot for tests of what Baton gives every bot: two domain intents and an FAQ entry, no
// affirm, deny, cancel, greeting, thanks or person intents of its own, and no `globals`.
// Files for makeFixture, replacing the whole base bot.
import type { CompiledBot } from '../../src/config/compiledBot';
import { makeFixture } from './botFixture';

export const TINY_BOT_FILES: Readonly<Record<string, string>> = {
  'bots/shop.yaml': `bot: tiny
name: Tiny Shop
intents: [../intents/*.yaml]
flows: [../flows/*.yaml]
start: hello
handoff:
  queues:
    orders: { hours: "Mon-Sun 00:00-24:00 UTC" }
`,
  'intents/main.yaml': `intents:
  track_order:
    examples: [where is my order, track my parcel, has my package shipped, when will my order arrive, my delivery is late]
  reset_password:
    examples: [I forgot my password, reset my password, I can't log in, my password doesn't work, change my password]
faq:
  opening_hours:
    examples: [when are you open, what are your opening hours, are you open on sunday]
    answer: We're open every day, 9 to 5.
`,
  'flows/hello.yaml': `flow: hello
states:
  start:
    say: Hi, I can track an order or reset a password.
    next: end
`,
  'flows/track.yaml': `flow: track
trigger: track_order
states:
  start:
    ask: Shall I look up your latest order?
    choices:
      - { title: "Yes", intent: affirm, next: found }
      - { title: "No", intent: deny, next: end }
  found:
    say: It arrives tomorrow.
    next: end
`,
  'flows/reset.yaml': `flow: reset
trigger: reset_password
states:
  start:
    say: I've sent you a reset link.
    next: end
`,
};

/** The tiny bot, compiled; `changes` replace or add files. */
export function loadTinyBot(changes: Readonly<Record<string, string>> = {}): CompiledBot {
  const fixture = makeFixture({ ...TINY_BOT_FILES, ...changes });
  try {
    const { bot, problems } = fixture.load({ code: null });
    if (!bot) throw new Error(`the tiny bot does not load: ${problems.map((p) => `${p.code} ${p.message}`).join('; ')}`);
    return bot;
  } finally {
    fixture.remove();
  }
}
