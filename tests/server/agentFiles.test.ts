// Agents send files: POST /api/agent/handoffs/:id/attachments (multipart) checks and stores them with
// the conversation, only for the agent holding the handoff; the reply names them by id and they reach
// the customer: a Direct Line activity with the files at signed addresses, a REST message with a
// signed `url` per file. Over real HTTP against the whole app.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { call, startConversation } from '../support/directLineHttp';
import { callJson, restCustomer, startAgentConsoleServer, type AgentConsoleServer } from '../support/agentConsoleServer';

const PNG = readFileSync(join(__dirname, '..', '..', 'adapters', 'botframework', 'teams-app', 'color.png'));
const PDF = Buffer.from('%PDF-1.4\n%\xe2\xe3\n1 0 obj\n<<>>\nendobj\n', 'latin1');

let srv: AgentConsoleServer;
let ann: string;
let bob: string;
beforeAll(async () => {
  srv = await startAgentConsoleServer();
  // Room for every conversation these tests hand her.
  await srv.app.accounts.save({ id: 'ann', name: 'Ann Lee', queues: ['orders'], capacity: 20 }, 'ann-password');
  ann = (await callJson(srv.url, 'POST', '/api/agent/login', { agentId: 'ann', password: 'ann-password' })).json.token;
  bob = (await callJson(srv.url, 'POST', '/api/agent/login', { agentId: 'bob', password: 'bob-password' })).json.token;
});
afterAll(() => srv.close());

function form(files: ReadonlyArray<{ bytes: Buffer; type: string; name: string }>): FormData {
  const data = new FormData();
  for (const f of files) data.append('file', new Blob([f.bytes], { type: f.type }), f.name);
  return data;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function upload(handoffId: string, body: FormData, token: string, key?: string): Promise<{ status: number; json: any; replayed: boolean }> {
  const res = await fetch(`${srv.url}/api/agent/handoffs/${handoffId}/attachments`, { method: 'POST', headers: { authorization: `Bearer ${token}`, ...(key ? { 'idempotency-key': key } : {}) }, body });
  return { status: res.status, json: await res.json(), replayed: res.headers.get('idempotent-replayed') === 'true' };
}

/** A REST customer handed to a person, and Ann holding the handoff. */
async function heldByAnn(): Promise<{ handoffId: string; conversationId: string; userId: string }> {
  const userId = `u-${Math.random().toString(36).slice(2)}`;
  const customer = restCustomer(srv.url, userId);
  await customer.say('I want to talk to a human');
  const [handoff] = await srv.app.service.store.list({ conversationId: customer.conversationId!, statuses: ['waiting'] });
  expect((await callJson(srv.url, 'POST', `/api/agent/handoffs/${handoff!.id}/claim`, {}, ann)).status).toBe(200);
  return { handoffId: handoff!.id, conversationId: customer.conversationId!, userId };
}

describe('files agents send', () => {
  it('are stored for the agent holding the handoff and refused to anyone else', async () => {
    const { handoffId, conversationId } = await heldByAnn();
    const refused = await upload(handoffId, form([{ bytes: PNG, type: 'image/png', name: 'label.png' }]), bob);
    expect(refused.status).toBe(403);
    expect(refused.json.error.code).toBe('not_yours');
    expect(await srv.stores.attachments.list(srv.app.runtime.bot.id, conversationId)).toEqual([]);

    const stored = await upload(handoffId, form([{ bytes: PNG, type: 'image/png', name: 'label.png' }, { bytes: PDF, type: 'application/pdf', name: 'invoice.pdf' }]), ann);
    expect(stored.status).toBe(200);
    expect(stored.json.attachments).toEqual([
      { id: expect.stringMatching(/^att_/), name: 'label.png', contentType: 'image/png', size: PNG.length, url: expect.stringMatching(/^\/attachments\/att_[\w-]+\?exp=\d+&sig=/) },
      { id: expect.stringMatching(/^att_/), name: 'invoice.pdf', contentType: 'application/pdf', size: PDF.length, url: expect.stringMatching(/^\/attachments\//) },
    ]);
    const kept = await srv.stores.attachments.list(srv.app.runtime.bot.id, conversationId);
    expect(kept.map((m) => [m.name, m.from]).sort()).toEqual([['invoice.pdf', 'agent'], ['label.png', 'agent']]);
    const file = await fetch(`${srv.url}${stored.json.attachments[0].url}`);
    expect(Buffer.from(await file.arrayBuffer()).equals(PNG)).toBe(true);
  });

  it('are checked as customers\' files are', async () => {
    const { handoffId, conversationId } = await heldByAnn();
    const wrong = await upload(handoffId, form([{ bytes: Buffer.from('hello'), type: 'text/plain', name: 'notes.txt' }]), ann);
    expect(wrong).toEqual({ replayed: false, status: 415, json: { error: { code: 'type_not_allowed', message: '"notes.txt" cannot be attached: only PNG, JPEG, GIF, WebP or PDF files can.' } } });
    const none = await upload(handoffId, new FormData(), ann);
    expect(none.status).toBe(400);
    expect(await srv.stores.attachments.list(srv.app.runtime.bot.id, conversationId)).toEqual([]);
  });

  it('reach a REST customer in the reply, each with a signed url; the text may be empty', async () => {
    const { handoffId, userId, conversationId } = await heldByAnn();
    const stored = await upload(handoffId, form([{ bytes: PDF, type: 'application/pdf', name: 'invoice.pdf' }]), ann);
    const id = stored.json.attachments[0].id as string;
    const sent = await callJson(srv.url, 'POST', `/api/agent/handoffs/${handoffId}/reply`, { text: '', attachments: [id] }, ann);
    expect([sent.status, sent.json.error]).toEqual([200, undefined]);
    expect(sent.json.message).toMatchObject({ from: 'agent', text: '', attachments: [{ id, name: 'invoice.pdf', url: expect.stringMatching(/^\/attachments\//) }] });
    expect(sent.json.delivered).toBe(true);

    const box = await callJson(srv.url, 'GET', `/api/chat/${conversationId}/messages?userId=${userId}`);
    expect(box.status).toBe(200);
    // After the note that Ann joined.
    const message = box.json.messages.at(-1);
    expect(message.from).toMatchObject({ kind: 'agent', id: 'ann' });
    expect(message.attachments).toEqual([{ id, name: 'invoice.pdf', contentType: 'application/pdf', size: PDF.length, url: expect.stringMatching(new RegExp(`^${srv.url}/attachments/${id}\\?exp=\\d+&sig=`)) }]);
    const file = await fetch(message.attachments[0].url);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(PDF)).toBe(true);
  });

  it('must be this conversation\'s agent files: another conversation\'s id, an unknown id or a bad list is refused', async () => {
    const one = await heldByAnn();
    const other = await heldByAnn();
    const stored = await upload(other.handoffId, form([{ bytes: PNG, type: 'image/png', name: 'x.png' }]), ann);
    const foreign = await callJson(srv.url, 'POST', `/api/agent/handoffs/${one.handoffId}/reply`, { text: 'see', attachments: [stored.json.attachments[0].id] }, ann);
    expect(foreign.status).toBe(400);
    expect(foreign.json.error.message).toBe(`"${stored.json.attachments[0].id}" is no file uploaded for this conversation.`);
    expect((await callJson(srv.url, 'POST', `/api/agent/handoffs/${one.handoffId}/reply`, { text: 'see', attachments: 'att_x' }, ann)).status).toBe(400);
    // Without files the text is still required.
    expect((await callJson(srv.url, 'POST', `/api/agent/handoffs/${one.handoffId}/reply`, { text: '', attachments: [] }, ann)).status).toBe(400);
  });

  it('reach a Direct Line customer as an activity with the files at signed addresses', async () => {
    const domain = `${srv.url}/v3/directline`;
    const { conversationId, token } = await startConversation(domain);
    const path = `/conversations/${conversationId}/activities`;
    await call(domain, 'POST', path, { token, body: { type: 'message', from: { id: 'me' }, text: 'I want to talk to a human' } });
    const [handoff] = await srv.app.service.store.list({ conversationId, statuses: ['waiting'] });
    expect((await callJson(srv.url, 'POST', `/api/agent/handoffs/${handoff!.id}/claim`, {}, ann)).status).toBe(200);
    const stored = await upload(handoff!.id, form([{ bytes: PNG, type: 'image/png', name: 'label.png' }]), ann);
    const sent = await callJson(srv.url, 'POST', `/api/agent/handoffs/${handoff!.id}/reply`, { text: 'Here is your return label.', attachments: [stored.json.attachments[0].id] }, ann);
    expect(sent.json.delivered).toBe(true);

    const { body } = await call(domain, 'GET', path, { token });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const reply = (body.activities as any[]).find((a) => a.text === 'Here is your return label.');
    expect(reply.from).toMatchObject({ id: 'agent:ann', role: 'bot' });
    expect(reply.attachments).toEqual([{ contentType: 'image/png', name: 'label.png', contentUrl: expect.stringMatching(new RegExp(`^${srv.url}/attachments/att_[\\w-]+\\?exp=\\d+&sig=`)) }]);
    const file = await fetch(reply.attachments[0].contentUrl);
    expect(Buffer.from(await file.arrayBuffer()).equals(PNG)).toBe(true);
  });

  it('are stored once when an upload is retried with its Idempotency-Key; the key with other files answers 422', async () => {
    const { handoffId, conversationId } = await heldByAnn();
    const label = [{ bytes: PNG, type: 'image/png', name: 'label.png' }];
    const first = await upload(handoffId, form(label), ann, 'upload-1');
    expect(first.status).toBe(200);
    expect(first.replayed).toBe(false);
    const again = await upload(handoffId, form(label), ann, 'upload-1');
    expect(again).toEqual({ status: 200, json: first.json, replayed: true });
    expect((await srv.stores.attachments.list(srv.app.runtime.bot.id, conversationId)).map((m) => m.name)).toEqual(['label.png']);

    const other = await upload(handoffId, form([{ bytes: PDF, type: 'application/pdf', name: 'invoice.pdf' }]), ann, 'upload-1');
    expect(other.status).toBe(422);
    expect(other.json.error.code).toBe('idempotency_key_reused');
    expect((await srv.stores.attachments.list(srv.app.runtime.bot.id, conversationId)).map((m) => m.name)).toEqual(['label.png']);
  });
});
