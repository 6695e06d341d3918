// Whether a person can answer now: polls GET /api/chat/agents (served by the Baton app) and
// reports true or false; reports nothing when the server has no such route (a bot-only server),
// so the page keeps its plain connection status.
const POLL_MS = 30_000;

export function watchAgentsOnline(onChange) {
  let stopped = false;
  let timer = 0;
  const check = async () => {
    try {
      const res = await fetch('/api/chat/agents', { cache: 'no-store', headers: { accept: 'application/json' } });
      if (res.status === 404) return; // no presence on this server: stop asking
      if (res.ok) onChange(Boolean((await res.json()).online));
    } catch {
      // offline for a moment: the connection status says so; ask again later
    }
    if (!stopped) timer = setTimeout(check, POLL_MS);
  };
  void check();
  return {
    /** Asks again now (after a reconnect, or when the conversation changes hands). */
    refresh() { clearTimeout(timer); if (!stopped) void check(); },
    stop() { stopped = true; clearTimeout(timer); },
  };
}
