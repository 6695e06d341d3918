// Bot Framework activities for the channel's fuzz suite, as fast-check arbitraries: valid ones of
// every kind a Teams or Emulator client posts (messages, mentions, card submits, members added,
// reactions, invokes), mutated field by field and with hostile values put into the fields the
// channel reads.
import fc from 'fast-check';
import { activityOfType, botAdded, buttonPressed, groupChat, message, personalChat, type TeamsChat } from '../adapters/botframework/teamsActivities';
import { hostileString, jsonValue, mutated } from './fuzzArbitraries';

const TEXTS = ['hello', 'where is my order', 'I want to return order #12346', 'it arrived broken', 'Yes, send it', 'talk to a human', 'help', 'cancel'];

/** What a hostile client puts in the fields the channel reads. */
const HOSTILE_FIELDS: Readonly<Record<string, fc.Arbitrary<unknown>>> = {
  text: hostileString,
  value: fc.constantFrom({ payload: 'choice:0' }, { payload: 'intent:constructor' }, { payload: 'intent:__proto__' }, { payload: 'choice:99999' },
    { payload: { nested: true } }, { action: 'submit', data: { payload: 'choice:1' } }, 'choice:-1', 'intent:talk_to_human', [], null),
  entities: fc.tuple(hostileString, fc.constantFrom({ id: '28:bot' }, null, 'x', {}))
    .map(([text, mentioned]) => [{ type: 'mention', text, mentioned }, null, 'x', { type: 'clientInfo', locale: 7 }]),
  attachments: jsonValue.map((content) => [{ contentType: 'application/vnd.microsoft.card.adaptive', content }, { contentType: 'image/png', contentUrl: 'file:///etc/passwd' }, null]),
  channelData: fc.constantFrom({ tenant: { id: null } }, { tenant: 'x' }, { tenant: { id: '__proto__' }, team: { id: {} } }, { eventType: 'teamMemberAdded', legacy: [] }, 'x', null),
  from: fc.constantFrom({ id: '29:x', name: { a: 1 }, aadObjectId: 12 }, { id: ' ' }, { id: 'x'.repeat(2000) }, { id: '__proto__', name: '__proto__' }, { id: 'constructor', role: 'bot' }),
  conversation: fc.constantFrom({ id: 'a:1', conversationType: { x: 1 }, tenantId: [] }, { id: 'constructor' }, { id: '../../v3/x', isGroup: 'yes' }, { id: '\u0000' }),
  recipient: fc.constantFrom({ id: '28:bot', name: null }, { id: 'constructor' }, { id: 7 }),
  locale: fc.constantFrom('xx-XX', '', 7, { a: 1 }, 'en-GB\u0000', 'a'.repeat(1000)),
  timestamp: fc.constantFrom('not a date', 1e21, {}, '9999-99-99T99:99:99Z', ''),
  localTimestamp: fc.constantFrom('not a date', -1, null),
  id: fc.constantFrom({}, '', 'x'.repeat(5000), '../..', 12),
  replyToId: fc.constantFrom({}, 'a/b', 12),
  deliveryMode: fc.constantFrom('expectReplies', 'notification', 'ephemeral', 42),
  membersAdded: fc.constantFrom([{ id: '28:bot' }, { id: '29:x', name: 7 }], [], [{ id: '' }], 'x'),
  type: fc.constantFrom('message', 'conversationUpdate', 'invoke', 'event', 'delay', 'trace', 'handoff', 'Message', ' message', 'x'.repeat(70)),
};

const hostileField = fc.oneof(...Object.entries(HOSTILE_FIELDS).map(([field, value]) => value.map((v) => [field, v] as const)));

type Make = (chat: TeamsChat) => Record<string, unknown>;

/** The kinds of activity, simplest first: a failure shrinks towards a plain message. */
const kind: fc.Arbitrary<Make> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TEXTS).map((text): Make => (chat) => message(chat, text)) },
  { weight: 1, arbitrary: fc.constantFrom(...TEXTS).map((text): Make => (chat) => ({ ...message(chat, text), channelId: 'emulator', from: { id: 'user1', name: 'User' }, recipient: { id: 'bot', name: 'Bot' } })) },
  { weight: 1, arbitrary: fc.constant<Make>((chat) => botAdded(chat)) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('Yes, send it', ''), fc.constantFrom('choice:0', 'choice:1', 'intent:talk_to_human'))
    .map(([text, payload]): Make => (chat) => buttonPressed(chat, { text, value: { payload } })) },
  { weight: 1, arbitrary: fc.constantFrom('messageReaction', 'invoke', 'event', 'typing', 'installationUpdate', 'endOfConversation', 'conversationUpdate')
    .map((type): Make => (chat) => activityOfType(chat, type, { name: 'x', value: {} })) },
);

/** A valid activity of any kind, in a personal or a group chat with the given id, to `serviceUrl`. */
export function validActivity(serviceUrl: string, conversationId: string): fc.Arbitrary<Record<string, unknown>> {
  const chat = fc.oneof({ weight: 7, arbitrary: fc.constant(personalChat) }, { weight: 3, arbitrary: fc.constant(groupChat) })
    .map((of) => ({ ...of(serviceUrl), conversationId }));
  return fc.tuple(chat, kind).map(([c, make]) => make(c));
}

/** A valid activity with fields dropped or replaced at random, and hostile values in up to three fields the channel reads. */
export function mutatedActivity(valid: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(fc.oneof(fc.constant(valid), mutated(valid)), fc.array(hostileField, { maxLength: 3 }))
    .map(([base, fields]) => {
      const activity = { ...base };
      for (const [field, value] of fields) activity[field] = value;
      return activity;
    });
}
