// Names that every object inherits, coming from a button payload or an agent's hand-back, are no
// intent, FAQ entry, flow or state of the bot: the engine treats them as unknown, never as found.
import { join } from 'node:path';
import type { CompiledBot } from '../../src/config/compiledBot';
import { loadBot } from '../../src/config/loadBot';
import { newConversation, type ConversationState } from '../../src/engine/conversationState';
import { step } from '../../src/engine/step';
import type { Understanding } from '../../src/engine/understanding';

const bot = loadBot(join(__dirname, '..', '..', 'bots', 'acme.yaml')).bot as CompiledBot;
const AT = '2026-11-24T10:00:00Z';
const NOTHING: Understanding = { intents: [], outOfScope: true, byPattern: false, entities: [], sentiment: 0, truncated: false };

function started(): ConversationState {
  return step(bot, newConversation('acme', 'c1'), { type: 'start', at: AT }).state;
}

describe('a name every object inherits', () => {
  it('in a button payload decides no intent and shows no FAQ answer', () => {
    const { state, effects } = step(bot, started(), { type: 'message', at: AT, text: 'hello', payload: 'intent:constructor', understanding: NOTHING });
    const said = state.transcript.filter((e) => e.from === 'customer');
    expect(said).toEqual([expect.objectContaining({ text: 'hello' })]);
    expect(said[0]!.intent).toBeUndefined();
    expect(effects.flatMap((e) => (e.type === 'event' ? [e.name] : []))).not.toContain('faq_shown');
    expect(effects.flatMap((e) => (e.type === 'reply' ? [e.text] : []))).toEqual([bot.messages.fallback[0]]);
  });

  it('as the flow of a hand-back starts no flow', () => {
    const inHandoff = step(bot, started(), { type: 'message', at: AT, text: 'talk to a human', payload: 'intent:talk_to_human', understanding: NOTHING }).state;
    const { state } = step(bot, inHandoff, { type: 'handBack', at: AT, flow: 'constructor' });
    expect(state.stack).toEqual([]);
    expect(state.status).toBe('bot');
  });

  it('as the state of a hand-back starts the flow at its start', () => {
    const inHandoff = step(bot, started(), { type: 'message', at: AT, text: 'talk to a human', payload: 'intent:talk_to_human', understanding: NOTHING }).state;
    const { state } = step(bot, inHandoff, { type: 'handBack', at: AT, flow: 'return_item', state: 'constructor' });
    expect(state.stack.map((f) => `${f.flow}.${f.state}`)).toEqual([`return_item.${bot.flows.return_item!.start}`]);
  });
});
