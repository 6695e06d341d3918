// What a bot that declares no conversation intents of its own does with a greeting, thanks, yes,
// no, stop and asking for a person: the built-in roles, understood by the bot's real NLU.
import { loadTinyBot, TINY_BOT_FILES } from '../support/tinyBot';
import { StepChat } from '../support/stepChat';

describe('a bot without conversation intents of its own', () => {
  const bot = loadTinyBot();

  it('answers a greeting with the hello message and what it can do', () => {
    const chat = new StepChat(bot);
    expect(chat.say('hiya')).toEqual(['Hello! What can I help you with?']);
    expect([...chat.buttons].sort()).toEqual(['Reset password', 'Track order']);
  });

  it('answers thanks, then asks whether there is anything else', () => {
    const chat = new StepChat(bot);
    expect(chat.say('thanks a lot')).toEqual(["You're welcome!", 'Is there anything else I can help you with?']);
    expect(chat.say('no thank you')).not.toContain('Is there anything else I can help you with?');
  });

  it('answers thanks in the middle of a question and asks it again', () => {
    const chat = new StepChat(bot);
    expect(chat.say('where is my order')).toEqual(['Shall I look up your latest order?']);
    expect(chat.say('cheers')).toEqual(["You're welcome!", 'Shall I look up your latest order?']);
  });

  it('takes a typed yes or no as the answer to its own question', () => {
    const yes = new StepChat(bot);
    yes.say('where is my order');
    expect(yes.say('yeah go on then')).toEqual(['It arrives tomorrow.', 'Is there anything else I can help you with?']);
    const no = new StepChat(bot);
    no.say('where is my order');
    expect(no.say('nah not now')).not.toContain('It arrives tomorrow.');
    expect(no.state.stack).toEqual([]);
  });

  it('stops a flow on a built-in cancel and hands over on a built-in request for a person', () => {
    const chat = new StepChat(bot);
    chat.say('where is my order');
    expect(chat.say('never mind')).toEqual(['OK, I stopped that. What else can I help you with?']);
    chat.say('can I speak to someone please');
    expect(chat.effects.some((e) => e.type === 'handoff')).toBe(true);
  });

  it("says the manifest's own hello and you're-welcome messages", () => {
    const own = loadTinyBot({ 'bots/shop.yaml': `${TINY_BOT_FILES['bots/shop.yaml']}messages:\n  hello: Hey! Ask me about an order.\n  youreWelcome: [Any time.]\n` });
    const chat = new StepChat(own);
    expect(chat.say('hello')).toEqual(['Hey! Ask me about an order.']);
    expect(chat.say('thank you')[0]).toBe('Any time.');
  });
});
