// Files in REST messages (an agent's): the outbox keeps each file's ref; the customer's call is
// given it as { id, name, contentType, size, url }, `url` a signed, expiring address on the host the
// call reached, signed when the message is taken so it is fresh. Without a file store, files go out
// without an address.
import type { Request } from 'restify';
import { originOf } from '../../src/server/requestOrigin';
import type { AttachmentUrls } from '../../src/attachments/attachmentUrls';
import type { OutboxMessage } from './restOutbox';

export async function restFileUrls(messages: readonly OutboxMessage[], req: Pick<Request, 'headers' | 'socket'>, urls: AttachmentUrls | undefined): Promise<OutboxMessage[]> {
  if (!urls || !messages.some((m) => m.attachments?.length)) return [...messages];
  await urls.ready();
  const origin = originOf(req);
  return messages.map((m) => (m.attachments?.length ? { ...m, attachments: m.attachments.map((a) => ({ ...a, url: `${origin}${urls.signed(a.id)}` })) } : m));
}
