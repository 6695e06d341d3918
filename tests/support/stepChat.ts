// A conversation with a compiled bot through the real engine and the bot's real NLU, one message at a
// time, for tests that read what the bot says and which buttons it shows.
import type { CompiledBot } from '../../src/config/compiledBot';
import { newConversation, type ConversationState } from '../../src/engine/conversationState';
import type { Effect } from '../../src/engine/effects';
import { step } from '../../src/engine/step';
import { createBotNlu } from '../../src/nlu/createBotNlu';
import type { BotNlu } from '../../src/runtime/botNlu';

export class StepChat {
  state: ConversationState;
  effects: Effect[] = [];
  readonly #nlu: BotNlu;
  constructor(
    readonly bot: CompiledBot,
    readonly at = '2026-11-24T10:00:00Z',
    nlu: BotNlu = createBotNlu(bot),
  ) {
    this.state = newConversation(bot.id, 'c1');
    this.#nlu = nlu;
  }
  say(text: string): string[] {
    const result = step(this.bot, this.state, { type: 'message', at: this.at, text, understanding: this.#nlu.understand(text, new Date(this.at)) });
    this.state = JSON.parse(JSON.stringify(result.state));
    this.effects = [...result.effects];
    return this.replies;
  }
  get replies(): string[] {
    return this.effects.flatMap((e) => (e.type === 'reply' ? [e.text] : []));
  }
  get buttons(): string[] {
    return this.effects.flatMap((e) => (e.type === 'reply' ? (e.quickReplies ?? []).map((q) => q.title) : []));
  }
}
