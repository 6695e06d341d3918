// The start-up and reload check: one warning line naming how many stored conversations the bot that
// now serves moves, by flow.state (the top few); nothing when it moves none; a failing store read is
// logged and never thrown.
import { Writable } from 'node:stream';
import type { CompiledBot } from '../../src/config/compiledBot';
import { logConversationMoves } from '../../src/runtime/logConversationMoves';
import { createLogger } from '../../src/server/logger';
import type { ConversationStore } from '../../src/store/conversationStore';
import { createMemoryStore } from '../../src/store/memoryStore';
import { FIXTURE_CODE, makeFixture } from '../support/botFixture';
import { CURRENT_BOT_CONVERSATIONS, OLDER_BOT_CONVERSATIONS, OLDER_BOT_SENTENCE, seed, TRACK_WITHOUT_ACTIONS } from '../support/olderBotConversations';

const fixture = makeFixture({ 'flows/track.yaml': TRACK_WITHOUT_ACTIONS });
afterAll(() => fixture.remove());
const bot = fixture.load({ code: FIXTURE_CODE }).bot as CompiledBot;

function capturedLog(): { log: ReturnType<typeof createLogger>; lines: () => Array<Record<string, unknown>> } {
  const chunks: string[] = [];
  const stream = new Writable({ write(chunk: Buffer, _encoding, done) { chunks.push(chunk.toString()); done(); } });
  return { log: createLogger('info', stream), lines: () => chunks.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('the check of stored conversations at start-up and reload', () => {
  it('logs one warning with the counts by flow.state when the bot moves some', async () => {
    const store = createMemoryStore();
    await seed(store, OLDER_BOT_CONVERSATIONS);
    const { log, lines } = capturedLog();
    await logConversationMoves(store, bot, log);
    expect(lines()).toHaveLength(1);
    expect(lines()[0]).toMatchObject({
      level: 40, bot: 'shop', conversations: 11, moving: 4, losingSlots: 5,
      msg: `stored conversations: ${OLDER_BOT_SENTENCE}`,
      moves: [
        { from: 'track.confirm', reason: 'state_removed', to: 'track.start', conversations: 2 },
        { from: 'old_flow.ask', reason: 'flow_removed', to: null, conversations: 1 },
        { from: 'track.start', reason: 'wait_changed', to: 'track.start', conversations: 1 },
      ],
    });
  });

  it('logs nothing when the bot moves none, or when a newer bot stopped the count', async () => {
    const store = createMemoryStore();
    await seed(store, CURRENT_BOT_CONVERSATIONS);
    const { log, lines } = capturedLog();
    await logConversationMoves(store, bot, log);
    await seed(store, OLDER_BOT_CONVERSATIONS);
    await logConversationMoves(store, bot, log, AbortSignal.abort());
    expect(lines()).toEqual([]);
  });

  it('logs a failed read of the store and carries on', async () => {
    const store: ConversationStore = {
      ...createMemoryStore(),
      storedStates: async function* () {
        yield* [];
        throw new Error('disk I/O error');
      },
    };
    const { log, lines } = capturedLog();
    await expect(logConversationMoves(store, bot, log)).resolves.toBeUndefined();
    expect(lines()).toEqual([expect.objectContaining({ level: 40, bot: 'shop', msg: 'stored conversations: could not count those the bot moves; serving goes on', err: expect.objectContaining({ message: 'disk I/O error' }) })]);
  });
});
