// Changes to customer profiles, worked out once for every store: linking a conversation and a key
// (merging the profiles they belonged to) and unlinking conversations (purge, erasure), as writes
// that each store applies in one transaction or script.
import type { ConversationStore, CustomerProfile } from './conversationStore';

export type CustomerLink = Parameters<ConversationStore['linkCustomer']>[2];

export interface ProfileWrites {
  /** Profiles to write whole, each of their keys and conversations pointing at them. */
  readonly put: readonly CustomerProfile[];
  /** Profiles whose record goes (their keys and conversations are in `put` or unlinked below). */
  readonly drop: readonly string[];
  /** Keys that no longer belong to any profile. */
  readonly unlinkKeys: readonly string[];
  /** Conversations that no longer belong to any profile. */
  readonly unlinkConversations: readonly string[];
}

const time = (at: string): number => Date.parse(at) || 0;
const byTime = (times: readonly string[]): string[] => [...times].sort((a, b) => time(a) - time(b));
const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/**
 * Links `key` and the conversation to one profile: the profiles found (of the key, of the
 * conversation) merge into the oldest, which keeps its id; a new profile's id is `key`.
 */
export function linkWrites(found: readonly CustomerProfile[], key: string, link: CustomerLink): { profile: CustomerProfile; writes: ProfileWrites } {
  const oldestFirst = [...found].sort((a, b) => time(a.createdAt) - time(b.createdAt));
  const newestFirst = [...found].sort((a, b) => time(b.updatedAt) - time(a.updatedAt));
  const id = oldestFirst[0]?.id ?? key;
  const name = link.name ?? newestFirst.find((p) => p.name !== undefined)?.name;
  const email = link.email ?? newestFirst.find((p) => p.email !== undefined)?.email;
  const profile: CustomerProfile = {
    id,
    keys: unique([...oldestFirst.flatMap((p) => p.keys), key]),
    ...(name !== undefined ? { name } : {}),
    ...(email !== undefined ? { email } : {}),
    conversations: mergeConversations([
      ...found.flatMap((p) => p.conversations),
      { conversationId: link.conversationId, ...(link.channel !== undefined ? { channel: link.channel } : {}), at: link.at },
    ]),
    createdAt: byTime([...found.map((p) => p.createdAt), link.at])[0] ?? link.at,
    updatedAt: byTime([...found.map((p) => p.updatedAt), link.at]).pop() ?? link.at,
  };
  return { profile, writes: { put: [profile], drop: found.map((p) => p.id).filter((p) => p !== id), unlinkKeys: [], unlinkConversations: [] } };
}

/** Takes conversations out of their profiles; a profile left with none goes, with its keys. */
export function unlinkWrites(profiles: readonly CustomerProfile[], conversationIds: Iterable<string>): ProfileWrites {
  const gone = new Set(conversationIds);
  const writes = { put: [] as CustomerProfile[], drop: [] as string[], unlinkKeys: [] as string[], unlinkConversations: [] as string[] };
  for (const profile of profiles) {
    const kept = profile.conversations.filter((c) => !gone.has(c.conversationId));
    writes.unlinkConversations.push(...profile.conversations.filter((c) => gone.has(c.conversationId)).map((c) => c.conversationId));
    if (kept.length > 0) {
      writes.put.push({ ...profile, conversations: kept });
    } else {
      writes.drop.push(profile.id);
      writes.unlinkKeys.push(...profile.keys);
    }
  }
  return writes;
}

/** One entry per conversation (its earliest link, with a channel if any link had one), oldest first. */
function mergeConversations(links: CustomerProfile['conversations']): CustomerProfile['conversations'] {
  const byId = new Map<string, CustomerProfile['conversations'][number]>();
  for (const link of [...links].sort((a, b) => time(a.at) - time(b.at))) {
    const seen = byId.get(link.conversationId);
    if (!seen) byId.set(link.conversationId, link);
    else if (seen.channel === undefined && link.channel !== undefined) byId.set(link.conversationId, { ...seen, channel: link.channel });
  }
  return [...byId.values()];
}
