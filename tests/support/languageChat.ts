// A conversation in one of a bot's languages through the real engine and the bot's real NLU: started
// in `language`, each message understood by that language's classifier and entities.
import type { CompiledBot } from '../../src/config/compiledBot';
import { newConversation, type ConversationState } from '../../src/engine/conversationState';
import type { Effect } from '../../src/engine/effects';
import type { Input } from '../../src/engine/input';
import { step } from '../../src/engine/step';
import type { BotNlu } from '../../src/runtime/botNlu';

export class LanguageChat {
  state: ConversationState;
  effects: Effect[] = [];
  constructor(readonly bot: CompiledBot, readonly nlu: BotNlu, language: string, readonly at = '2026-11-24T10:00:00Z') {
    this.state = newConversation(bot.id, 'c1');
    this.#step({ type: 'start', at, language });
  }

  say(text: string): string[] {
    this.#step({ type: 'message', at: this.at, text, understanding: this.nlu.understand(text, new Date(this.at), this.state.language) });
    return this.replies;
  }

  /** The outcome of the action the bot is waiting for. */
  answerCall(outcome: string): string[] {
    const call = this.effects.find((e): e is Extract<Effect, { type: 'call' }> => e.type === 'call');
    if (!call) throw new Error('The bot called no action in its last turn.');
    this.#step({ type: 'actionResult', at: this.at, callId: call.callId, outcome, ...(outcome === 'error' ? { error: 'ECONNREFUSED' } : {}) });
    return this.replies;
  }

  get replies(): string[] {
    return this.effects.flatMap((e) => (e.type === 'reply' ? [e.text] : []));
  }

  /** The titles of the quick replies of the last turn. */
  get buttons(): string[] {
    return this.effects.flatMap((e) => (e.type === 'reply' ? (e.quickReplies ?? []).map((q) => q.title) : []));
  }

  get cards(): unknown[] {
    return this.effects.flatMap((e) => (e.type === 'reply' && e.card ? [e.card] : []));
  }

  /** A slot's value in `flow`, while the flow keeps its slots. */
  slot(flow: string, name: string): unknown {
    return this.state.flowSlots[flow]?.[name];
  }

  #step(input: Input): void {
    const result = step(this.bot, this.state, input);
    this.state = JSON.parse(JSON.stringify(result.state)) as ConversationState;
    this.effects = [...result.effects];
  }
}
