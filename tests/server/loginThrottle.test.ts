// The sign-in throttle on counters in memory: an agent id from one address, an address across agent
// ids, an agent id across addresses refused only where it failed, so the right password from a
// clean address always signs in; a success forgets that address's failures for the agent.
import { memoryRateLimiters } from '../../src/server/rateLimiters';
import { createLoginThrottle, type LoginThrottle } from '../../src/server/loginThrottle';

const WINDOW_MS = 15 * 60_000;
const throttle = (): LoginThrottle => createLoginThrottle(memoryRateLimiters(), { perAgent: 5, perAddress: 20, windowMs: WINDOW_MS });

async function fail(t: LoginThrottle, agentId: string, address: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    expect(await t.check(agentId, address)).toEqual({ ok: true });
    await t.failed(agentId, address);
  }
}

describe('the sign-in throttle in memory', () => {
  it('refuses an agent id from an address after 5 failures there, with the window as Retry-After', async () => {
    const t = throttle();
    await fail(t, 'ann', '203.0.113.9', 5);
    expect(await t.check('ann', '203.0.113.9')).toEqual({ ok: false, retryAfterSeconds: WINDOW_MS / 1000 });
    expect(await t.check('bob', '203.0.113.9')).toEqual({ ok: true });
  });

  it('lets the agent sign in from an address that has not failed, however many failed elsewhere', async () => {
    const t = throttle();
    await fail(t, 'ann', '203.0.113.9', 5);
    expect(await t.check('ann', '198.51.100.1')).toEqual({ ok: true });
  });

  it('gives a guesser spread over many addresses one guess per address once the agent id is past its limit', async () => {
    const t = throttle();
    await fail(t, 'ann', '203.0.113.1', 3);
    await fail(t, 'ann', '203.0.113.2', 2);
    for (const address of ['203.0.113.1', '203.0.113.2']) expect((await t.check('ann', address)).ok).toBe(false);
    for (let i = 10; i < 20; i++) {
      await fail(t, 'ann', `203.0.113.${i}`, 1);
      expect((await t.check('ann', `203.0.113.${i}`)).ok).toBe(false);
    }
    expect(await t.check('ann', '198.51.100.1')).toEqual({ ok: true });
    expect(await t.check('bob', '203.0.113.1')).toEqual({ ok: true });
  });

  it('refuses every agent id from an address after 20 failures across agent ids', async () => {
    const t = throttle();
    for (let i = 0; i < 20; i++) await fail(t, `agent-${i % 10}`, '203.0.113.7', 1);
    expect((await t.check('bob', '203.0.113.7')).ok).toBe(false);
    expect(await t.check('bob', '203.0.113.8')).toEqual({ ok: true });
  });

  it("forgets an address's failures for the agent id when it signs in there, in the agent id's count too", async () => {
    const t = throttle();
    await fail(t, 'ann', '198.51.100.1', 4);
    await t.succeeded('ann', '198.51.100.1');
    await fail(t, 'ann', '198.51.100.1', 4);
    await t.succeeded('ann', '198.51.100.1');
    await fail(t, 'ann', '198.51.100.1', 4);
    expect(await t.check('ann', '198.51.100.1')).toEqual({ ok: true });
  });

  it("keeps a guesser's failures when the agent signs in from elsewhere", async () => {
    const t = throttle();
    await fail(t, 'ann', '203.0.113.1', 5);
    await t.succeeded('ann', '198.51.100.1');
    expect((await t.check('ann', '203.0.113.1')).ok).toBe(false);
    await fail(t, 'ann', '203.0.113.2', 1);
    expect((await t.check('ann', '203.0.113.2')).ok).toBe(false);
  });

  it('keeps agent ids and addresses with separators apart', async () => {
    const t = throttle();
    await fail(t, 'a@b', 'c', 5);
    expect((await t.check('a@b', 'c')).ok).toBe(false);
    expect(await t.check('a', 'b@c')).toEqual({ ok: true });
  });

  it('counts any agent id, a lone surrogate or a very long one included', async () => {
    const t = throttle();
    await fail(t, '\ud800', '203.0.113.3', 5);
    expect((await t.check('\ud800', '203.0.113.3')).ok).toBe(false);
    await fail(t, `${'x'.repeat(199)}\ud83d\ude00`, '203.0.113.4', 5);
    expect((await t.check(`${'x'.repeat(199)}\ud83d\ude00`, '203.0.113.4')).ok).toBe(false);
  });
});
