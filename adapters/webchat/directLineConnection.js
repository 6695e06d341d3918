// The page's Direct Line client: starts (or, after a reload, resumes) a conversation, receives
// activities over the WebSocket stream, reconnects from the last watermark when the socket drops,
// falls back to polling when sockets keep failing, refreshes its token, and posts activities.
const STORAGE_KEY = 'baton.webchat.conversation';
const REFRESH_MS = 15 * 60 * 1000;
const POLL_MS = 1000;

export function connectDirectLine({ domain, tokenUrl, onActivities, onStatus, onRestart }) {
  let conversationId = '';
  let token = '';
  let watermark = '';
  let socket = null;
  let polling = false;
  let socketFailures = 0;
  let retries = 0;
  let timer = 0;
  let ready;
  const started = new Promise((resolve) => { ready = resolve; });
  const seen = new Set();

  const fail = (status) => Object.assign(new Error(`HTTP ${status}`), { status });
  const gone = (err) => err.status === 401 || err.status === 403 || err.status === 404;
  const backoff = () => Math.min(10000, 400 * 2 ** retries++) * (0.75 + Math.random() / 2);
  const later = (fn, ms) => { clearTimeout(timer); timer = setTimeout(fn, ms); };
  const save = () => sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ conversationId, token }));

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
    const saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) || 'null');
    try {
      if (saved) {
        ({ conversationId, token } = saved);
        return resume(await request('GET', `/conversations/${encodeURIComponent(conversationId)}`));
      }
      const issued = await fetch(tokenUrl, { method: 'POST' });
      if (!issued.ok) throw fail(issued.status);
      token = (await issued.json()).token;
      resume(await request('POST', '/conversations'));
    } catch (err) {
      if (saved && gone(err)) return restart();
      onStatus('offline');
      later(start, backoff());
    }
  }

  function restart() {
    sessionStorage.removeItem(STORAGE_KEY);
    socket?.close();
    seen.clear();
    watermark = '';
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
    try {
      resume(await request('GET', `/conversations/${encodeURIComponent(conversationId)}?watermark=${watermark}`));
    } catch (err) {
      if (gone(err)) return restart();
      later(reconnect, backoff());
    }
  }

  async function poll() {
    polling = true;
    try {
      receive(await request('GET', `/conversations/${encodeURIComponent(conversationId)}/activities?watermark=${watermark}`));
      retries = 0;
      onStatus('online');
      later(poll, POLL_MS);
    } catch (err) {
      if (gone(err)) return restart();
      onStatus('reconnecting');
      later(poll, backoff());
    }
  }

  setInterval(async () => {
    try {
      token = (await request('POST', '/tokens/refresh')).token;
      save();
    } catch { /* the next reconnect finds out whether the conversation is still there */ }
  }, REFRESH_MS);
  start();

  return {
    /** Posts an activity; resolves with its id, rejects with { status } when it was refused. */
    async post(activity) {
      await started;
      const { id } = await request('POST', `/conversations/${encodeURIComponent(conversationId)}/activities`, activity);
      if (polling) later(poll, 0);
      return id;
    },
  };
}
