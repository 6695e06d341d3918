// Activities shaped as Microsoft Teams posts them to a bot's messaging endpoint, for the tests.
import { randomUUID } from 'node:crypto';

export const BOT = { id: '28:00000000-0000-0000-0000-00000000b07', name: 'Acme Support' };
export const TENANT = '72f988bf-0000-0000-0000-000000000001';

export interface TeamsUser {
  readonly id: string;
  readonly name: string;
  readonly aadObjectId: string;
}

export const ANN: TeamsUser = { id: '29:1ann-teams-user-id', name: 'Ann Example', aadObjectId: '6d1f3c2a-1111-4c4b-9a1e-0000000000a1' };
export const BEN: TeamsUser = { id: '29:1ben-teams-user-id', name: 'Ben Example', aadObjectId: '6d1f3c2a-2222-4c4b-9a1e-0000000000b2' };

export interface TeamsChat {
  readonly serviceUrl: string;
  readonly conversationId: string;
  readonly conversationType: 'personal' | 'groupChat' | 'channel';
}

export function personalChat(serviceUrl: string): TeamsChat {
  return { serviceUrl, conversationId: `a:1${randomUUID().replace(/-/g, '')}`, conversationType: 'personal' };
}

export function groupChat(serviceUrl: string): TeamsChat {
  return { serviceUrl, conversationId: `19:${randomUUID().replace(/-/g, '')}@thread.v2`, conversationType: 'groupChat' };
}

function envelope(chat: TeamsChat, from: TeamsUser | typeof BOT): Record<string, unknown> {
  return {
    id: `${Date.now()}${Math.floor(Math.random() * 1000)}`,
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    serviceUrl: chat.serviceUrl,
    channelId: 'msteams',
    from,
    conversation: { id: chat.conversationId, conversationType: chat.conversationType, tenantId: TENANT, ...(chat.conversationType === 'personal' ? {} : { isGroup: true }) },
    recipient: BOT,
    channelData: { tenant: { id: TENANT } },
    locale: 'en-GB',
  };
}

/** The bot was added to the chat (installed), as Teams announces it. */
export function botAdded(chat: TeamsChat, by: TeamsUser = ANN): Record<string, unknown> {
  return { ...envelope(chat, by), type: 'conversationUpdate', membersAdded: [{ id: BOT.id }], channelData: { tenant: { id: TENANT }, eventType: 'conversationUpdate' } };
}

/** A message the user typed; in group chats Teams includes the bot's @mention in the text. */
export function message(chat: TeamsChat, text: string, from: TeamsUser = ANN): Record<string, unknown> {
  const mention = `<at>${BOT.name}</at>`;
  const mentioned = chat.conversationType !== 'personal';
  return {
    ...envelope(chat, from),
    type: 'message',
    text: mentioned ? `${mention} ${text}` : text,
    textFormat: 'plain',
    ...(mentioned ? { entities: [{ type: 'mention', text: mention, mentioned: BOT }] } : {}),
  };
}

/** What Teams posts when a card's messageBack button is pressed: the button's text and value. */
export function buttonPressed(chat: TeamsChat, button: { text?: string; value: unknown }, from: TeamsUser = ANN): Record<string, unknown> {
  return { ...envelope(chat, from), type: 'message', text: button.text ?? '', value: button.value, textFormat: 'plain' };
}

export function activityOfType(chat: TeamsChat, type: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...envelope(chat, ANN), type, ...extra };
}
