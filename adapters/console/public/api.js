// The agent API as the console uses it: the session kept in sessionStorage, JSON calls with the
// Bearer token, 401 answers sending the agent back to sign-in, idempotency keys for writes, and
// the live event stream.

const KEY = 'baton.agentConsole.session';

export const session = {
  get() {
    try { return JSON.parse(sessionStorage.getItem(KEY) ?? 'null'); } catch { return null; }
  },
  set(value) { sessionStorage.setItem(KEY, JSON.stringify(value)); },
  clear() { sessionStorage.removeItem(KEY); },
};

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

let unauthorized = () => {};
/** What to do when the server no longer accepts the token (expired, signed out elsewhere). */
export function onUnauthorized(handler) { unauthorized = handler; }

/** A fresh Idempotency-Key: one per user action, sent again when that action is retried. */
export function newIdempotencyKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16)); // randomUUID needs a secure context; this does not
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Whether a failed write may be sent again with the same key (nothing answered, or the server failed or is still on it). */
export const worthRetrying = (err) => err.status === 0 || err.status >= 500 || err.code === 'in_progress';

export function api(method, path, body, idempotencyKey) {
  const headers = {};
  if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
  if (body !== undefined) headers['content-type'] = 'application/json';
  return request(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

/** Uploads files (a FormData of file parts) to `path`; the server's JSON answer, or an ApiError. */
export function upload(path, form) {
  return request(path, { method: 'POST', headers: {}, body: form });
}

/** One call of the agent API with the session's token: its JSON answer, or an ApiError (a lost session signs the agent out). */
async function request(path, { method, headers, body }) {
  const token = session.get()?.token;
  let res;
  try {
    res = await fetch(path, { method, headers: { accept: 'application/json', ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) }, body, cache: 'no-store' });
  } catch {
    throw new ApiError(0, 'network', 'The server cannot be reached. Check the connection and try again.');
  }
  const json = await res.json().catch(() => ({}));
  if (res.ok) return json;
  if (res.status === 401 && token) unauthorized();
  throw new ApiError(res.status, json?.error?.code ?? 'error', json?.error?.message ?? `The server answered ${res.status}.`);
}

export const EVENT_NAMES = [
  'handoff.created', 'handoff.claimed', 'handoff.message', 'handoff.transferred', 'handoff.resolved', 'handoff.returned', 'handoff.cancelled',
  'handoff.abandoned', 'handoff.customerLeft',
];

/**
 * Listens to /api/agent/events (server-sent events: EventSource cannot send headers, so the token
 * rides in the query). Reports 'live' or 'reconnecting'; after a refused connection it checks the
 * token and either reconnects or lets the 401 handler sign the agent out. Returns a stop function.
 */
export function openEvents(onEvent, onStatus) {
  let source;
  let retry;
  let stopped = false;
  const connect = () => {
    const token = session.get()?.token;
    if (stopped || !token) return;
    source = new EventSource(`/api/agent/events?token=${encodeURIComponent(token)}`);
    source.onopen = () => onStatus('live');
    source.onerror = () => {
      onStatus('reconnecting');
      if (source.readyState !== EventSource.CLOSED) return;
      retry = setTimeout(async () => {
        try { await api('GET', '/api/agent/queue'); } catch (err) { if (err.status === 401) return; }
        connect();
      }, 2000);
    };
    for (const name of EVENT_NAMES) {
      source.addEventListener(name, (event) => {
        let data;
        try { data = JSON.parse(event.data); } catch { return; }
        onEvent(name, data);
      });
    }
  };
  connect();
  return () => {
    stopped = true;
    clearTimeout(retry);
    source?.close();
  };
}
