// A customer asking for a language: "¿hablas español?", "auf Deutsch bitte", "Spanish please", a language
// menu's button (payload `language:es`), or "what languages do you speak?". Recognised by language names
// in English, Spanish, German, French, Italian, Portuguese and Dutch ("parli inglese?", "fala português?",
// "spreekt u Nederlands?"; accents folded), never by the classifier, and only when the
// message is about speaking or language, or is little more than the name: "my Spanish order" and "I
// bought a French press" are no requests.
import { foldAccents } from '../language/foldAccents';
import { LANGUAGE_BY_NAME } from '../language/languageNames';

export type LanguageRequest =
  /** The customer asks for this language (by code; the bot may not serve it). */
  | { readonly kind: 'language'; readonly language: string }
  /** The customer asks which languages the bot speaks. */
  | { readonly kind: 'which' };

/** The reserved payload form of a button that chooses a language: `language:es`. */
export const LANGUAGE_PAYLOAD = /^language:([a-z]{2})$/;

/** The payload of a language menu's button. */
export const languagePayload = (code: string): string => `language:${code}`;

/** Words that make a language name near them a request: speaking, language itself. */
const CUES = new Set([
  'speak', 'speaks', 'talk', 'chat', 'language', 'languages', 'understand', 'hablo', 'entiendo', 'verstehe', 'comprends',
  'habla', 'hablas', 'hablan', 'hablar', 'hablame', 'hable', 'hablemos', 'hablamos', 'hablais', 'idioma', 'idiomas', 'lengua', 'lenguas',
  'sprechen', 'sprichst', 'spricht', 'spreche', 'sprache', 'sprachen',
  'parle', 'parles', 'parlez', 'parler', 'parlons', 'langue', 'langues',
  'parli', 'parla', 'parlate', 'parlare', 'parlo', 'parliamo', 'capisci', 'capisce', 'capisco', 'lingua', 'lingue', 'idiomi',
  'fala', 'falas', 'falam', 'falar', 'falo', 'fale', 'falamos', 'entende', 'entendes', 'linguas',
  'spreek', 'spreekt', 'spreken', 'praat', 'praten', 'versta', 'verstaat', 'begrijp', 'begrijpt', 'taal', 'talen',
]);

/** Words that make a language name a request when it follows a preposition and ends the request: "switch to English", "seguimos en español". */
const WEAK_CUES = new Set([
  'write', 'switch', 'change', 'continue', 'reply', 'answer', 'go', 'carry', 'on',
  'escribe', 'escribir', 'escribeme', 'cambiar', 'cambia', 'cambiamos', 'seguir', 'sigamos', 'seguimos', 'continuar', 'continuamos', 'responde', 'responder', 'contesta', 'pasar', 'pasamos',
  'schreiben', 'schreib', 'schreibe', 'wechseln', 'wechsle', 'antworten', 'antworte', 'weiter', 'umstellen', 'geht', 'gehts', 'koennen', 'konnen', 'wir',
  'ecrire', 'ecris', 'ecrivez', 'changer', 'change', 'changeons', 'continuer', 'continuons', 'repondre', 'repondez', 'passer', 'passons',
  'scrivi', 'scrivere', 'scrivimi', 'cambia', 'cambiare', 'cambiamo', 'continua', 'continuiamo', 'rispondi', 'rispondere', 'passa', 'passare', 'passiamo', 'andiamo',
  'escreve', 'escreva', 'escrever', 'mudar', 'muda', 'mude', 'mudamos', 'trocar', 'troca', 'continuamos', 'responda', 'vamos',
  'schrijf', 'schrijven', 'verder', 'overschakelen', 'schakel', 'over', 'wisselen', 'antwoord', 'antwoorden', 'kunnen', 'we',
]);

/** Prepositions (and Dutch's article) before a language name: "to English", "en español", "auf Deutsch", "au français", "em inglês", "naar het Engels". */
const BEFORE_NAME = new Set(['to', 'in', 'into', 'a', 'al', 'en', 'auf', 'ins', 'au', 'em', 'para', 'naar', 'het']);

/** Negations before a language name: "I don't speak English", "no hablo inglés", "ich spreche kein Deutsch", "je ne parle pas français". */
const NEGATIONS = new Set(['not', 'dont', 't', 'no', 'kein', 'keine', 'nicht', 'ne', 'pas', 'cannot', 'cant', 'non', 'nao', 'niet', 'geen']);

/** Words of the language itself, for "what languages do you speak?". */
const LANGUAGE_WORDS = new Set(['language', 'languages', 'idioma', 'idiomas', 'lengua', 'lenguas', 'sprache', 'sprachen', 'langue', 'langues', 'lingua', 'lingue', 'idiomi', 'linguas', 'taal', 'talen']);

/** Question words that, beside a language word, ask which languages. */
const WHICH = new Set(['what', 'which', 'other', 'que', 'cuales', 'cual', 'otros', 'otro', 'welche', 'welcher', 'andere', 'anderen', 'quelle', 'quelles', 'quel', 'quels', 'autres', 'autre', 'speak', 'hablas', 'habla', 'hablan', 'sprichst', 'sprechen', 'parlez', 'parles',
  'quali', 'quale', 'altre', 'altri', 'altra', 'parli', 'parla', 'parlate', 'quais', 'qual', 'outras', 'outra', 'fala', 'falas', 'falam',
  'welke', 'welk', 'spreek', 'spreekt', 'spreken']);

/** Words that may stand beside a bare language name: "in English please", "auf Deutsch bitte", "en français s'il vous plaît". */
const FILLERS = new Set([
  'in', 'please', 'pls', 'plz', 'the', 'ok', 'okay', 'yes', 'now', 'only', 'thanks', 'thank', 'you',
  'en', 'por', 'favor', 'porfa', 'si', 'vale', 'gracias', 'mejor', 'solo',
  'auf', 'bitte', 'ja', 'danke', 'lieber', 'nur',
  'au', 's', 'il', 'vous', 'plait', 'svp', 'oui', 'merci', 'plutot', 'seulement',
  'per', 'favore', 'grazie', 'meglio',
  'em', 'obrigado', 'obrigada', 'sim', 'so', 'melhor',
  'het', 'graag', 'alsjeblieft', 'alstublieft', 'aub', 'dank', 'bedankt', 'liever', 'alleen',
]);

/** "spanish speaking", "Spanish-speaking countries": a kind of people, not a request. */
const ABOUT_PEOPLE = new Set(['speaking', 'speakers', 'speaker', 'hablante', 'hablantes', 'sprachig', 'sprachigen', 'sprachige', 'parlant', 'parlants', 'parlante', 'parlantes', 'teacher', 'course', 'lessons', 'class',
  'falante', 'falantes', 'sprekend', 'sprekende', 'sprekenden', 'insegnante', 'corso', 'curso', 'cursus', 'lezioni', 'aulas', 'lessen']);

/** Words a cue may stand from a language name: "do you speak English", "sprechen Sie Deutsch", "kannst du Deutsch sprechen". */
const NEAR = 2;

const MAX_WORDS = 12;

function wordsOf(text: string): string[] {
  return foldAccents(text.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019']/g, ' ')).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

/**
 * What the customer asks of the bot's languages, or undefined when the message asks for none.
 * `current` is the conversation's language: of two languages named ("I don't speak English, do you
 * speak Spanish?"), the one that would change it is asked for.
 */
export function languageRequest(text: string, payload?: string, current?: string): LanguageRequest | undefined {
  const pressed = payload !== undefined ? LANGUAGE_PAYLOAD.exec(payload) : null;
  if (pressed) return { kind: 'language', language: pressed[1]! };
  const words = wordsOf(text);
  if (words.length === 0 || words.length > MAX_WORDS) return undefined;
  const named = words.flatMap((word, i) => {
    const code = LANGUAGE_BY_NAME.get(word);
    return code !== undefined ? [{ code, i }] : [];
  });
  if (named.length === 0) {
    const aboutLanguages = words.some((w) => LANGUAGE_WORDS.has(w)) && words.some((w) => WHICH.has(w));
    return aboutLanguages ? { kind: 'which' } : undefined;
  }
  const bare = words.every((w) => FILLERS.has(w) || LANGUAGE_BY_NAME.has(w));
  const weak = words.some((w) => WEAK_CUES.has(w));
  const asked = named.filter(({ i }) => {
    const next = words[i + 1];
    if (next !== undefined && ABOUT_PEOPLE.has(next)) return false;
    if (bare || words.some((w, j) => j !== i && Math.abs(j - i) <= NEAR && CUES.has(w))) return true;
    return weak && BEFORE_NAME.has(words[i - 1] ?? '') && (next === undefined || FILLERS.has(next) || CUES.has(next) || WEAK_CUES.has(next));
  });
  if (asked.length === 0) return undefined;
  // "I don't speak English", "no hablo inglés": the customer needs another language; show what the bot speaks.
  const negated = (i: number) => words.slice(Math.max(0, i - NEAR - 1), i).some((w) => NEGATIONS.has(w));
  if (asked.every(({ i }) => negated(i))) return { kind: 'which' };
  const wanted = asked.filter(({ i }) => !negated(i));
  const chosen = wanted.filter(({ code }) => code !== current).at(-1) ?? wanted.at(-1)!;
  return { kind: 'language', language: chosen.code };
}
