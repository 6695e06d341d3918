// Bot Framework activities for the channel's fuzz suite: valid ones of every kind a Teams or
// Emulator client posts (messages, mentions, card submits, members added, reactions, invokes),
// mutated field by field and with hostile values put into the fields the channel reads.
import { activityOfType, botAdded, buttonPressed, groupChat, message, personalChat } from '../adapters/botframework/teamsActivities';
import { below, HOSTILE_STRINGS, mutate, pick, randomValue, type Random } from './fuzzing';

const TEXTS = ['hello', 'where is my order', 'I want to return order #12346', 'it arrived broken', 'Yes, send it', 'talk to a human', 'help', 'cancel'];

/** What a hostile client puts in the fields the channel reads. */
const HOSTILE_FIELDS: Readonly<Record<string, (rand: Random) => unknown>> = {
  text: (rand) => pick(rand, HOSTILE_STRINGS),
  value: (rand) => pick(rand, [{ payload: 'choice:0' }, { payload: 'intent:constructor' }, { payload: 'intent:__proto__' }, { payload: 'choice:99999' },
    { payload: { nested: true } }, { action: 'submit', data: { payload: 'choice:1' } }, 'choice:-1', 'intent:talk_to_human', [], null]),
  entities: (rand) => [{ type: 'mention', text: pick(rand, HOSTILE_STRINGS), mentioned: pick(rand, [{ id: '28:bot' }, null, 'x', {}]) }, null, 'x', { type: 'clientInfo', locale: 7 }],
  attachments: (rand) => [{ contentType: 'application/vnd.microsoft.card.adaptive', content: randomValue(rand) }, { contentType: 'image/png', contentUrl: 'file:///etc/passwd' }, null],
  channelData: (rand) => pick(rand, [{ tenant: { id: null } }, { tenant: 'x' }, { tenant: { id: '__proto__' }, team: { id: {} } }, { eventType: 'teamMemberAdded', legacy: [] }, 'x', null]),
  from: (rand) => pick(rand, [{ id: '29:x', name: { a: 1 }, aadObjectId: 12 }, { id: ' ' }, { id: 'x'.repeat(2000) }, { id: '__proto__', name: '__proto__' }, { id: 'constructor', role: 'bot' }]),
  conversation: (rand) => pick(rand, [{ id: 'a:1', conversationType: { x: 1 }, tenantId: [] }, { id: 'constructor' }, { id: '../../v3/x', isGroup: 'yes' }, { id: '\u0000' }]),
  recipient: (rand) => pick(rand, [{ id: '28:bot', name: null }, { id: 'constructor' }, { id: 7 }]),
  locale: (rand) => pick(rand, ['xx-XX', '', 7, { a: 1 }, 'en-GB\u0000', 'a'.repeat(1000)]),
  timestamp: (rand) => pick(rand, ['not a date', 1e21, {}, '9999-99-99T99:99:99Z', '']),
  localTimestamp: (rand) => pick(rand, ['not a date', -1, null]),
  id: (rand) => pick(rand, [{}, '', 'x'.repeat(5000), '../..', 12]),
  replyToId: (rand) => pick(rand, [{}, 'a/b', 12]),
  deliveryMode: (rand) => pick(rand, ['expectReplies', 'notification', 'ephemeral', 42]),
  membersAdded: (rand) => pick(rand, [[{ id: '28:bot' }, { id: '29:x', name: 7 }], [], [{ id: '' }], 'x']),
  type: (rand) => pick(rand, ['message', 'conversationUpdate', 'invoke', 'event', 'delay', 'trace', 'handoff', 'Message', ' message', 'x'.repeat(70)]),
};

/** A valid activity of a random kind, in one of the given conversations, to `serviceUrl`. */
export function validActivity(rand: Random, serviceUrl: string, conversationId: string): Record<string, unknown> {
  const chat = rand() < 0.7 ? { ...personalChat(serviceUrl), conversationId } : { ...groupChat(serviceUrl), conversationId };
  switch (below(rand, 8)) {
    case 0: return botAdded(chat);
    case 1: return buttonPressed(chat, { text: pick(rand, ['Yes, send it', '']), value: { payload: pick(rand, ['choice:0', 'choice:1', 'intent:talk_to_human']) } });
    case 2: return activityOfType(chat, pick(rand, ['messageReaction', 'invoke', 'event', 'typing', 'installationUpdate', 'endOfConversation', 'conversationUpdate']), { name: 'x', value: {} });
    case 3: return { ...message(chat, pick(rand, TEXTS)), channelId: 'emulator', from: { id: 'user1', name: 'User' }, recipient: { id: 'bot', name: 'Bot' } };
    default: return message(chat, pick(rand, TEXTS));
  }
}

/** A valid activity with fields dropped or replaced at random, and hostile values in fields the channel reads. */
export function mutatedActivity(rand: Random, valid: Record<string, unknown>): Record<string, unknown> {
  const activity = rand() < 0.5 ? mutate(rand, valid) : { ...valid };
  const fields = Object.keys(HOSTILE_FIELDS);
  for (let i = below(rand, 4); i > 0; i--) {
    const field = pick(rand, fields);
    activity[field] = HOSTILE_FIELDS[field]!(rand);
  }
  return activity;
}
