// How the console names things agents read at a glance: a handoff's priority in words, the
// customer's channel, who the customer is, how frustrated they are, and the conversation's language.

/**
 * The packet's priority (0 to 100, higher taken first) in words. A queue's default is 50 and each
 * step of frustration adds 10, so: Urgent from 80 (a high-priority queue and a very frustrated
 * customer, or an author's urgent handoff), High from 65, Normal from 40 (the default, give or take
 * an author's nudge), Low below 40.
 */
export function priorityWord(priority) {
  const p = Number(priority);
  return p >= 80 ? 'Urgent' : p >= 65 ? 'High' : p >= 40 ? 'Normal' : 'Low';
}

const CHANNELS = { webchat: 'Web chat', msteams: 'Teams', rest: 'REST API', console: 'Console', emulator: 'Emulator' };

/** webchat -> "Web chat"; an unknown channel as it is named. */
export const channelName = (id) => (id && Object.hasOwn(CHANNELS, id) ? CHANNELS[id] : id ?? '');

/** The customer's name, else their email or phone, else "Unnamed customer". */
export const customerName = (customer) => customer?.name ?? customer?.email ?? customer?.phone ?? 'Unnamed customer';

/** A frustration level worth a badge ("Frustrated", "Very frustrated"), or undefined when low. */
export const frustrationWord = (level) => ({ medium: 'Frustrated', high: 'Very frustrated' })[level];

let languageNames;

/** A language's name in the console's own language (the page's `lang`): es -> "Spanish"; the code when the browser cannot name it. */
export function languageName(code) {
  if (!code) return '';
  try {
    languageNames ??= new Intl.DisplayNames([document.documentElement.lang || 'en'], { type: 'language' });
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}
