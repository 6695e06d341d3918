// What a bot that declares no conversation intents of its own does with a greeting, thanks, yes,
// no, stop and asking for a person: the built-in roles, understood by the bot's real NLU.
import type { CompiledBot } from '../../src/config/compiledBot';
import { newConversation, type ConversationState } from '../../src/engine/conversationState';
import type { Effect } from '../../src/engine/effects';
import { step } from '../../src/engine/step';
import { createBotNlu } from '../../src/nlu/createBotNlu';
import type { BotNlu } from '../../src/runtime/botNlu';
import { loadTinyBot, TINY_BOT_FILES } from '../support/tinyBot';

const AT = '2026-11-24T10:00:00Z';

class Chat {
  state: ConversationState;
  effects: Effect[] = [];
  readonly #nlu: BotNlu;
  constructor(readonly bot: CompiledBot) {
    this.state = newConversation(bot.id, 'c1');
    this.#nlu = createBotNlu(bot);
  }
  say(text: string): string[] {
    const result = step(this.bot, this.state, { type: 'message', at: AT, text, understanding: this.#nlu.understand(text, new Date(AT)) });
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

describe('a bot without conversation intents of its own', () => {
  const bot = loadTinyBot();

  it('answers a greeting with the hello message and what it can do', () => {
    const chat = new Chat(bot);
    expect(chat.say('hiya')).toEqual(['Hello! What can I help you with?']);
    expect([...chat.buttons].sort()).toEqual(['Reset password', 'Track order']);
  });

  it('answers thanks, then asks whether there is anything else', () => {
    const chat = new Chat(bot);
    expect(chat.say('thanks a lot')).toEqual(["You're welcome!", 'Is there anything else I can help you with?']);
    expect(chat.say('no thank you')).not.toContain('Is there anything else I can help you with?');
  });

  it('answers thanks in the middle of a question and asks it again', () => {
    const chat = new Chat(bot);
    expect(chat.say('where is my order')).toEqual(['Shall I look up your latest order?']);
    expect(chat.say('cheers')).toEqual(["You're welcome!", 'Shall I look up your latest order?']);
  });

  it('takes a typed yes or no as the answer to its own question', () => {
    const yes = new Chat(bot);
    yes.say('where is my order');
    expect(yes.say('yeah go on then')).toEqual(['It arrives tomorrow.', 'Is there anything else I can help you with?']);
    const no = new Chat(bot);
    no.say('where is my order');
    expect(no.say('nah not now')).not.toContain('It arrives tomorrow.');
    expect(no.state.stack).toEqual([]);
  });

  it('stops a flow on a built-in cancel and hands over on a built-in request for a person', () => {
    const chat = new Chat(bot);
    chat.say('where is my order');
    expect(chat.say('never mind')).toEqual(['OK, I stopped that. What else can I help you with?']);
    chat.say('can I speak to someone please');
    expect(chat.effects.some((e) => e.type === 'handoff')).toBe(true);
  });

  it("says the manifest's own hello and you're-welcome messages", () => {
    const own = loadTinyBot({ 'bots/shop.yaml': `${TINY_BOT_FILES['bots/shop.yaml']}messages:\n  hello: Hey! Ask me about an order.\n  youreWelcome: [Any time.]\n` });
    const chat = new Chat(own);
    expect(chat.say('hello')).toEqual(['Hey! Ask me about an order.']);
    expect(chat.say('thank you')[0]).toBe('Any time.');
  });
});
