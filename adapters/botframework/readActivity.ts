// Checks the envelope of a posted activity before anything acts on it: every activity a Bot
// Framework channel sends names its type, channel, service URL, conversation and sender. A body
// without them is answered 400, whatever its type; the activity's content is checked where used.
import type { Activity } from 'botbuilder';

export type ReadActivity = { readonly activity: Activity } | { readonly error: string };

const MAX_ID_CHARS = 1024;

export function readActivity(body: unknown): ReadActivity {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { error: 'The body must be a JSON activity object.' };
  const a = body as Record<string, unknown>;
  if (!isId(a.type, 64)) return { error: '"type" is required: the activity type, such as "message".' };
  if (!isId(a.channelId, 64)) return { error: '"channelId" is required: the channel the activity comes from.' };
  if (typeof a.serviceUrl !== 'string' || !isHttpUrl(a.serviceUrl)) return { error: '"serviceUrl" is required: the http(s) URL replies are sent to.' };
  if (!isAccount(a.conversation)) return { error: '"conversation.id" is required.' };
  if (!isAccount(a.from)) return { error: '"from.id" is required: who sent the activity.' };
  if (a.recipient !== undefined && !isAccount(a.recipient)) return { error: '"recipient" must be an account with an "id".' };
  if (a.text !== undefined && a.text !== null && typeof a.text !== 'string') return { error: '"text" must be a string.' };
  if (a.membersAdded !== undefined && (!Array.isArray(a.membersAdded) || !a.membersAdded.every(isAccount))) {
    return { error: '"membersAdded" must be a list of accounts with an "id".' };
  }
  return { activity: { ...a } as unknown as Activity };
}

function isId(value: unknown, max = MAX_ID_CHARS): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= max;
}

function isAccount(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && isId((value as { id?: unknown }).id);
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
