// The page's words, as the server put them in #page-words (pageWords.ts: the catalogue of the bot's
// language with the bot's own words over it). `word('agentTyping', { name })` fills `{{name}}`.
const WORDS = (() => {
  try {
    return JSON.parse(document.getElementById('page-words')?.textContent ?? '{}');
  } catch {
    return {};
  }
})();

/** Fills the `{{name}}` placeholders of a text; one it is not given stays as written. */
export const fill = (text, values = {}) => text.replace(/\{\{(\w+)\}\}/g, (whole, name) => (Object.hasOwn(values, name) ? String(values[name]) : whole));

/** The word under `key`, its placeholders filled from `values`; the key itself where the page has no such word. */
export function word(key, values) {
  const text = WORDS[key];
  return typeof text === 'string' ? fill(text, values) : key;
}

/** The launcher's words (those under `launcher…` keys), for embed.js. */
export const launcherWords = () => Object.fromEntries(Object.entries(WORDS).filter(([key]) => key.startsWith('launcher')));
