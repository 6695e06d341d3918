// 1,000 connections from one address that send a request's headers and then trickle its body, a
// byte every 2 s, while a customer on another address chats: the customer's turns keep their usual
// latency and /healthz answers, the address's connections past its cap are closed on arrival, and
// the rest are cut off by the request timeout (30 s), not Node's 5 minutes.
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBaton } from '../support/batonProcess';
import { reportFigures } from '../support/faultFigures';

const MANIFEST = join(__dirname, '..', '..', 'bots', 'acme.yaml');
const CUSTOMER_ADDRESS = '127.0.0.2';
const SLOW = 1000;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A request from the customer's address: status and milliseconds (status 0: no answer). */
function fromCustomer(url: string, method: string, path: string, body?: unknown): Promise<{ status: number; ms: number; json: unknown }> {
  const started = Date.now();
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve) => {
    const req = request(`${url}${path}`, { method, localAddress: CUSTOMER_ADDRESS, agent: false, timeout: 10_000, headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {} }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => { text += c.toString(); });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: Date.now() - started, json: text.startsWith('{') ? JSON.parse(text) : undefined }));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve({ status: 0, ms: Date.now() - started, json: undefined }));
    req.end(payload);
  });
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}

interface SlowConnection {
  readonly openedAt: number;
  closedAt?: number;
  answered: string;
}

function openSlow(port: number): SlowConnection {
  const slow: SlowConnection = { openedAt: Date.now(), answered: '' };
  const socket: Socket = connect(port, '127.0.0.1');
  let trickle: NodeJS.Timeout | undefined;
  socket.on('connect', () => {
    socket.write('POST /api/chat HTTP/1.1\r\nHost: baton\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n');
    trickle = setInterval(() => socket.write('{'), 2000);
  });
  socket.on('data', (c: Buffer) => { slow.answered += c.toString(); });
  socket.on('error', () => undefined);
  socket.on('close', () => {
    clearInterval(trickle);
    slow.closedAt = Date.now();
  });
  return slow;
}

describe('slow clients from one address', () => {
  it('never take another address\'s place', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'baton-fault-slow-'));
    const server = await startBaton(MANIFEST, { BATON_DATA_DIR: dataDir, BATON_TURNS_PER_MINUTE: '100000', BATON_TURNS_PER_MINUTE_PER_ADDRESS: '100000' });
    const port = Number(new URL(server.url).port);
    try {
      let conversationId: string | undefined;
      const turn = async (n: number): Promise<{ status: number; ms: number }> => {
        const r = await fromCustomer(server.url, 'POST', '/api/chat', { userId: 'steady', text: `question ${n}`, ...(conversationId ? { conversationId } : {}) });
        conversationId ??= (r.json as { conversationId?: string } | undefined)?.conversationId;
        return r;
      };
      const before: number[] = [];
      for (let n = 0; n < 30; n++) {
        const r = await turn(n);
        expect(r.status).toBe(200);
        before.push(r.ms);
        await sleep(50);
      }

      const slow = Array.from({ length: SLOW }, () => openSlow(port));
      const attackStarted = Date.now();
      const during: number[] = [];
      const health: number[] = [];
      for (let n = 30; Date.now() - attackStarted < 36_000; n++) {
        const r = await turn(n);
        expect(r.status).toBe(200);
        during.push(r.ms);
        health.push((await fromCustomer(server.url, 'GET', '/healthz')).status);
        await sleep(100);
      }
      const closedOnArrival = slow.filter((s) => s.closedAt !== undefined && s.closedAt - s.openedAt < 2000).length;
      const cutLater = slow.filter((s) => s.closedAt !== undefined && s.closedAt - s.openedAt >= 2000);
      const stillOpen = slow.filter((s) => s.closedAt === undefined).length;

      const figures = {
        turnP50BeforeMs: percentile(before, 0.5),
        turnP95BeforeMs: percentile(before, 0.95),
        turnP50DuringMs: percentile(during, 0.5),
        turnP95DuringMs: percentile(during, 0.95),
        turnsDuring: during.length,
        healthzNot200: health.filter((s) => s !== 200).length,
        slowClosedOnArrival: closedOnArrival,
        slowCutByTimeout: cutLater.length,
        slowLongestOpenMs: Math.max(...cutLater.map((s) => s.closedAt! - s.openedAt)),
        slowStillOpen: stillOpen,
        slowAnswered408: cutLater.filter((s) => s.answered.startsWith('HTTP/1.1 408')).length,
      };
      reportFigures('slow-clients', figures);

      expect(figures.healthzNot200).toBe(0);
      // Usual latency: a turn here takes milliseconds; a second would mean waiting behind the attack.
      expect(figures.turnP95DuringMs).toBeLessThan(1000);
      expect(closedOnArrival).toBeGreaterThanOrEqual(SLOW - 50);
      expect(stillOpen).toBe(0);
      expect(figures.slowLongestOpenMs).toBeLessThan(34_000);
    } finally {
      await server.kill();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
