// The handoff packet shows agents each detail as the bot told it to the customer ("Tuesday 8
// December", not 2026-12-08), in the bot's locale and time zone, and keeps the value as it was given.
import { buildHandoffPacket } from '../../src/handoff/buildHandoffPacket';
import { newConversation } from '../../src/engine/conversationState';
import { loadTinyBot, TINY_BOT_FILES } from '../support/tinyBot';

const bot = loadTinyBot({
  'bots/shop.yaml': `${TINY_BOT_FILES['bots/shop.yaml']!}timezone: Europe/Dublin
country: IE
slots:
  class_date: { entity: date, label: Class date, ask: On which day is the class? }
  call_at: { entity: datetime, label: Call back at, ask: When shall we call you? }
  phone: { entity: phone, ask: What's your number? }
  member: { label: Member number, ask: What's your member number? }
`,
});
const AT = '2026-12-07T10:00:00Z';
const state = { ...newConversation('tiny', 'c1'), slots: { member: '123456', class_date: '2026-12-08', call_at: '2026-12-08T17:30:00Z', phone: '+353861234567' } };

describe('the slot values of a handoff packet', () => {
  const packet = buildHandoffPacket(bot, state, { queue: 'orders', reason: 'customer_asked' }, AT);

  it('keep the value as it was given', () => {
    expect(packet.slots.filled).toMatchObject({ class_date: '2026-12-08', call_at: '2026-12-08T17:30:00Z', phone: '+353861234567', member: '123456' });
  });

  it('are written as the bot writes them to the customer, in its locale and time zone', () => {
    expect(packet.slots.text).toEqual({ member: '123456', class_date: 'Tuesday 8 December', call_at: expect.stringMatching(/^Tuesday 8 December.*17:30$/), phone: '086 123 4567' });
  });

  it('read in the summary as the customer was told them', () => {
    expect(packet.summary).toBe(`A question for the team: member number 123456, class date Tuesday 8 December, call back at ${packet.slots.text!.call_at}, phone 086 123 4567 (customer asked)`);
  });

  it('fill the placeholders of an author\'s summary the same way', () => {
    const authored = buildHandoffPacket(bot, state, { queue: 'orders', reason: 'cancel_failed', summary: 'Cancel the class on {{class_date}} for {{member}}' }, AT);
    expect(authored.summary).toBe('Cancel the class on Tuesday 8 December for 123456');
  });
});

describe('the summary of a German bot\'s handoff', () => {
  const german = loadTinyBot({
    'bots/shop.yaml': `${TINY_BOT_FILES['bots/shop.yaml']!}locale: de
timezone: Europe/Berlin
slots:
  wish_day: { entity: date, label: Wunschtermin, ask: An welchem Tag? }
  iban: { label: IBAN, ask: Ihre IBAN? }
`,
  });
  const germanState = { ...newConversation('tiny', 'c2'), slots: { wish_day: '2026-12-15', iban: 'DE89370400440532013000' } };

  it('keeps the capital of its labels, as German writes nouns', () => {
    const packet = buildHandoffPacket(german, germanState, { queue: 'orders', reason: 'customer_asked' }, AT);
    expect(packet.summary).toMatch(/: Wunschtermin Dienstag, 15\. Dezember, IBAN DE89370400440532013000 \(/);
  });
});
