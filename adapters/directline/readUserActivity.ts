// Checks an activity a client posts and turns it into what is logged (the echo every Direct Line
// client expects to see) and, for a message, what the bot is given: the text, and the payload of a
// pressed button from `value` ("payload" in an object, or a string) or `channelData.payload`. An
// `endOfConversation` activity says the customer left (the page started a new conversation). The
// activity's `locale` (or, on an event without one, `value.language`, as Web Chat's `webchat/join`
// samples send it) is the channel's hint of the customer's language.
import { localeHint } from '../replyLocale';
import type { AttachmentRef } from '../../src/engine/attachmentRef';
import type { ChannelAccount, DirectLineActivity } from './directLineActivity';
import { KNOWN_ACTIVITY_TYPES } from './directLineActivity';

export type UserActivity =
  | { readonly ok: true; readonly echo: DirectLineActivity; readonly input?: { readonly text: string; readonly payload?: string; readonly attachments?: readonly AttachmentRef[]; readonly locale?: string }; readonly left?: true; readonly locale?: string }
  | { readonly ok: false; readonly status: 400 | 413; readonly code: string; readonly message: string };

interface Posted {
  type?: unknown;
  name?: unknown;
  text?: unknown;
  textFormat?: unknown;
  locale?: unknown;
  value?: unknown;
  channelData?: unknown;
}

const bad = (message: string): UserActivity => ({ ok: false, status: 400, code: 'bad_request', message });

export function readUserActivity(body: unknown, from: ChannelAccount, maxChars: number): UserActivity {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return bad('The activity must be a JSON object.');
  const posted = body as Posted;
  if (typeof posted.type !== 'string') return bad('The activity needs a "type", such as "message".');
  if (!KNOWN_ACTIVITY_TYPES.has(posted.type)) return { ok: false, status: 400, code: 'unknown_activity_type', message: `"${posted.type.slice(0, 40)}" is not a Bot Framework activity type.` };
  if (posted.text !== undefined && posted.text !== null && typeof posted.text !== 'string') return bad('"text" must be a string.');
  if (posted.name !== undefined && (typeof posted.name !== 'string' || posted.name.length > 256)) return bad('"name" must be a string.');
  const text = typeof posted.text === 'string' ? posted.text : undefined;
  const payload = payloadOf(posted);
  for (const [field, value] of [['text', text], ['payload', payload]] as const) {
    if (value !== undefined && value.length > maxChars) {
      return { ok: false, status: 413, code: 'message_too_long', message: `The ${field} has ${value.length} characters; the limit is ${maxChars}.` };
    }
  }
  const echo: DirectLineActivity = {
    type: posted.type,
    from,
    ...(typeof posted.name === 'string' ? { name: posted.name } : {}),
    ...(text !== undefined ? { text } : {}),
    ...(posted.textFormat === 'plain' || posted.textFormat === 'markdown' || posted.textFormat === 'xml' ? { textFormat: posted.textFormat } : {}),
    ...(typeof posted.locale === 'string' && posted.locale.length <= 35 ? { locale: posted.locale } : {}),
    ...(posted.value !== undefined ? { value: posted.value } : {}),
    ...(isObject(posted.channelData) ? { channelData: posted.channelData } : {}),
  };
  const hasInput = posted.type === 'message' && ((text ?? '').trim() !== '' || payload !== undefined);
  const locale = localeHint(posted.locale) ?? (posted.type === 'event' && isObject(posted.value) ? localeHint(posted.value.language) : undefined);
  const hint = locale !== undefined ? { locale } : {};
  return { ok: true, echo, ...(hasInput ? { input: { text: text ?? '', ...(payload !== undefined ? { payload } : {}), ...hint } } : {}), ...(posted.type === 'endOfConversation' ? { left: true as const } : {}), ...hint };
}

function payloadOf(posted: Posted): string | undefined {
  if (typeof posted.value === 'string') return posted.value;
  if (isObject(posted.value) && typeof posted.value.payload === 'string') return posted.value.payload;
  if (isObject(posted.channelData) && typeof posted.channelData.payload === 'string') return posted.channelData.payload;
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
