// Customer profiles in memory: profiles in an lru-cache (most kept, idle expiry) and maps from keys
// and conversations to their profile, emptied of a profile's entries when the cache lets it go.
import { LRUCache } from 'lru-cache';
import type { CustomerProfile } from './conversationStore';
import type { ProfileBook } from './profileBook';

interface Held {
  readonly botId: string;
  readonly json: string;
}

export function createMemoryProfileBook(options: { readonly max: number; readonly idleMs: number }): ProfileBook & { clear(): void } {
  const at = (botId: string, id: string): string => `${botId}\u0000${id}`;
  const keyOwners = new Map<string, string>();
  const conversationOwners = new Map<string, string>();
  const forget = (botId: string, profile: CustomerProfile): void => {
    for (const key of profile.keys) if (keyOwners.get(at(botId, key)) === profile.id) keyOwners.delete(at(botId, key));
    for (const c of profile.conversations) if (conversationOwners.get(at(botId, c.conversationId)) === profile.id) conversationOwners.delete(at(botId, c.conversationId));
  };
  const profiles = new LRUCache<string, Held>({
    max: options.max,
    ttl: options.idleMs,
    updateAgeOnGet: true,
    dispose: (held, _id, reason) => {
      if (reason === 'evict' || reason === 'expire') forget(held.botId, JSON.parse(held.json) as CustomerProfile);
    },
  });
  return {
    ownerOfKey: (botId, key) => keyOwners.get(at(botId, key)),
    ownerOfConversation: (botId, conversationId) => conversationOwners.get(at(botId, conversationId)),
    profile: (botId, id) => {
      const held = profiles.get(at(botId, id));
      return held === undefined ? undefined : (JSON.parse(held.json) as CustomerProfile);
    },
    apply: (botId, writes) => {
      for (const id of writes.drop) profiles.delete(at(botId, id));
      for (const key of writes.unlinkKeys) keyOwners.delete(at(botId, key));
      for (const id of writes.unlinkConversations) conversationOwners.delete(at(botId, id));
      for (const profile of writes.put) {
        profiles.set(at(botId, profile.id), { botId, json: JSON.stringify(profile) });
        for (const key of profile.keys) keyOwners.set(at(botId, key), profile.id);
        for (const c of profile.conversations) conversationOwners.set(at(botId, c.conversationId), profile.id);
      }
    },
    clear: () => {
      profiles.clear();
      keyOwners.clear();
      conversationOwners.clear();
    },
  };
}
