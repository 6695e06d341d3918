// The page's words, as the server put them in #page-words (pageWords.ts: the catalogue of the bot's
// language with the bot's own words over it). `word('agentTyping', { name })` fills `{{name}}`. A bot
// of several languages also gives every language's words in #page-languages (pageLanguages.ts), and
// `useLanguage` switches to another of them.
const read = (id) => {
  try {
    return JSON.parse(document.getElementById(id)?.textContent ?? '{}');
  } catch {
    return {};
  }
};
let WORDS = read('page-words');
const LANGUAGES = read('page-languages');

/** The language part of a tag, lower case: "es" of "es-ES". */
export const languageCode = (tag) => String(tag ?? '').split(/[-_]/)[0].toLowerCase();

let language = languageCode(document.documentElement.lang);

/** Fills the `{{name}}` placeholders of a text; one it is not given stays as written. */
export const fill = (text, values = {}) => text.replace(/\{\{(\w+)\}\}/g, (whole, name) => (Object.hasOwn(values, name) ? String(values[name]) : whole));

/** The word under `key`, its placeholders filled from `values`; the key itself where the page has no such word. */
export function word(key, values) {
  const text = WORDS[key];
  return typeof text === 'string' ? fill(text, values) : key;
}

/** The launcher's words (those under `launcher…` keys), for embed.js. */
export const launcherWords = () => Object.fromEntries(Object.entries(WORDS).filter(([key]) => key.startsWith('launcher')));

/**
 * Switches to the words of `tag`'s language when the page has them and speaks another; true when it
 * did. A page of a one-language bot has no others and never switches.
 */
export function useLanguage(tag) {
  const code = languageCode(tag);
  if (code === language || !Object.hasOwn(LANGUAGES, code)) return false;
  WORDS = LANGUAGES[code];
  language = code;
  return true;
}
