// The event streams each agent session holds open in this process, so that signing out ends them at
// once instead of leaving a signed-out console receiving events.
import type { Response } from 'restify';
import { hashToken } from '../handoff/agentSecrets';

export interface SessionStreams {
  /** Keeps `res` under its session's token until the returned function is called. */
  add(token: string, res: Response): () => void;
  /** Ends every stream of the session. */
  endAll(token: string): void;
}

export function createSessionStreams(): SessionStreams {
  const open = new Map<string, Set<Response>>();
  return {
    add(token, res) {
      const key = hashToken(token);
      const set = open.get(key) ?? new Set<Response>();
      open.set(key, set);
      set.add(res);
      return () => {
        set.delete(res);
        if (set.size === 0) open.delete(key);
      };
    },
    endAll(token) {
      for (const res of open.get(hashToken(token)) ?? []) res.end();
    },
  };
}
