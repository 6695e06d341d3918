// Opens a Direct Line stream URL with the ws package and collects its { activities, watermark } frames.
import { WebSocket } from 'ws';

export interface Frame {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly activities: any[];
  readonly watermark: string;
}

export interface StreamReader {
  readonly socket: WebSocket;
  readonly frames: Frame[];
  /** Resolves once the frames hold an activity that matches. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  waitFor(match: (activity: any) => boolean, timeoutMs?: number): Promise<void>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  activities(): any[];
  close(): void;
}

export async function openStream(url: string): Promise<StreamReader> {
  const socket = new WebSocket(url);
  const frames: Frame[] = [];
  const listeners = new Set<() => void>();
  socket.on('message', (data) => {
    const text = String(data);
    if (text !== '') frames.push(JSON.parse(text) as Frame);
    for (const listener of [...listeners]) listener();
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
    socket.once('unexpected-response', (_req, res) => reject(new Error(`stream answered ${res.statusCode}`)));
  });
  const activities = () => frames.flatMap((f) => f.activities);
  return {
    socket,
    frames,
    activities,
    waitFor: (match, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          if (!activities().some(match)) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no matching activity on the stream; got ${JSON.stringify(activities().map((a) => a.text ?? a.type))}`));
        }, timeoutMs);
        listeners.add(check);
        check();
      }),
    close: () => socket.terminate(),
  };
}
