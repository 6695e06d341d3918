// A handoff record as the agent console is given it: each attached file (in the packet's transcript
// and in the messages since) with `url`, its signed address, so an <img> or a link can load it
// without the agent's token. Without a file store, files keep no address.
import type { AttachmentUrls } from '../attachments/attachmentUrls';
import type { AttachmentRef } from '../engine/attachmentRef';
import type { HandoffRecord } from '../handoff/handoffRecord';

type WithFiles = { readonly attachments?: readonly AttachmentRef[] };

/** One transcript entry or message with its files' signed addresses. */
export async function entryFileUrls<E extends WithFiles>(entry: E, urls: AttachmentUrls | undefined): Promise<E> {
  if (!urls || !entry.attachments?.length) return entry;
  await urls.ready();
  return { ...entry, attachments: entry.attachments.map((a) => ({ ...a, url: urls.signed(a.id) })) };
}

export async function handoffFileUrls<R extends HandoffRecord>(record: R, urls: AttachmentUrls | undefined): Promise<R> {
  if (!urls) return record;
  await urls.ready();
  const signed = <E extends WithFiles>(entry: E): E => (entry.attachments?.length ? { ...entry, attachments: entry.attachments.map((a) => ({ ...a, url: urls.signed(a.id) })) } : entry);
  return { ...record, packet: { ...record.packet, transcript: record.packet.transcript.map(signed) }, messages: record.messages.map(signed) };
}
