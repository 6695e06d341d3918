// Picks one of a message's variations: stable within a conversation, and the next one when the
// same question is asked again, so a re-ask does not sound like a broken record.

export function pickVariation(variations: readonly string[], conversationId: string, key: string, attempt = 0): string {
  if (variations.length === 0) return '';
  return variations[(hash(`${conversationId}\u0000${key}`) + attempt) % variations.length]!;
}

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
