// What a message activity says, as the runtime's input: the text without the @mention of the bot
// (Teams puts `<at>Bot</at>` in channel and group messages), and the payload of a pressed button:
// from the activity's `value` (card buttons, messageBack), or, when a suggested action (imBack)
// sent a title as plain text, the payload of the quick reply with that title.
import type { Activity } from 'botbuilder';
import type { QuickReply } from '../../src/engine/effects';

export interface MessageInput {
  readonly text: string;
  readonly payload?: string;
}

export function messageInput(activity: Activity, offered: readonly QuickReply[], maxChars: number): MessageInput {
  const text = withoutBotMention(activity).slice(0, maxChars);
  const fromValue = payloadOf(activity.value);
  if (fromValue !== undefined) return { text, payload: fromValue.slice(0, maxChars) };
  const typed = text.trim().toLowerCase();
  const pressed = typed === '' ? undefined : offered.find((q) => q.title.trim().toLowerCase() === typed);
  return pressed ? { text, payload: pressed.payload } : { text };
}

/** `{ payload: "..." }` (Baton's buttons, messageBack, Action.Submit data) or a bare string. */
function payloadOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'object' && value !== null && typeof (value as { payload?: unknown }).payload === 'string') {
    const payload = (value as { payload: string }).payload;
    return payload.trim() === '' ? undefined : payload;
  }
  return undefined;
}

function withoutBotMention(activity: Activity): string {
  let text = typeof activity.text === 'string' ? activity.text : '';
  const botId = activity.recipient?.id;
  const entities: unknown = activity.entities;
  if (botId === undefined || !Array.isArray(entities)) return text.trim();
  for (const entity of entities) {
    const mention = entity as { type?: unknown; text?: unknown; mentioned?: { id?: unknown } };
    if (mention?.type === 'mention' && mention.mentioned?.id === botId && typeof mention.text === 'string' && mention.text !== '') {
      text = text.split(mention.text).join('');
    }
  }
  return text.trim();
}
