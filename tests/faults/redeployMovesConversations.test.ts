// A redeploy that removes a flow and renames a state while conversations wait in them: after the
// new version starts, no message answers 500; each moved conversation is told once and carries on
// from the nearest point that still exists, keeping the slots it had; one that did not move goes on
// as if nothing happened.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { postJson, startBaton, type BatonProcess } from '../support/batonProcess';
import { TINY_BOT_FILES } from '../support/tinyBot';

const CALLBACK = (numberState: string): string => `flow: callback
trigger: callback
states:
  start:
    collect: [caller]
    next: ${numberState}
  ${numberState}:
    collect: [phone]
    next: done
  done:
    say: "We'll call {{caller}} on {{phone}}."
    next: end
slots:
  caller: { ask: "Who should we ask for?" }
  phone: { ask: "Which number should we call?" }
`;

const CALLBACK_INTENT = `intents:
  callback:
    examples: [please call me back, can someone ring me, I want a callback, call me, phone me back]
`;

function writeBot(dir: string, files: Readonly<Record<string, string | null>>): string {
  for (const [path, text] of Object.entries(files)) {
    const file = join(dir, path);
    if (text === null) {
      rmSync(file, { force: true });
      continue;
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return join(dir, 'bots/shop.yaml');
}

const texts = (json: { replies?: Array<{ text: string }> }): string[] => (json.replies ?? []).map((r) => r.text);

describe('a redeploy that removes what conversations wait in', () => {
  let dir: string;
  let server: BatonProcess | undefined;
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'baton-redeploy-')); });
  afterAll(async () => {
    await server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('moves each waiting conversation, tells it once, and lets it carry on', async () => {
    const env = { BATON_DATA_DIR: join(dir, 'data') };
    const manifest = writeBot(dir, { ...TINY_BOT_FILES, 'flows/callback.yaml': CALLBACK('number'), 'intents/callback.yaml': CALLBACK_INTENT });
    server = await startBaton(manifest, env);
    const chat = async (userId: string, text: string, conversationId?: string) => {
      const res = await postJson(server!.url, '/api/chat', { userId, text, ...(conversationId ? { conversationId } : {}) });
      expect(res.status).toBe(200);
      return res.json as { conversationId: string; replies: Array<{ text: string }> };
    };
    const tracking = await chat('ada', 'where is my order');
    expect(texts(tracking)).toContain('Shall I look up your latest order?');
    const calling = await chat('bo', 'please call me back');
    expect(texts(calling)).toContain('Who should we ask for?');
    expect(texts(await chat('bo', 'Bo Lind', calling.conversationId))).toContain('Which number should we call?');
    const naming = await chat('cy', 'can someone ring me');
    expect(texts(naming)).toContain('Who should we ask for?');
    await server.stop();

    // The new version: the tracking flow is gone, the callback's number state has a new name.
    writeBot(dir, { 'flows/track.yaml': null, 'flows/callback.yaml': CALLBACK('phone_number') });
    server = await startBaton(manifest, env);

    // Its flow is gone: the conversation starts again and says why; the next message is understood.
    const moved = await chat('ada', 'yes', tracking.conversationId);
    expect(texts(moved)[0]).toMatch(/^I've been updated since we last spoke/);
    const after = await chat('ada', 'when are you open', tracking.conversationId);
    expect(texts(after)).toContain("We're open every day, 9 to 5.");

    // Its state is gone: the flow picks up from a step that exists, keeping the name, and finishes.
    const picked = await chat('bo', '0123 456 789', calling.conversationId);
    expect(texts(picked)[0]).toMatch(/^I've been updated since your last message/);
    expect(texts(picked)).toContain('Which number should we call?');
    const done = await chat('bo', '0123 456 789', calling.conversationId);
    expect(texts(done)).toContain("We'll call Bo Lind on 0123 456 789.");
    expect(texts(done).join(' ')).not.toMatch(/updated/);

    // Waiting in a state that still exists: nothing moved, nothing said about it.
    const untouched = await chat('cy', 'Cy Moss', naming.conversationId);
    expect(texts(untouched)).toEqual(['Which number should we call?']);
  }, 120_000);
});
