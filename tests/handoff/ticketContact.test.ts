// A ticket shows what the customer left and how to reach them, whatever the author named the slots:
// a vet clinic's bot asks every flow's pet name and owner's phone as conversation slots, and its
// offline flow takes the message in a slot of its own.
import { buildHandoffPacket } from '../../src/handoff/buildHandoffPacket';
import type { HandoffRecord } from '../../src/handoff/handoffRecord';
import { ticketMessage } from '../../src/handoff/ticketMessage';
import { newConversation, type ConversationState } from '../../src/engine/conversationState';
import { ticketView } from '../../src/server/ticketView';
import { makeFixture } from '../support/botFixture';
import { TINY_BOT_FILES } from '../support/tinyBot';

const files = {
  ...TINY_BOT_FILES,
  'bots/shop.yaml': `${TINY_BOT_FILES['bots/shop.yaml']!.replace('handoff:\n  queues:\n    orders: { hours: "Mon-Sun 00:00-24:00 UTC" }\n', '')}slots:
  pet_name: { ask: "What's your pet's name?" }
  owner_phone: { entity: phone, ask: "What's the best number to reach you on?" }
  owner_email: { entity: email, ask: "What's your email address?" }
handoff:
  queues:
    pharmacy: { hours: "Mon-Fri 09:00-17:00 UTC" }
  offline: leave_message
`,
  'flows/leave.yaml': `flow: leave_message
slots:
  note: { ask: What would you like to tell us? }
states:
  start:
    collect: [pet_name, note, owner_phone]
    next: done
  done:
    say: Thanks, we'll call you back.
    next: end
`,
};

function ticketFrom(state: ConversationState): HandoffRecord {
  const fixture = makeFixture(files);
  const { bot, problems } = fixture.load({ code: null });
  if (!bot) throw new Error(problems.map((p) => p.message).join('; '));
  const packet = buildHandoffPacket(bot, state, { queue: 'pharmacy', reason: 'repeat_prescription', summary: 'Repeat prescription' }, '2026-12-07T06:46:00.000Z', { extra: { note: 'Rex is on 50mg twice a day, we have 3 left' } });
  const record = { id: 'h1', conversationId: state.conversationId, botId: bot.id, queue: 'pharmacy', status: 'ticket', priority: 50, createdAt: '2026-12-07T06:46:00.000Z', packet } as unknown as HandoffRecord;
  expect(ticketMessage(bot, record)).toBe('Rex is on 50mg twice a day, we have 3 left');
  return Object.assign(record, { view: ticketView(bot, record) });
}

describe('a ticket of a bot whose slots have names of its own', () => {
  it('has the offline flow\'s own free text as its message, not a name asked before it', () => {
    const state = { ...newConversation('tiny', 'c1'), slots: { pet_name: 'Rex', owner_phone: '+353871234567' } };
    const ticket = ticketFrom(state) as HandoffRecord & { view: ReturnType<typeof ticketView> };
    expect(ticket.view.message).toBe('Rex is on 50mg twice a day, we have 3 left');
  });

  it('shows the phone and email the customer gave, read by their entities', () => {
    const state = { ...newConversation('tiny', 'c2'), slots: { pet_name: 'Rex', owner_phone: '+353871234567', owner_email: 'ann@example.com' } };
    const ticket = ticketFrom(state) as HandoffRecord & { view: ReturnType<typeof ticketView> };
    expect(ticket.packet.customer).toMatchObject({ phone: '+353871234567', email: 'ann@example.com' });
    expect(ticket.view.contact).toEqual({ phone: '+353871234567', email: 'ann@example.com' });
  });

  it('leaves the contact empty when none was given', () => {
    const ticket = ticketFrom({ ...newConversation('tiny', 'c3'), slots: { pet_name: 'Rex' } }) as HandoffRecord & { view: ReturnType<typeof ticketView> };
    expect(ticket.view.contact).toEqual({});
  });
});
