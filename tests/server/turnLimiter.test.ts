// The turn limiter on counters in memory: a key's turns per window, a turn counted against all of
// its limits or none, Retry-After from the fullest window, and a fresh window once one ends.
import { memoryRateLimiters } from '../../src/server/rateLimiters';
import { createTurnLimiter } from '../../src/server/turnLimiter';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('the turn limiter in memory', () => {
  it('admits a key max times per window, then refuses it with the seconds left, leaving other keys alone', async () => {
    const turns = createTurnLimiter(memoryRateLimiters(), 60_000);
    for (let i = 0; i < 3; i++) expect(await turns.admit([{ key: 'address:1.2.3.4', max: 3 }])).toEqual({ ok: true });
    expect(await turns.admit([{ key: 'address:1.2.3.4', max: 3 }])).toEqual({ ok: false, retryAfterSeconds: 60 });
    expect(await turns.admit([{ key: 'address:5.6.7.8', max: 3 }])).toEqual({ ok: true });
  });

  it('counts a refused turn against none of its limits', async () => {
    const turns = createTurnLimiter(memoryRateLimiters(), 60_000);
    expect(await turns.admit([{ key: 'address:a', max: 10 }, { key: 'conversation:c1', max: 1 }])).toEqual({ ok: true });
    // The conversation is full: the address's count is given back, every time.
    for (let i = 0; i < 20; i++) expect((await turns.admit([{ key: 'address:a', max: 10 }, { key: 'conversation:c1', max: 1 }])).ok).toBe(false);
    for (let i = 0; i < 9; i++) expect(await turns.admit([{ key: 'address:a', max: 10 }, { key: `conversation:c${i + 2}`, max: 1 }])).toEqual({ ok: true });
    expect((await turns.admit([{ key: 'address:a', max: 10 }, { key: 'conversation:c99', max: 1 }])).ok).toBe(false);
  });

  it('starts a fresh window when one ends', async () => {
    const turns = createTurnLimiter(memoryRateLimiters(), 1000);
    expect(await turns.admit([{ key: 'starts:x', max: 1 }])).toEqual({ ok: true });
    expect(await turns.admit([{ key: 'starts:x', max: 1 }])).toEqual({ ok: false, retryAfterSeconds: 1 });
    await sleep(1100);
    expect(await turns.admit([{ key: 'starts:x', max: 1 }])).toEqual({ ok: true });
  });
});
