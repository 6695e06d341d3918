// The page's Direct Line client: starts (or, after a reload, resumes) a conversation, receives
// activities over the WebSocket stream, reconnects from the last watermark when the socket drops,
// falls back to polling when sockets keep failing, refreshes its token, and posts activities. The
// conversation is kept in the page's storage (pageStorage.js): a reload, of the page or of a site
// that frames it, finds it again; `startOver` forgets it and starts another. Each conversation is
// a generation: what an earlier one's requests and socket bring after it was left is dropped. A new
// conversation is started with the customer's `locale`, for the bot's welcome to speak it.
import { pageStorage } from './pageStorage.js';

const STORAGE_KEY = 'baton.webchat.conversation';
const REFRESH_MS = 15 * 60 * 1000;
const POLL_MS = 1000;

export function connectDirectLine({ domain, tokenUrl, locale, onActivities, onStatus, onRestart }) {
  let conversationId = '';
  let token = '';
  let watermark = '';
  let socket = null;
  let polling = false;
  let socketFailures = 0;
  let retries = 0;
  let timer = 0;
  let generation = 0;
  let ready;
  let started = new Promise((resolve) => { ready = resolve; });
  const seen = new Set();

  const fail = (status) => Object.assign(new Error(`HTTP ${status}`), { status });
  const gone = (err) => err.status === 401 || err.status === 403 || err.status === 404;
  const backoff = () => Math.min(10000, 400 * 2 ** retries++) * (0.75 + Math.random() / 2);
  const later = (fn, ms) => { clearTimeout(timer); timer = setTimeout(fn, ms); };
  const save = () => pageStorage.setItem(STORAGE_KEY, JSON.stringify({ conversationId, token }));

  async function request(method, path, body) {
    const headers = { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) };
    const res = await fetch(domain + path, { method, headers, ...(body ? { body: JSON.stringify(body) } : {}) });
    if (!res.ok) throw Object.assign(fail(res.status), { body: await res.json().catch(() => undefined) });
    return res.json();
  }

  function receive(set) {
    if (set.watermark !== undefined) watermark = set.watermark;
    const fresh = set.activities.filter((a) => !seen.has(a.id));
    for (const a of fresh) seen.add(a.id);
    if (fresh.length > 0) onActivities(fresh);
  }

  async function start() {
    const current = generation;
    const saved = JSON.parse(pageStorage.getItem(STORAGE_KEY) || 'null');
    try {
      if (saved) {
        ({ conversationId, token } = saved);
        const conversation = await request('GET', `/conversations/${encodeURIComponent(conversationId)}`);
        if (current === generation) resume(conversation);
        return;
      }
      const issued = await fetch(tokenUrl, { method: 'POST' });
      if (!issued.ok) throw fail(issued.status);
      token = (await issued.json()).token;
      const conversation = await request('POST', '/conversations', locale ? { locale } : undefined);
      if (current === generation) resume(conversation);
    } catch (err) {
      if (current !== generation) return;
      if (saved && gone(err)) return restart();
      onStatus('offline');
      later(start, backoff());
    }
  }

  /** Leaves the current conversation: its socket, timers and stored id; posts wait for the next one. */
  function forget() {
    generation += 1;
    clearTimeout(timer);
    pageStorage.removeItem(STORAGE_KEY);
    if (socket) {
      socket.onopen = null;
      socket.onclose = null;
      socket.onmessage = null;
      socket.close();
      socket = null;
    }
    seen.clear();
    [conversationId, token, watermark, retries] = ['', '', '', 0];
    started = new Promise((resolve) => { ready = resolve; });
  }

  function restart() {
    forget();
    onRestart();
    start();
  }

  function resume(conversation) {
    conversationId = conversation.conversationId;
    token = conversation.token;
    save();
    ready();
    if (polling || socketFailures >= 3 || typeof WebSocket === 'undefined') return poll();
    // A socket that closes before it carried anything, or within seconds, counts as failing.
    let worked = false;
    socket = new WebSocket(conversation.streamUrl);
    socket.onopen = () => { onStatus('online'); setTimeout(() => { worked = true; }, 5000); };
    socket.onmessage = (event) => {
      worked = true;
      if (event.data) receive(JSON.parse(event.data));
    };
    socket.onclose = () => {
      socket = null;
      if (worked) [socketFailures, retries] = [0, 0];
      else socketFailures += 1;
      onStatus('reconnecting');
      later(reconnect, worked ? 300 : backoff());
    };
  }

  async function reconnect() {
    const current = generation;
    try {
      const conversation = await request('GET', `/conversations/${encodeURIComponent(conversationId)}?watermark=${watermark}`);
      if (current === generation) resume(conversation);
    } catch (err) {
      if (current !== generation) return;
      if (gone(err)) return restart();
      later(reconnect, backoff());
    }
  }

  async function poll() {
    const current = generation;
    polling = true;
    try {
      const set = await request('GET', `/conversations/${encodeURIComponent(conversationId)}/activities?watermark=${watermark}`);
      if (current !== generation) return;
      receive(set);
      retries = 0;
      onStatus('online');
      later(poll, POLL_MS);
    } catch (err) {
      if (current !== generation) return;
      if (gone(err)) return restart();
      onStatus('reconnecting');
      later(poll, backoff());
    }
  }

  setInterval(async () => {
    const current = generation;
    try {
      const refreshed = (await request('POST', '/tokens/refresh')).token;
      if (current !== generation) return;
      token = refreshed;
      save();
    } catch { /* the next reconnect finds out whether the conversation is still there */ }
  }, REFRESH_MS);
  start();

  return {
    /**
     * Ends this conversation on the server (an `endOfConversation` activity: a handoff waiting for
     * an agent is closed, an agent serving it is told), forgets it and starts another.
     */
    startOver() {
      if (conversationId) {
        const leaving = { type: 'endOfConversation', from: { id: 'me', role: 'user' } };
        fetch(`${domain}/conversations/${encodeURIComponent(conversationId)}/activities`, {
          method: 'POST', keepalive: true, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(leaving),
        }).catch(() => undefined);
      }
      forget();
      onStatus('connecting');
      start();
    },
    /**
     * Posts a message with files, as Microsoft's Web Chat does: multipart, the activity as JSON in a
     * part named "activity" and a part per file. Resolves with its id; rejects with { status, body }.
     */
    async upload(activity, files) {
      await started;
      const form = new FormData();
      form.append('activity', new Blob([JSON.stringify(activity)], { type: 'application/vnd.microsoft.activity' }));
      for (const file of files) form.append('file', file, file.name);
      const path = `/conversations/${encodeURIComponent(conversationId)}/upload?userId=${encodeURIComponent(activity.from?.id ?? '')}`;
      const res = await fetch(domain + path, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
      if (!res.ok) throw Object.assign(fail(res.status), { body: await res.json().catch(() => undefined) });
      if (polling) later(poll, 0);
      return (await res.json()).id;
    },
    /** Posts an activity; resolves with its id, rejects with { status } when it was refused. */
    async post(activity) {
      await started;
      const { id } = await request('POST', `/conversations/${encodeURIComponent(conversationId)}/activities`, activity);
      if (polling) later(poll, 0);
      return id;
    },
  };
}
