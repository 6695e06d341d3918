// Whether a message reads as the customer correcting something they said: "no, make it inside",
// "actually 4 people", "sorry, it's #12346", "I meant Thursday". A bare "no" or "no thanks" answers a
// question; it corrects nothing.

const LEADING = /^\s*(?:(?:no|nope|nah|sorry|oops|wait|correction)\s*[,.!;:–-]\s*\S|(?:no|nope|sorry|oops)\s+(?:it'?s|its|it is|i meant|i mean|make|change|actually)\b)/i;
const ANYWHERE = /\b(?:actually|instead|i meant|i mean|make (?:it|that)|change (?:it|that)|should (?:be|have been)|not\b.{1,40}\bbut)\b/i;

export function readsAsCorrection(text: string): boolean {
  return LEADING.test(text) || ANYWHERE.test(text);
}
