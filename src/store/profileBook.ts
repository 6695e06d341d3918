// Customer profiles over a synchronous store (memory maps, SQLite in one transaction): looking a
// customer up by key or conversation, linking, and unlinking conversations, through ProfileWrites.
import type { CustomerProfile } from './conversationStore';
import { linkWrites, unlinkWrites, type CustomerLink, type ProfileWrites } from './profileWrites';

export interface ProfileBook {
  ownerOfKey(botId: string, key: string): string | undefined;
  ownerOfConversation(botId: string, conversationId: string): string | undefined;
  profile(botId: string, id: string): CustomerProfile | undefined;
  apply(botId: string, writes: ProfileWrites): void;
}

export function customerByKey(book: ProfileBook, botId: string, key: string): CustomerProfile | undefined {
  const id = book.ownerOfKey(botId, key);
  return id === undefined ? undefined : book.profile(botId, id);
}

export function customerByConversation(book: ProfileBook, botId: string, conversationId: string): CustomerProfile | undefined {
  const id = book.ownerOfConversation(botId, conversationId);
  return id === undefined ? undefined : book.profile(botId, id);
}

export function linkCustomerIn(book: ProfileBook, botId: string, key: string, link: CustomerLink): CustomerProfile {
  const found = new Map<string, CustomerProfile>();
  for (const profile of [customerByKey(book, botId, key), customerByConversation(book, botId, link.conversationId)]) {
    if (profile) found.set(profile.id, profile);
  }
  const { profile, writes } = linkWrites([...found.values()], key, link);
  book.apply(botId, writes);
  return profile;
}

/** Takes the conversations out of the profiles they are linked to. */
export function unlinkConversationsIn(book: ProfileBook, botId: string, conversationIds: readonly string[]): void {
  const owners = new Map<string, CustomerProfile>();
  for (const id of conversationIds) {
    const profile = customerByConversation(book, botId, id);
    if (profile) owners.set(profile.id, profile);
  }
  if (owners.size > 0) book.apply(botId, unlinkWrites([...owners.values()], conversationIds));
}
