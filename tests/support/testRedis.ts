// The shared Redis for one test file: one client for the file, and a fresh key prefix per call whose
// keys are dropped after each test.
import type { RedisClientType } from 'redis';
import { connectRedis, dropPrefix, REDIS_AVAILABLE, REDIS_URL } from './redisForTests';

export interface TestRedis {
  /** The file's client; throws when Redis answered the probe but not the client. */
  client(): RedisClientType;
  /** A prefix no other test uses, dropped after the test. */
  prefix(): string;
}

/** Registers the file's hooks; call it at the top level of a test file. */
export function useTestRedis(label: string): TestRedis {
  let client: RedisClientType | undefined;
  let prefixes: string[] = [];
  let made = 0;
  beforeAll(async () => { if (REDIS_AVAILABLE) client = await connectRedis(); });
  afterEach(async () => {
    if (client) for (const prefix of prefixes) await dropPrefix(client, prefix);
    prefixes = [];
  });
  afterAll(async () => { await client?.quit(); });
  return {
    client: () => {
      if (!client) throw new Error(`Redis answered the probe but not the client at ${REDIS_URL}`);
      return client;
    },
    prefix: () => {
      const prefix = `baton-test-${process.pid}-${label}${++made}`;
      prefixes.push(prefix);
      return prefix;
    },
  };
}
