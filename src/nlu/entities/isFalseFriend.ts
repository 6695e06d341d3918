/** Whether a customer's word is a real word other than the known word it looks like a typo of. */
import { isEnglishWord } from './englishWords';
import { inflectionBases } from './inflectionBases';

/**
 * Relation of two words through a shared base: 'same' when some base is shared with the same kind of
 * ending ("chargers" and "charger", "headphons" and "headphones"), 'other' when the shared bases only
 * come with different kinds ("charged" and "charger", "posted" and "poster"), undefined when none is shared.
 */
function formRelation(typed: string, known: string): 'same' | 'other' | undefined {
  const knownBases = inflectionBases(known);
  let shared = false;
  for (const t of inflectionBases(typed)) {
    for (const k of knownBases) {
      if (t.base !== k.base) continue;
      if (t.kind === k.kind) return 'same';
      shared = true;
    }
  }
  return shared ? 'other' : undefined;
}

/**
 * True when `typed` (a normalised word close in spelling to the normalised `known`) must not be read
 * as a typo of it:
 * - the plural or singular of `known`, or a misspelling of the same form, is never a false friend
 *   ("chargers", "headphone", "chargr" may all be "charger"/"headphones");
 * - another form of `known`'s stem is ("charged", "charging", "printed" are not "charger", "printer"),
 *   whether or not it is in the word list ("chromecasted" is not "chromecast");
 * - so is any other common English word ("table" is not "tablet", "plane" is not "plan").
 */
export function isFalseFriend(typed: string, known: string): boolean {
  const relation = formRelation(typed, known);
  if (relation === 'same') return false;
  return relation === 'other' || isEnglishWord(typed);
}
