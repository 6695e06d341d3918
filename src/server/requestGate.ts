// Counts the requests a server is answering and, once closed, refuses new ones with a JSON 503 and
// `Connection: close`, so a shutdown can wait for the turns in flight and nothing new starts.
import type { Request, Response, Next, Server } from 'restify';
import { sendError } from './sendError';

export interface RequestGate {
  /** From now on, new requests get 503. */
  close(): void;
  /** Resolves when no request is being answered. */
  idle(): Promise<void>;
}

export function openRequestGate(server: Server): RequestGate {
  let open = true;
  let inFlight = 0;
  let waiting: (() => void)[] = [];
  const settle = (): void => {
    if (inFlight > 0) return;
    const done = waiting;
    waiting = [];
    for (const resolve of done) resolve();
  };
  server.pre((_req: Request, res: Response, next: Next) => {
    if (!open) {
      sendError(res, 503, 'shutting_down', 'The server is shutting down: try again in a moment.', { Connection: 'close' });
      return next(false);
    }
    inFlight += 1;
    res.once('close', () => {
      inFlight -= 1;
      settle();
    });
    return next();
  });
  return {
    close: () => { open = false; },
    idle: () => new Promise<void>((resolve) => {
      waiting.push(resolve);
      settle();
    }),
  };
}
