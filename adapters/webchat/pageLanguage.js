// The customer's language on the page: the locale it sends (the page's `?locale=`, which the launcher's
// `data-locale` sets, else the browser's language) on starting and on every activity, and, for a bot of
// several languages, the page's words following the conversation's language: when a bot message
// carries a locale of another language the page has words for, the page's labels switch to it.
import { languageCode, useLanguage, word } from './words.js';

const TAG = /^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8}){0,4}$/;

/** The locale the page sends as the customer's. */
export function customerLocale() {
  const asked = new URLSearchParams(location.search).get('locale');
  return asked && TAG.test(asked) ? asked : navigator.language;
}

/** The page's markup the server filled with words (index.html's {{word.…}}): [selector, attribute or null for the text, key]. */
const LABELS = [
  ['#new-conversation', 'aria-label', 'newConversation'],
  ['#new-conversation', 'title', 'newConversation'],
  ['#minimise', 'aria-label', 'minimise'],
  ['#minimise', 'title', 'minimise'],
  ['#log', 'aria-label', 'conversation'],
  ['#attach', 'aria-label', 'attachFile'],
  ['#attach', 'title', 'attachFile'],
  ['label[for="input"]', null, 'messageLabel'],
  ['#input', 'placeholder', 'messagePlaceholder'],
  ['#send', 'aria-label', 'send'],
  ['#suggestions', 'aria-label', 'suggestions'],
  ['#confirm-new-title', null, 'confirmNewTitle'],
  ['#confirm-new-text', null, 'confirmNewText'],
  ['#confirm-new button[value="cancel"]', null, 'confirmNewCancel'],
  ['#confirm-new button[value="new"]', null, 'confirmNewStart'],
];

/** Follows the language of the bot's latest message among `activities`; true when the page's words changed. */
export function followLanguage(activities) {
  const spoken = activities.filter((a) => a.type === 'message' && a.from?.role === 'bot' && typeof a.locale === 'string').at(-1);
  if (!spoken || !useLanguage(spoken.locale)) return false;
  document.documentElement.lang = languageCode(spoken.locale);
  for (const [selector, attribute, key] of LABELS) {
    const element = document.querySelector(selector);
    if (!element) continue;
    if (attribute) element.setAttribute(attribute, word(key));
    else element.textContent = word(key);
  }
  return true;
}
