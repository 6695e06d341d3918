// Whether a message that holds the value a question asks for also says something of its own: "I
// can't make my spin class tomorrow" when asked for a day, not "order 12346" when asked "Which order
// is it?". Words of the question itself (and of the slot's label) and filler stop words say nothing more.
import type { CompiledSlot } from '../config/compiledBot';
import type { Language } from '../language/language';
import type { EntityMatch } from '../nlu/entities/entitySpec';
import { normalise } from '../nlu/normalise';
import { stem } from '../nlu/stem';
import { isStopWord } from '../nlu/stopWords';
import { tokenise } from '../nlu/tokenise';

/** In the bot's `language`: its stop words and stems. */
export function saysMoreThanValue(text: string, def: CompiledSlot, values: readonly EntityMatch[], language: Language): boolean {
  const stems = (said: string): string[] => tokenise(normalise(said, language)).map((word) => stem(word, language));
  let rest = text;
  // Spans from the end, so earlier offsets still hold.
  for (const m of [...values].sort((a, b) => b.start - a.start)) rest = `${rest.slice(0, m.start)} ${rest.slice(m.end)}`;
  const asked = new Set([...(def.ask ?? []), def.label, def.name.replace(/_/g, ' ')].flatMap(stems));
  return tokenise(normalise(rest, language)).some((word) => !isStopWord(word, language) && !asked.has(stem(word, language)));
}
