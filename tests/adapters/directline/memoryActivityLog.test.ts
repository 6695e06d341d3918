// The in-memory activity log keeps conversations bounded: the last activities of each, the most
// recently used conversations, none idle for too long, and it tells listeners when one is gone.
import { createMemoryActivityLog } from '../../../adapters/directline/memoryActivityLog';
import { manualClock } from '../../../src/runtime/clock';

const owner = { userId: 'u1' };
const message = (text: string) => ({ type: 'message', text });

describe('the in-memory activity log', () => {
  it('numbers activities from 1 and reads those after a watermark', async () => {
    const log = createMemoryActivityLog({ sweepMs: 0 });
    await log.create('c1', owner);
    const logged = await log.append('c1', [message('a'), message('b'), message('c')]);
    expect(logged?.map((a) => a.id)).toEqual(['c1|0000001', 'c1|0000002', 'c1|0000003']);
    expect(await log.read('c1', 1)).toEqual({ activities: [logged?.[1], logged?.[2]], watermark: 3 });
    expect(await log.read('c1', 3)).toEqual({ activities: [], watermark: 3 });
    expect(await log.append('nope', [message('x')])).toBeUndefined();
    await log.close();
  });

  it('keeps only the last activities of a conversation, while the numbering carries on', async () => {
    const log = createMemoryActivityLog({ maxActivities: 3, sweepMs: 0 });
    await log.create('c1', owner);
    await log.append('c1', ['a', 'b', 'c', 'd', 'e'].map(message));
    const page = await log.read('c1', 0);
    expect(page?.activities.map((a) => a.text)).toEqual(['c', 'd', 'e']);
    expect(page?.watermark).toBe(5);
    await log.close();
  });

  it('keeps a conversation under its byte budget by dropping its oldest activities, but always keeps the latest', async () => {
    const log = createMemoryActivityLog({ maxConversationBytes: 300, sweepMs: 0 });
    await log.create('c1', owner);
    await log.append('c1', [message('a'.repeat(100)), message('b'.repeat(100)), message('c'.repeat(100))]);
    expect((await log.read('c1', 0))?.activities.map((a) => a.text?.[0])).toEqual(['b', 'c']);
    await log.append('c1', [message('d'.repeat(1000))]);
    expect((await log.read('c1', 0))?.activities.map((a) => a.text?.[0])).toEqual(['d']);
    await log.close();
  });

  it('forgets the least recently used conversations when all of them together pass the byte budget', async () => {
    const log = createMemoryActivityLog({ maxBytes: 500, sweepMs: 0 });
    for (const id of ['c1', 'c2', 'c3']) {
      await log.create(id, owner);
      await log.append(id, [message('x'.repeat(150))]);
    }
    expect([await log.owner('c1'), await log.owner('c2'), await log.owner('c3')]).toEqual([undefined, owner, owner]);
    await log.close();
  });

  it('forgets the least recently used conversation when it holds too many, and tells its listeners', async () => {
    const log = createMemoryActivityLog({ maxConversations: 2, sweepMs: 0 });
    const ended: string[] = [];
    await log.create('c1', owner);
    log.subscribe('c1', { next: () => undefined, end: () => ended.push('c1') });
    await log.create('c2', owner);
    await log.owner('c1');
    await log.create('c3', owner);
    expect([await log.owner('c1'), await log.owner('c2'), await log.owner('c3')]).toEqual([owner, undefined, owner]);
    expect(ended).toEqual([]);
    await log.close();
    expect(ended).toEqual(['c1']);
  });

  it('forgets a conversation idle for too long, unless a stream is listening to it', async () => {
    const clock = manualClock('2026-11-24T10:00:00Z');
    const log = createMemoryActivityLog({ idleMs: 1000, clock, sweepMs: 0 });
    await log.create('quiet', owner);
    await log.create('watched', owner);
    const seen: number[] = [];
    log.subscribe('watched', { next: (page) => seen.push(page.watermark), end: () => undefined });
    clock.advance(1001);
    expect(await log.owner('quiet')).toBeUndefined();
    expect(await log.owner('watched')).toEqual(owner);
    await log.append('watched', [message('still here')]);
    expect(seen).toEqual([1]);
    expect(await log.create('quiet', owner)).toBe(true);
    await log.close();
  });

  it('keeps notifying other listeners when one of them throws', async () => {
    const log = createMemoryActivityLog({ sweepMs: 0 });
    await log.create('c1', owner);
    const seen: string[] = [];
    log.subscribe('c1', { next: () => { throw new Error('socket gone'); }, end: () => undefined });
    log.subscribe('c1', { next: (page) => seen.push(String(page.activities[0]?.text)), end: () => undefined });
    await log.append('c1', [message('hello')]);
    expect(seen).toEqual(['hello']);
    await log.close();
  });
});
