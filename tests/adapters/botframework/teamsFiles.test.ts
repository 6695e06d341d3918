// Files a Teams customer sends, on each SDK: an image at its contentUrl and a Teams file (its
// content.downloadUrl) are fetched from a local file server, checked and stored with the conversation,
// and the turn sees them (the bot thanks the customer, the transcript lists them); a file that cannot
// be fetched, is too large, or is not a type Baton takes is left out and the customer is told which.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { conversationKey } from '../../../adapters/botframework/conversationKey';
import { DEFAULT_LIMITS } from '../../../src/server/serverContext';
import { startAgentConsoleServer, type AgentConsoleServer } from '../../support/agentConsoleServer';
import { startLocalServer, type LocalServer } from '../../support/localServers';
import { startConnectorStandIn, type ConnectorStandIn } from './connectorStandIn';
import { botAdded, message, personalChat } from './teamsActivities';
import { TEAMS_SDKS } from './teamsSdks';

const PNG = readFileSync(join(__dirname, '..', '..', '..', 'adapters', 'botframework', 'teams-app', 'color.png'));
const PDF = Buffer.from('%PDF-1.4\n%\xe2\xe3\n1 0 obj\n<<>>\nendobj\n', 'latin1');
const LIMIT = 4096;
const FILES: Record<string, { type: string; bytes: Buffer }> = {
  '/photo.png': { type: 'image/png', bytes: PNG },
  '/invoice.pdf': { type: 'application/octet-stream', bytes: PDF },
  '/huge.png': { type: 'image/png', bytes: Buffer.concat([PNG, Buffer.alloc(LIMIT)]) },
  '/notes.txt': { type: 'text/plain', bytes: Buffer.from('hello') },
};

describe.each(TEAMS_SDKS)('files sent in Teams, on $sdk', ({ createChannel }) => {
  let srv: AgentConsoleServer;
  let connector: ConnectorStandIn;
  let files: LocalServer;
  let filesUrl: string;

  beforeAll(async () => {
    connector = await startConnectorStandIn();
    files = await startLocalServer((req, res) => {
      const file = FILES[req.url ?? ''];
      // Status and headers set one by one: restify, loaded in this process, replaces writeHead with one that returns nothing.
      if (!file) {
        res.statusCode = 404;
        return void res.end();
      }
      res.setHeader('content-type', file.type);
      res.setHeader('content-length', String(file.bytes.length));
      res.end(file.bytes);
    });
    filesUrl = files.url.replace(/\/$/, '');
    srv = await startAgentConsoleServer({ rest: false, extraChannels: [createChannel({ settings: {} })], limits: { ...DEFAULT_LIMITS, maxAttachmentBytes: LIMIT } });
  });
  afterAll(async () => {
    await srv.close();
    await Promise.all([connector.close(), files.close()]);
  });

  async function post(activity: unknown): Promise<void> {
    const res = await fetch(`${srv.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    await res.text();
    expect(res.status).toBe(200);
  }
  const texts = (): string[] => connector.take().filter((r) => r.activity.type === 'message').map((r) => r.activity.text as string);

  async function started() {
    const chat = personalChat(connector.url);
    await post(botAdded(chat));
    connector.take();
    return { chat, conversationId: conversationKey('msteams', chat.conversationId) };
  }

  it('stores an image at its contentUrl and a Teams file at its downloadUrl, and the turn sees both', async () => {
    const { chat, conversationId } = await started();
    await post({
      // Files with no words: the bot thanks the customer for them.
      ...message(chat, ''),
      attachments: [
        { contentType: 'image/png', contentUrl: `${filesUrl}/photo.png`, name: 'photo.png' },
        { contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'invoice.pdf', contentUrl: 'https://contoso.sharepoint.com/invoice.pdf', content: { downloadUrl: `${filesUrl}/invoice.pdf`, uniqueId: 'x', fileType: 'pdf' } },
        { contentType: 'text/html', content: '<p></p>' },
      ],
    });
    expect(texts()).toContain("Thanks, I've got your file.");
    const stored = await srv.stores.attachments.list(srv.app.runtime.bot.id, conversationId);
    expect(stored.map((m) => [m.name, m.contentType, m.size, m.from]).sort()).toEqual([['invoice.pdf', 'application/pdf', PDF.length, 'customer'], ['photo.png', 'image/png', PNG.length, 'customer']]);
    expect((await srv.stores.attachments.read(stored.find((m) => m.name === 'photo.png')!.id))!.bytes.equals(PNG)).toBe(true);
    const transcript = await srv.stores.conversations.transcript(srv.app.runtime.bot.id, conversationId);
    const said = transcript.find((t) => t.from === 'customer' && t.attachments !== undefined);
    expect(said?.attachments?.map((a) => a.name).sort()).toEqual(['invoice.pdf', 'photo.png']);
  });

  it('fetches an inline image the Bot Connector service hosts (at the activity\'s serviceUrl) with the connector\'s authorization', async () => {
    const { chat, conversationId } = await started();
    const pasted = connector.host('0-weu-d1-pasted', 'image/png', PNG);
    await post({ ...message(chat, 'This is what arrived'), attachments: [{ contentType: 'image/*', contentUrl: pasted }] });
    const stored = await srv.stores.attachments.list(srv.app.runtime.bot.id, conversationId);
    expect(stored.map((m) => [m.contentType, m.size])).toEqual([['image/png', PNG.length]]);
    // No app id here: the connector client is anonymous, so the fetch carries no token (see connectorAuthorization.test).
    expect(connector.fileFetches).toEqual(['']);
  });

  it('tells the customer about a file it could not fetch, one too large and one of a type it does not take', async () => {
    const { chat, conversationId } = await started();
    await post({
      ...message(chat, ''),
      attachments: [
        { contentType: 'image/png', contentUrl: `${filesUrl}/gone.png`, name: 'gone.png' },
        { contentType: 'image/png', contentUrl: `${filesUrl}/huge.png`, name: 'huge.png' },
        { contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'notes.txt', content: { downloadUrl: `${filesUrl}/notes.txt`, fileType: 'txt' } },
      ],
    });
    expect(texts()).toEqual([
      'I couldn\'t get "gone.png". Please try sending it again.',
      '"huge.png" is too large: files can be at most 4 KB.',
      '"notes.txt" cannot be attached: only PNG, JPEG, GIF, WebP or PDF files can.',
    ]);
    expect(await srv.stores.attachments.list(srv.app.runtime.bot.id, conversationId)).toEqual([]);
  });
});
