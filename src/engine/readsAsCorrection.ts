// Whether a message reads as the customer correcting something they said, by the cues of the
// conversation's language: "no, make it inside", "actually 4 people", "sorry, it's #12346", "I meant
// Thursday"; "no, es el jueves", "en fait jeudi", "nein, es ist der Donnerstag". A bare "no" or "no
// thanks" answers a question; it corrects nothing.
import { foldAccents } from '../language/foldAccents';
import type { Language } from '../language/language';

interface Cues {
  readonly leading: RegExp;
  readonly anywhere: RegExp;
}

const compiled = new WeakMap<Language, Cues>();

export function readsAsCorrection(text: string, language: Language): boolean {
  const cues = cuesOf(language);
  const plain = foldAccents(text.toLowerCase()).replace(/[’‘`´]/g, "'");
  return cues.leading.test(plain) || cues.anywhere.test(plain);
}

function cuesOf(language: Language): Cues {
  let cues = compiled.get(language);
  if (!cues) {
    const { openers, leading, anywhere } = language.corrections;
    const opener = `(?:${openers.map(phrase).join('|')})\\s*[,.!;:–-]\\s*\\S`;
    cues = {
      leading: new RegExp(`^\\s*(?:${opener}|(?:${leading.map(phrase).join('|')})(?![\\p{L}\\p{N}]))`, 'u'),
      anywhere: new RegExp(`(?<![\\p{L}\\p{N}])(?:${anywhere.map(phrase).join('|')})(?![\\p{L}\\p{N}])`, 'u'),
    };
    compiled.set(language, cues);
  }
  return cues;
}

/** A cue as a pattern: its words folded, any spacing between them, apostrophes optional, "…" a few words. */
function phrase(cue: string): string {
  return foldAccents(cue)
    .split(' … ')
    .map((part) => part.split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "'?\\s*")).join('\\s+'))
    .join('(?![\\p{L}\\p{N}]).{1,40}(?<![\\p{L}\\p{N}])');
}
