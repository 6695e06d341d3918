// Reading a message activity: the bot's @mention removed, a button's payload taken from the
// activity's value, and a suggested action's title sent back as text mapped to its payload.
import type { Activity } from 'botbuilder';
import { messageInput } from '../../../adapters/botframework/messageInput';

const bot = { id: '28:bot', name: 'Acme Support' };
const activity = (fields: Record<string, unknown>): Activity => ({ type: 'message', recipient: bot, ...fields }) as unknown as Activity;
const offered = [{ title: 'Damaged', payload: 'slot:reason:damaged' }, { title: 'Wrong item', payload: 'slot:reason:wrong item' }];

describe('messageInput', () => {
  it('removes the @mention of the bot and keeps the rest of the text', () => {
    const mention = { type: 'mention', text: '<at>Acme Support</at>', mentioned: bot };
    expect(messageInput(activity({ text: '<at>Acme Support</at> where is my order?', entities: [mention] }), [], 4000)).toEqual({ text: 'where is my order?' });
  });

  it('keeps mentions of other people', () => {
    const mention = { type: 'mention', text: '<at>Ben</at>', mentioned: { id: '29:ben' } };
    expect(messageInput(activity({ text: 'ask <at>Ben</at>', entities: [mention] }), [], 4000).text).toBe('ask <at>Ben</at>');
  });

  it('takes the payload from a button value, as an object or a string', () => {
    expect(messageInput(activity({ text: 'Damaged', value: { payload: 'slot:reason:damaged' } }), [], 4000)).toEqual({ text: 'Damaged', payload: 'slot:reason:damaged' });
    expect(messageInput(activity({ value: 'csat:5' }), [], 4000)).toEqual({ text: '', payload: 'csat:5' });
  });

  it('maps the title of a quick reply on offer, sent back as text, to its payload', () => {
    expect(messageInput(activity({ text: ' wrong ITEM ' }), offered, 4000)).toEqual({ text: 'wrong ITEM', payload: 'slot:reason:wrong item' });
    expect(messageInput(activity({ text: 'it is the wrong item' }), offered, 4000)).toEqual({ text: 'it is the wrong item' });
  });

  it('ignores values that carry no payload, such as card inputs, and text that is not a string', () => {
    expect(messageInput(activity({ text: 'hi', value: { email: 'a@b.c' } }), [], 4000)).toEqual({ text: 'hi' });
    expect(messageInput(activity({ text: null, entities: 'nonsense' }), [], 4000)).toEqual({ text: '' });
  });

  it('cuts text at the message limit', () => {
    expect(messageInput(activity({ text: 'x'.repeat(50) }), [], 10).text).toBe('x'.repeat(10));
  });
});
