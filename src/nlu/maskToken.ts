/** The word that stands for an entity of one kind in the text the classifier reads. */

/**
 * "0x" and the hex digits of the entity name's UTF-8 bytes: "email" -> "0x656d61696c", "order_id" ->
 * "0x6f726465725f6964". Lower-case letters a-f and digits only, so normalising keeps it one token as it
 * is and stemming (letters-only words) leaves it alone; distinct names give distinct tokens; and it is
 * no word, stem or spelling a customer writes, so the kind of a value never reads as the word "email"
 * or "order".
 */
export function maskToken(entity: string): string {
  return `0x${Buffer.from(entity, 'utf8').toString('hex')}`;
}
