// Deliveries to one conversation arrive in the order they were asked for, even when the first
// needs a slow look-up; other conversations do not wait, and a failure does not stop the line.
import { deliverInOrder } from '../../src/server/deliverInOrder';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('deliverInOrder', () => {
  it('delivers a slow announcement before a quick reply asked for after it, and lets other conversations pass', async () => {
    const seen: string[] = [];
    const deliver = deliverInOrder(async (conversationId, replies) => {
      if (replies[0]!.text === 'boom') throw new Error('channel down');
      seen.push(`${conversationId}: ${replies.map((r) => r.text).join(', ')}`);
      return true;
    });
    const joined = deliver.later('c1', async () => { await pause(50); return [{ text: 'Ann Lee joined' }]; });
    const failed = deliver('c1', [{ text: 'boom' }]);
    const reply = deliver('c1', [{ text: 'Hello from Ann' }]);
    const other = deliver('c2', [{ text: 'You are number 1' }]);
    await expect(other).resolves.toBe(true);
    expect(seen).toEqual(['c2: You are number 1']);
    await expect(failed).rejects.toThrow('channel down');
    await expect(Promise.all([joined, reply])).resolves.toEqual([true, true]);
    expect(seen).toEqual(['c2: You are number 1', 'c1: Ann Lee joined', 'c1: Hello from Ann']);
  });
});
