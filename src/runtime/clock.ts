// Time as a dependency: the system clock in production, a fixed or stepped one in tests.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still at `start` until moved with `advance`. */
export function manualClock(start: Date | string): Clock & { advance(ms: number): void; set(at: Date | string): void } {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    advance: (ms) => { t += ms; },
    set: (at) => { t = new Date(at).getTime(); },
  };
}

/** A clock that reads `start` now and runs on in real time from there (demos: `BATON_NOW`). */
export function shiftedClock(start: Date, base: Clock = systemClock): Clock {
  const offset = start.getTime() - base.now().getTime();
  return { now: () => new Date(base.now().getTime() + offset) };
}
