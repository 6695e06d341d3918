// A bot with no offline flow still tells the customer why nobody answers and that the request is
// kept: the handoff becomes a ticket, not silence.
import { join } from 'node:path';
import type { CompiledBot } from '../../src/config/compiledBot';
import { loadBot } from '../../src/config/loadBot';
import { newConversation } from '../../src/engine/conversationState';
import { step } from '../../src/engine/step';
import type { Understanding } from '../../src/engine/understanding';

const acme = loadBot(join(__dirname, '..', '..', 'bots', 'acme.yaml')).bot as CompiledBot;
const bot: CompiledBot = { ...acme, handoff: { ...acme.handoff, offline: undefined } };
const asksForAPerson: Understanding = { intents: [{ name: 'talk_to_human', confidence: 0.95 }], outOfScope: false, byPattern: false, entities: [], sentiment: 0, truncated: false };

function askForAPerson(at: string, staffed: Record<string, boolean> = {}) {
  const result = step(bot, newConversation('acme', 'c1'), { type: 'message', at, text: 'I want to talk to a person', understanding: asksForAPerson, staffed });
  return {
    replies: result.effects.flatMap((e) => (e.type === 'reply' ? [e.text] : [])),
    handoff: result.effects.find((e) => e.type === 'handoff'),
    status: result.state.status,
  };
}

describe('a handoff when nobody can take it and the bot has no offline flow', () => {
  it('says when the queue opens and that the request is kept, and keeps it as a ticket', () => {
    const out = askForAPerson('2026-11-29T10:00:00Z'); // a Sunday
    expect(out.replies.slice(-2)).toEqual([
      "We're closed now; we open again tomorrow at 8:00.",
      "I've passed your request to the team with everything you've told me; they'll pick it up as soon as they can.",
    ]);
    expect(out.handoff).toMatchObject({ mode: 'ticket' });
    expect(out.status).toBe('bot');
  });

  it('says nobody is free when the queue is open but nobody is online', () => {
    const out = askForAPerson('2026-11-24T10:00:00Z', { orders: false });
    expect(out.replies.slice(-2)).toEqual([
      'Nobody from the team is free to chat right now.',
      "I've passed your request to the team with everything you've told me; they'll pick it up as soon as they can.",
    ]);
    expect(out.handoff).toMatchObject({ mode: 'ticket' });
  });
});
