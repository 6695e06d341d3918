// Files over Direct Line's upload endpoint, as Microsoft's Web Chat sends them: stored with the
// conversation, shown in the activity at a signed address served with safe headers; refusals (too
// big, a type not allowed, content that is not what it claims, no file) answered 4xx with words the
// customer also sees in the conversation; a hostile file name never reaches a header unescaped.
import { DEFAULT_LIMITS } from '../../../src/server/serverContext';
import { startAgentConsoleServer, type AgentConsoleServer } from '../../support/agentConsoleServer';

let server: AgentConsoleServer;
beforeAll(async () => { server = await startAgentConsoleServer({ limits: undefined }); });
afterAll(() => server.close());

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const PDF = Buffer.from('%PDF-1.4\n%\xe2\xe3\n1 0 obj\n<<>>\nendobj\n', 'latin1');

async function conversation(): Promise<{ id: string; token: string }> {
  const res = await fetch(`${server.url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${(await server.directLine.issueToken({ id: 'dl_ann' })).token}` } });
  const json = await res.json() as { conversationId: string; token: string };
  return { id: json.conversationId, token: json.token };
}

function form(files: ReadonlyArray<{ bytes: Buffer; type: string; name: string }>, activity: unknown = { type: 'message', from: { id: 'dl_ann' } }): FormData {
  const data = new FormData();
  data.append('activity', new Blob([JSON.stringify(activity)], { type: 'application/vnd.microsoft.activity' }));
  for (const f of files) data.append('file', new Blob([f.bytes], { type: f.type }), f.name);
  return data;
}

async function upload(c: { id: string; token: string }, body: FormData) {
  const res = await fetch(`${server.url}/v3/directline/conversations/${c.id}/upload?userId=dl_ann`, { method: 'POST', headers: { authorization: `Bearer ${c.token}` }, body });
  return { status: res.status, json: await res.json() as { id?: string; error?: { code: string; message: string } } };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function activities(c: { id: string; token: string }): Promise<any[]> {
  const res = await fetch(`${server.url}/v3/directline/conversations/${c.id}/activities`, { headers: { authorization: `Bearer ${c.token}` } });
  return ((await res.json()) as { activities: unknown[] }).activities;
}

describe('Direct Line uploads', () => {
  it('stores an image, logs the message with it at a signed address, and the bot thanks the customer', async () => {
    const c = await conversation();
    const answer = await upload(c, form([{ bytes: PNG, type: 'image/png', name: 'photo.png' }]));
    expect(answer.status).toBe(200);
    const log = await activities(c);
    const sent = log.find((a) => a.id === answer.json.id);
    expect(sent.attachments).toEqual([{ contentType: 'image/png', name: 'photo.png', contentUrl: expect.stringMatching(new RegExp(`^${server.url}/attachments/att_[A-Za-z0-9_-]{22}\\?exp=\\d+&sig=[A-Za-z0-9_-]{43}$`)) }]);
    expect(log.filter((a) => a.from?.role === 'bot' && a.type === 'message').map((a) => a.text)).toContain("Thanks, I've got your file.");
    expect(log.map((a) => a.text)).not.toContain("Sorry, I didn't get that. Could you say it another way?");

    const file = await fetch(sent.attachments[0].contentUrl);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(PNG)).toBe(true);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-security-policy')).toContain('sandbox');
    expect(file.headers.get('content-disposition')).toBe(`inline; filename="photo.png"; filename*=UTF-8''photo.png`);

    const [state] = await server.stores.attachments.list(server.app.runtime.bot.id, c.id);
    expect(state).toMatchObject({ name: 'photo.png', contentType: 'image/png', size: PNG.length, from: 'customer' });
    const transcript = await server.stores.conversations.transcript(server.app.runtime.bot.id, c.id);
    expect(transcript.find((e) => e.from === 'customer')?.attachments).toEqual([{ id: state!.id, name: 'photo.png', contentType: 'image/png', size: PNG.length }]);
  });

  it('refuses a forged, altered or expired address', async () => {
    const c = await conversation();
    const answer = await upload(c, form([{ bytes: PNG, type: 'image/png', name: 'a.png' }]));
    const url = new URL((await activities(c)).find((a) => a.id === answer.json.id).attachments[0].contentUrl);
    const other = new URL(url);
    other.searchParams.set('exp', String(Number(url.searchParams.get('exp')) + 60));
    expect((await fetch(other)).status).toBe(403);
    const unsigned = new URL(url);
    unsigned.search = '';
    expect((await fetch(unsigned)).status).toBe(403);
  });

  it('serves a PDF as a download, and a hostile name only encoded', async () => {
    const c = await conversation();
    const name = '../../x.pdf"\r\nX-Evil: y';
    const answer = await upload(c, form([{ bytes: PDF, type: 'application/pdf', name }]));
    expect(answer.status).toBe(200);
    const sent = (await activities(c)).find((a) => a.id === answer.json.id);
    // FormData escapes line breaks in file names (%0D%0A), as browsers do; the path is gone.
    expect(sent.attachments[0].name).toBe('x.pdf"%0D%0AX-Evil: y');
    const file = await fetch(sent.attachments[0].contentUrl);
    expect(file.headers.get('x-evil')).toBeNull();
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="x.pdf__0D_0AX-Evil: y"; filename*=UTF-8''x.pdf%22%250D%250AX-Evil%3A%20y`);
  });

  it.each([
    ['a type not allowed', { bytes: Buffer.from('<html><script>alert(1)</script></html>'), type: 'text/html', name: 'page.html' }, 415, 'type_not_allowed', /only PNG, JPEG, GIF, WebP or PDF files can/],
    ['content that is not its declared type', { bytes: PNG, type: 'application/pdf', name: 'report.pdf' }, 415, 'content_mismatch', /is not the PDF file it claims to be/],
    ['an image named as a page', { bytes: PNG, type: 'application/octet-stream', name: 'x.html' }, 415, 'content_mismatch', /is not the kind of file it claims to be/],
    ['an empty file', { bytes: Buffer.alloc(0), type: 'image/png', name: 'empty.png' }, 400, 'empty_file', /is empty/],
  ])('refuses %s with a 4xx and tells the customer why', async (_label, file, status, code, words) => {
    const c = await conversation();
    const answer = await upload(c, form([file]));
    expect(answer.status).toBe(status);
    expect(answer.json.error?.code).toBe(code);
    expect(answer.json.error?.message).toMatch(words);
    const log = await activities(c);
    expect(log.filter((a) => a.from?.role === 'bot').map((a) => a.text)).toContainEqual(expect.stringMatching(words));
    expect(log.some((a) => a.from?.role === 'user')).toBe(false);
    expect(await server.stores.attachments.list(server.app.runtime.bot.id, c.id)).toEqual([]);
  });

  it('refuses a file over the size limit with 413 and the limit in words', async () => {
    const small = await startAgentConsoleServer({ limits: { ...DEFAULT_LIMITS, maxAttachmentBytes: 1024 } });
    try {
      const token = (await small.directLine.issueToken({ id: 'dl_bo' })).token;
      const started = await (await fetch(`${small.url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token}` } })).json() as { conversationId: string; token: string };
      const big = Buffer.concat([PNG, Buffer.alloc(2048)]);
      const res = await fetch(`${small.url}/v3/directline/conversations/${started.conversationId}/upload?userId=dl_bo`, { method: 'POST', headers: { authorization: `Bearer ${started.token}` }, body: form([{ bytes: big, type: 'image/png', name: 'big.png' }]) });
      expect(res.status).toBe(413);
      const json = await res.json() as { error: { code: string; message: string } };
      expect(json.error).toEqual({ code: 'file_too_large', message: '"big.png" is 2 KB; files can be at most 1 KB.' });
    } finally {
      await small.close();
    }
  });

  it('needs the conversation\'s token', async () => {
    const c = await conversation();
    const other = await conversation();
    const res = await fetch(`${server.url}/v3/directline/conversations/${c.id}/upload?userId=dl_ann`, { method: 'POST', headers: { authorization: `Bearer ${other.token}` }, body: form([{ bytes: PNG, type: 'image/png', name: 'a.png' }]) });
    expect(res.status).toBe(403);
    const none = await fetch(`${server.url}/v3/directline/conversations/${c.id}/upload`, { method: 'POST', body: form([{ bytes: PNG, type: 'image/png', name: 'a.png' }]) });
    expect(none.status).toBe(401);
  });
});
