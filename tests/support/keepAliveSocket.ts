// One kept-alive HTTP/1.1 connection, as a browser or an HTTP agent holds it: requests are written
// on the same socket one after another and each answer is read by its Content-Length.
import { connect, type Socket } from 'node:net';
import { parseAnswer, type RawAnswer } from './rawHttp';

export interface KeepAliveSocket {
  /** Writes one request and resolves with its answer (rejects if the connection is reset). */
  request(method: string, path: string): Promise<RawAnswer>;
  /** Resolves when the server has closed the connection; `reset` when it was reset, not ended. */
  readonly closed: Promise<{ reset: boolean }>;
}

export function openKeepAliveSocket(origin: string): Promise<KeepAliveSocket> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket: Socket = connect(Number(port), hostname);
    let buffer = Buffer.alloc(0);
    let pending: { resolve: (a: RawAnswer) => void; reject: (e: Error) => void } | undefined;
    let reset = false;
    const tryAnswer = (): void => {
      const end = buffer.indexOf('\r\n\r\n');
      if (!pending || end < 0) return;
      const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(buffer.subarray(0, end).toString('latin1'))?.[1] ?? 0);
      if (buffer.length < end + 4 + length) return;
      const answer = parseAnswer(buffer.subarray(0, end + 4 + length).toString('utf8'));
      buffer = buffer.subarray(end + 4 + length);
      const { resolve: done } = pending;
      pending = undefined;
      done(answer);
    };
    socket.on('data', (chunk) => { buffer = Buffer.concat([buffer, chunk]); tryAnswer(); });
    socket.on('error', (err: NodeJS.ErrnoException) => { reset = true; pending?.reject(err); pending = undefined; });
    const closed = new Promise<{ reset: boolean }>((done) => socket.on('close', () => {
      pending?.reject(new Error('connection closed before an answer'));
      pending = undefined;
      done({ reset });
    }));
    socket.once('connect', () => resolve({
      closed,
      request: (method, path) => new Promise((done, fail) => {
        pending = { resolve: done, reject: fail };
        socket.write(`${method} ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: keep-alive\r\n\r\n`);
      }),
    }));
    socket.once('error', reject);
  });
}
