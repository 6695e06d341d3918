// Where the page keeps its conversation between loads: its sessionStorage. A browser that denies
// storage to frames of another site (third-party storage blocked) leaves the page in the
// launcher's frame without it; the page then keeps a copy in memory, seeded from its address's
// fragment (the launcher passes back what it was last given) and handed to the launcher on every
// change, which keeps it in the embedding page's own sessionStorage.
function usable() {
  try {
    const storage = window.sessionStorage;
    storage.setItem('baton.probe', '1');
    storage.removeItem('baton.probe');
    return storage;
  } catch {
    return null;
  }
}

function seed() {
  try {
    const saved = JSON.parse(decodeURIComponent(location.hash.slice(1)));
    return Object.entries(saved && typeof saved === 'object' ? saved : {}).filter(([, v]) => typeof v === 'string');
  } catch {
    return [];
  }
}

const own = usable();
const memory = new Map(own ? [] : seed());
if (location.hash) history.replaceState(null, '', location.pathname + location.search);
const listeners = [];
const changed = () => { for (const listener of listeners) listener(); };

export const pageStorage = {
  getItem: (key) => (own ? own.getItem(key) : memory.get(key) ?? null),
  setItem(key, value) {
    if (own) return own.setItem(key, value);
    memory.set(key, String(value));
    changed();
  },
  removeItem(key) {
    if (own) return own.removeItem(key);
    memory.delete(key);
    changed();
  },
  /** True when the page has no storage of its own and the embedding page keeps its state. */
  borrowed: own === null,
  /** The state for the embedding page to keep: a JSON object of the stored strings. */
  snapshot: () => JSON.stringify(Object.fromEntries(memory)),
  onChange: (listener) => listeners.push(listener),
};
