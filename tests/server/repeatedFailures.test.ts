import { Writable } from 'node:stream';
import { createLogger } from '../../src/server/logger';
import { repeatedFailures } from '../../src/server/repeatedFailures';

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({ write(chunk, _enc, done) { lines.push(JSON.parse(String(chunk))); done(); } });
  return { log: createLogger('info', stream), lines };
}

const diskFull = () => Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });

describe('repeated failures in the log', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('logs the first failure of a kind with its error, counts the same one, and logs the count when the interval ends', () => {
    const { log, lines } = capture();
    const failures = repeatedFailures(log, 10_000);
    for (let i = 0; i < 2978; i++) failures.log(diskFull(), { conversationId: `c${i}` }, 'turn failed');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: 'turn failed', conversationId: 'c0', err: { message: 'database or disk is full', code: 'SQLITE_FULL' } });
    jest.advanceTimersByTime(10_000);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({ msg: 'turn failed: the same failure 2977 more times', repeated: 2977, failure: 'SQLITE_FULL: database or disk is full' });
    failures.log(diskFull(), { conversationId: 'later' }, 'turn failed');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatchObject({ conversationId: 'later' });
  });

  it('logs different failures each, and says nothing more for a failure that did not repeat', () => {
    const { log, lines } = capture();
    const failures = repeatedFailures(log, 10_000);
    failures.log(diskFull(), {}, 'turn failed');
    failures.log(new Error('connect ECONNREFUSED 127.0.0.1:6379'), {}, 'turn failed');
    failures.log(diskFull(), {}, 'hand-back turn failed');
    expect(lines.map((l) => l.msg)).toEqual(['turn failed', 'turn failed', 'hand-back turn failed']);
    jest.advanceTimersByTime(10_000);
    expect(lines).toHaveLength(3);
  });

  it('logs the counts it holds when flushed', () => {
    const { log, lines } = capture();
    const failures = repeatedFailures(log, 60_000);
    failures.log(diskFull(), {}, 'turn failed');
    failures.log(diskFull(), {}, 'turn failed');
    failures.flush();
    expect(lines.map((l) => l.msg)).toEqual(['turn failed', 'turn failed: the same failure 1 more time']);
  });

  it('logs at the level asked for, and its count at the same level', () => {
    const { log, lines } = capture();
    const failures = repeatedFailures(log, 60_000);
    failures.log(new TypeError('x is undefined'), {}, 'route failed', 'error');
    failures.log(new TypeError('x is undefined'), {}, 'route failed', 'error');
    failures.flush();
    expect(lines.map((l) => l.level)).toEqual([50, 50]);
  });
});
