// An agent's files reach a Teams customer, on each SDK: with BATON_PUBLIC_URL set, the image goes
// inline and the PDF as a card with an Open button, both at signed addresses on the public URL that
// serve the file (fetched here on the test server's own port, as the public address would route);
// without it, the upload and the reply are refused with words the agent can act on, and nothing is
// sent or stored.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { callJson, startAgentConsoleServer, type AgentConsoleServer } from '../../support/agentConsoleServer';
import { startConnectorStandIn, type ConnectorStandIn } from './connectorStandIn';
import { botAdded, message, personalChat } from './teamsActivities';
import { TEAMS_SDKS } from './teamsSdks';

const PNG = readFileSync(join(__dirname, '..', '..', '..', 'adapters', 'botframework', 'teams-app', 'color.png'));
const PDF = Buffer.from('%PDF-1.4\n%\xe2\xe3\n1 0 obj\n<<>>\nendobj\n', 'latin1');
const PUBLIC_URL = 'https://bot.example.com';

function form(files: ReadonlyArray<{ bytes: Buffer; type: string; name: string }>): FormData {
  const data = new FormData();
  for (const f of files) data.append('file', new Blob([f.bytes], { type: f.type }), f.name);
  return data;
}

describe.each(TEAMS_SDKS)('an agent\'s files to a Teams customer, on $sdk', ({ createChannel }) => {
  let connector: ConnectorStandIn;
  beforeAll(async () => { connector = await startConnectorStandIn(); });
  afterAll(() => connector.close());

  /** A server (with or without a public address) and a Teams customer handed to Ann, who holds the handoff. */
  async function heldByAnn(publicUrl?: string): Promise<{ srv: AgentConsoleServer; ann: string; handoffId: string; conversationId: string }> {
    const srv = await startAgentConsoleServer({ rest: false, extraChannels: [createChannel({ settings: {} })], ...(publicUrl ? { publicUrl } : {}) });
    try {
      const post = async (activity: unknown): Promise<void> => {
        const res = await fetch(`${srv.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
        await res.text();
        expect(res.status).toBe(200);
      };
      // Signed in first: with nobody online the bot would offer a ticket, not a person.
      const ann = (await callJson(srv.url, 'POST', '/api/agent/login', { agentId: 'ann', password: 'ann-password' })).json.token as string;
      const chat = personalChat(connector.url);
      await post(botAdded(chat));
      await post(message(chat, 'I want to talk to a human'));
      const [handoff] = await srv.app.service.store.list({ statuses: ['waiting'] });
      connector.take();
      expect((await callJson(srv.url, 'POST', `/api/agent/handoffs/${handoff!.id}/claim`, {}, ann)).status).toBe(200);
      expect((await messages(1)).map((a) => a.text)).toEqual(['Ann Lee from Acme Support joined the conversation.']);
      return { srv, ann, handoffId: handoff!.id, conversationId: handoff!.conversationId };
    } catch (err) {
      await srv.close(); // a test that fails here leaves no server open
      throw err;
    }
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async function upload(srv: AgentConsoleServer, handoffId: string, token: string): Promise<{ status: number; json: any }> {
    const res = await fetch(`${srv.url}/api/agent/handoffs/${handoffId}/attachments`, {
      method: 'POST', headers: { authorization: `Bearer ${token}` },
      body: form([{ bytes: PNG, type: 'image/png', name: 'label.png' }, { bytes: PDF, type: 'application/pdf', name: 'invoice.pdf' }]),
    });
    return { status: res.status, json: await res.json() };
  }

  /** The message activities that reached the Teams conversation, waiting for `count`. */
  async function messages(count: number): Promise<any[]> {
    const seen: any[] = [];
    for (let i = 0; i < 100 && seen.length < count; i++) {
      seen.push(...connector.take().map((r) => r.activity).filter((a) => a.type === 'message'));
      if (seen.length < count) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return seen;
  }

  it('sends the image inline and the PDF as a card, at signed addresses on the public URL that serve them', async () => {
    const { srv, ann, handoffId } = await heldByAnn(PUBLIC_URL);
    try {
      const uploaded = await upload(srv, handoffId, ann);
      expect(uploaded.status).toBe(200);
      const ids = uploaded.json.attachments.map((a: { id: string }) => a.id);
      const reply = await callJson(srv.url, 'POST', `/api/agent/handoffs/${handoffId}/reply`, { text: 'Here is your label and invoice.', attachments: ids }, ann);
      expect(reply.status).toBe(200);
      expect(reply.json.delivered).toBe(true);

      const [sent] = await messages(1);
      expect(sent.text).toBe('**Ann Lee:** Here is your label and invoice.');
      const [image, card] = sent.attachments;
      expect(image).toEqual({ contentType: 'image/png', contentUrl: expect.stringMatching(/^https:\/\/bot\.example\.com\/attachments\/att_[\w-]+\?exp=\d+&sig=[\w-]+$/), name: 'label.png' });
      expect(card.contentType).toBe('application/vnd.microsoft.card.hero');
      expect(card.content.title).toBe('invoice.pdf');
      expect(card.content.subtitle).toBe('PDF, 1 KB');
      const [open] = card.content.buttons;
      expect(open).toEqual({ type: 'openUrl', title: 'Open', value: expect.stringMatching(/^https:\/\/bot\.example\.com\/attachments\/att_/) });

      // The addresses serve the files (the public URL routes to this server), and last about a week.
      for (const [address, bytes, type] of [[image.contentUrl, PNG, 'image/png'], [open.value, PDF, 'application/pdf']] as const) {
        const path = address.slice(PUBLIC_URL.length);
        const res = await fetch(`${srv.url}${path}`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe(type);
        expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
        const exp = Number(new URL(address).searchParams.get('exp')) * 1000;
        const now = new Date('2026-11-24T10:00:00Z').getTime();
        expect(exp).toBeGreaterThan(now + 6.9 * 24 * 3600_000);
        expect(exp).toBeLessThan(now + 7.1 * 24 * 3600_000);
      }
    } finally {
      await srv.close();
    }
  });

  it('without a public URL, refuses the upload and a reply naming files, saying why, and sends nothing', async () => {
    const { srv, ann, handoffId, conversationId } = await heldByAnn();
    try {
      const refused = await upload(srv, handoffId, ann);
      expect(refused.status).toBe(409);
      expect(refused.json.error.code).toBe('files_unreachable');
      expect(refused.json.error.message).toMatch(/BATON_PUBLIC_URL/);
      expect(await srv.stores.attachments.list(srv.app.runtime.bot.id, conversationId)).toEqual([]);

      // A file stored before the setting was dropped (here: straight into the store) is refused in a reply too.
      const meta = await srv.stores.attachments.save({ botId: srv.app.runtime.bot.id, conversationId, name: 'label.png', contentType: 'image/png', from: 'agent', at: '2026-11-24T10:00:00Z' }, PNG);
      const reply = await callJson(srv.url, 'POST', `/api/agent/handoffs/${handoffId}/reply`, { text: 'Here it is.', attachments: [meta.id] }, ann);
      expect(reply.status).toBe(409);
      expect(reply.json.error.code).toBe('files_unreachable');
      // Words alone still go.
      expect((await callJson(srv.url, 'POST', `/api/agent/handoffs/${handoffId}/reply`, { text: 'One moment.' }, ann)).json.delivered).toBe(true);
      expect((await messages(1)).map((a) => a.text)).toEqual(['**Ann Lee:** One moment.']);
    } finally {
      await srv.close();
    }
  });
});
