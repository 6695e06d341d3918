// A bounded load for the fault suite: customers who each send a REST turn as soon as the last one is
// answered, and a poller of /readyz, recording when every request started, what it answered and how
// long it took, so a test can tell when a fault showed and when it healed, and which messages the
// server acknowledged.

export interface Answered {
  readonly path: string;
  readonly startedAt: number;
  readonly ms: number;
  /** The HTTP status, or 0 when the request failed without one (connection reset, timeout). */
  readonly status: number;
  readonly conversationId?: string;
  readonly text?: string;
}

export interface TurnLoad {
  readonly answers: Answered[];
  /** The texts each conversation had answered 200, in order. */
  acknowledged(): Map<string, string[]>;
  stop(): Promise<void>;
}

const REQUEST_LIMIT_MS = 15_000;

async function timed(url: string, path: string, init: RequestInit): Promise<{ status: number; json: unknown; startedAt: number; ms: number }> {
  const startedAt = Date.now();
  try {
    const res = await fetch(`${url}${path}`, { ...init, signal: AbortSignal.timeout(REQUEST_LIMIT_MS) });
    const text = await res.text();
    let json: unknown;
    try { json = text ? JSON.parse(text) : undefined; } catch { json = undefined; }
    return { status: res.status, json, startedAt, ms: Date.now() - startedAt };
  } catch {
    return { status: 0, json: undefined, startedAt, ms: Date.now() - startedAt };
  }
}

/** `customers` customers chatting on `url`, and /readyz asked every `readyEveryMs`. */
export function startTurnLoad(url: string, customers: number, options: { readyEveryMs?: number; pauseMs?: number } = {}): TurnLoad {
  const answers: Answered[] = [];
  let running = true;
  const customer = async (i: number): Promise<void> => {
    let conversationId: string | undefined;
    for (let n = 0; running; n++) {
      const text = `message ${n} from customer ${i}`;
      const body = JSON.stringify({ userId: `fault-${i}`, text, ...(conversationId ? { conversationId } : {}) });
      const r = await timed(url, '/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const id = (r.json as { conversationId?: string } | undefined)?.conversationId;
      if (r.status === 200 && id) conversationId = id;
      answers.push({ path: '/api/chat', startedAt: r.startedAt, ms: r.ms, status: r.status, conversationId: r.status === 200 ? id : conversationId, text });
      if (r.status !== 200 || options.pauseMs) await new Promise((res) => setTimeout(res, r.status !== 200 ? 100 : options.pauseMs));
    }
  };
  const poller = async (): Promise<void> => {
    while (running) {
      const r = await timed(url, '/readyz', {});
      answers.push({ path: '/readyz', startedAt: r.startedAt, ms: r.ms, status: r.status });
      await new Promise((res) => setTimeout(res, options.readyEveryMs ?? 100));
    }
  };
  const all = Promise.all([...Array.from({ length: customers }, (_, i) => customer(i)), poller()]);
  return {
    answers,
    acknowledged: () => {
      const byConversation = new Map<string, string[]>();
      for (const a of answers) {
        if (a.path !== '/api/chat' || a.status !== 200 || !a.conversationId || a.text === undefined) continue;
        byConversation.set(a.conversationId, [...(byConversation.get(a.conversationId) ?? []), a.text]);
      }
      return byConversation;
    },
    stop: async () => {
      running = false;
      await all;
    },
  };
}

/** Milliseconds from `since` until the first request of `path` started after it that answered `status`. */
export function firstAnswerAfter(answers: readonly Answered[], path: string, since: number, status: (s: number) => boolean): number | undefined {
  const found = answers
    .filter((a) => a.path === path && a.startedAt >= since && status(a.status))
    .map((a) => a.startedAt + a.ms - since);
  return found.length > 0 ? Math.min(...found) : undefined;
}
