// A saved reply filled from a handoff packet: slots read as the bot writes them (a date as a day, a
// phone number the national way), the customer's and agent's first names, the bot's name, and every
// detail the conversation lacks left as a visible [name] and listed once.
import { fillSavedReply } from '../../src/handoff/fillSavedReply';
import { handoffPacketErrors, type HandoffPacket } from '../../src/handoff/handoffPacket';
import { BASE_FILES, makeFixture } from '../support/botFixture';

const AGENT = { id: 'ann', name: 'Ann Lee', queues: ['orders'], capacity: 2 };

function packet(customer: HandoffPacket['customer'], filled: HandoffPacket['slots']['filled']): HandoffPacket {
  const p: HandoffPacket = {
    version: 1, conversationId: 'c1', botId: 'shop', customer, queue: 'orders', reason: 'customer_asked', priority: 50, summary: 'Delivery',
    intents: [], slots: { filled, missing: [] }, faqShown: [], flow: { name: 'delivery', state: 'start' }, actions: [],
    frustration: { level: 'low', score: 0, sentiment: 0, misunderstandings: 0, reasked: 0 }, transcript: [], earlierConversations: [], createdAt: '2026-11-24T10:00:00Z',
  };
  expect(handoffPacketErrors(p)).toEqual([]);
  return p;
}

describe('fillSavedReply', () => {
  const fixture = makeFixture({
    'bots/shop.yaml': `${BASE_FILES['bots/shop.yaml']}timezone: Europe/London\ncountry: GB\nreplies: [replies/*.yaml]\n`,
    'flows/delivery.yaml': 'flow: delivery\nslots:\n  day: { entity: date, ask: Which day? }\n  mobile: { entity: phone, ask: Your number? }\nstates:\n  start:\n    collect: [day, mobile]\n    next: end\n',
    'bots/replies/shop.yaml': 'replies:\n  rebook:\n    title: Rebooked\n    text: "{{customer.first_name}}, your delivery is now on {{day}}; the driver calls {{mobile}} or {{customer.phone}}. Order {{order_id}}, {{order_id}}. {{agent.first_name}} of {{bot.name}}"\n',
  });
  afterAll(() => fixture.remove());
  const { bot, problems } = fixture.load();

  it('fills slots the way the bot writes them, and names from the packet, the agent and the bot', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const filled = fillSavedReply(bot!, bot!.replies[0]!, AGENT, packet({ name: 'Sam  Carter', phone: '+447911123456' }, { day: '2026-11-27', mobile: '+447700900123', order_id: '12346' }), new Date('2026-11-24T10:00:00Z'));
    expect(filled).toEqual({
      id: 'rebook', title: 'Rebooked', missing: [],
      text: 'Sam, your delivery is now on Friday 27 November; the driver calls 07700 900123 or 07911 123456. Order 12346, 12346. Ann of Shop',
    });
  });

  it('leaves what the conversation lacks as [name], each listed once in order', () => {
    const filled = fillSavedReply(bot!, bot!.replies[0]!, AGENT, packet({}, { day: '2026-11-27' }), new Date('2026-11-24T10:00:00Z'));
    expect(filled.text).toBe('[customer.first_name], your delivery is now on Friday 27 November; the driver calls [mobile] or [customer.phone]. Order [order_id], [order_id]. Ann of Shop');
    expect(filled.missing).toEqual(['customer.first_name', 'mobile', 'customer.phone', 'order_id']);
  });

  it('without a packet fills only the agent and the bot', () => {
    const filled = fillSavedReply(bot!, bot!.replies[0]!, AGENT, undefined, new Date('2026-11-24T10:00:00Z'));
    expect(filled.missing).toEqual(['customer.first_name', 'day', 'mobile', 'customer.phone', 'order_id']);
    expect(filled.text.endsWith('Ann of Shop')).toBe(true);
  });
});
