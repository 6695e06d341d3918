// The page's side of the launcher (embed.js) when the page runs in its frame on another site: learns
// the embedding page's origin from its hello and then talks only to that origin. It says how many
// messages from the bot or an agent the customer has not seen while the panel was closed (none until
// the customer has said something, so a greeting alone never shows a count), hears when the panel
// opens and closes, and asks the embedding page to close the panel. Messages carry counts, never
// the conversation's text; where the browser gives the frame no storage, they also carry the
// page's state for the embedding page to keep (see pageStorage.js). Its ready message carries the
// launcher's words (words.js) and the page's language, for the launcher's labels and greeting; when
// the page's words follow the conversation into another language, it sends them again.
import { pageStorage } from './pageStorage.js';
import { launcherWords } from './words.js';

const READ_KEY = 'baton.webchat.read';

/** Null when the page is not in a frame. */
export function connectEmbedder({ onOpen, onLaunched }) {
  if (window.parent === window) return null;
  let host = '';
  let open = false;
  let received = 0;
  let spoken = false;
  let read = Number(pageStorage.getItem(READ_KEY)) || 0;

  const post = (message) => { if (host) window.parent.postMessage({ baton: 'webchat', ...message }, host); };
  const report = () => {
    if (open && read !== received) {
      read = received;
      pageStorage.setItem(READ_KEY, String(read));
    }
    post({ type: 'unread', count: spoken ? Math.max(0, received - read) : 0 });
  };

  // Without storage of its own, the page hands its state to the embedding page to keep.
  const remember = () => { if (pageStorage.borrowed) post({ type: 'remember', state: pageStorage.snapshot() }); };
  pageStorage.onChange(remember);

  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || event.data?.baton !== 'launcher') return;
    const { type } = event.data;
    if (type === 'hello' && !host) {
      host = event.origin;
      onLaunched();
      remember();
      post({ type: 'ready', words: launcherWords(), locale: document.documentElement.lang });
      report();
    } else if (event.origin !== host) {
      return;
    } else if (type === 'open') {
      open = true;
      report();
      onOpen();
    } else if (type === 'closed') {
      open = false;
    }
  });

  return {
    /** Counts what arrived: the bot's and agents' messages, and whether the customer has spoken. */
    received(activities) {
      for (const a of activities) {
        if (a.type !== 'message') continue;
        if (a.from?.role === 'user') spoken = true;
        else if (a.from?.role === 'bot') received += 1;
      }
      report();
    },
    /** A new conversation: nothing read, nothing unread. */
    reset() {
      received = 0;
      read = 0;
      spoken = false;
      pageStorage.removeItem(READ_KEY);
      report();
    },
    /** The page's words changed language: the launcher's labels follow. */
    relabel() { post({ type: 'words', words: launcherWords(), locale: document.documentElement.lang }); },
    /** Asks the embedding page to close the panel (it returns focus to its launcher button). */
    close() { post({ type: 'close' }); },
    get launched() { return host !== ''; },
  };
}
