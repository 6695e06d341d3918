// The sample bot started as `npm start` starts it (no manifest argument, every interface, a fresh
// data folder) on a port other than 3978: its change-address flow reaches the address service the
// same process serves, and the customer hears the address was changed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBaton, type BatonProcess } from '../support/batonProcess';

interface ChatReply {
  readonly conversationId: string;
  readonly replies: ReadonlyArray<{ readonly text: string }>;
  readonly status: string;
  readonly handoff?: unknown;
}

async function post(url: string, body: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

describe('the sample bot as shipped', () => {
  let dataDir: string;
  let server: BatonProcess;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'baton-sample-'));
    server = await startBaton(undefined, { BATON_DATA_DIR: dataDir, HOST: '0.0.0.0' });
  }, 90_000);

  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs on a port other than 3978', () => {
    expect(server.output()).toContain('Acme Support is listening on');
    expect(new URL(server.url).port).not.toBe('3978');
  });

  it("changes an order's address through the address service it serves itself", async () => {
    const first = await post(`${server.url}/api/chat`, { userId: 'kim', text: 'I need to change the delivery address of order 12345' });
    expect(first.status).toBe(200);
    const opened = first.body as ChatReply;
    expect(opened.replies.at(-1)?.text).toBe('What is the new delivery address, with the postcode?');

    const second = await post(`${server.url}/api/chat`, { userId: 'kim', conversationId: opened.conversationId, text: '1 High Street, Leeds LS1 1AA' });
    expect(second.status).toBe(200);
    const done = second.body as ChatReply;
    expect(done.replies.map((r) => r.text)).toEqual(['Order 12345 will now go to: 1 High Street, Leeds LS1 1AA.', 'Is there anything else I can help you with?']);
    expect(done.status).toBe('bot');
    expect(done.handoff).toBeUndefined();
  }, 30_000);

  it('answers a malformed call of its address service with a clear error', async () => {
    const bad = await post(`${server.url}/sample/address`, { action: 'address_service', slots: { order_id: '12345' } });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ error: { code: 'bad_request', message: 'Expected {"slots": {"order_id": "...", "new_address": "..."}}.' } });
    const good = await post(`${server.url}/sample/address`, { action: 'address_service', conversationId: 'c1', slots: { order_id: '12345', new_address: '1 High Street' } });
    expect(good).toEqual({ status: 200, body: { outcome: 'changed' } });
  });
});
