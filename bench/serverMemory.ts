// Memory per active conversation of a Baton server: a fresh `baton start` process with the memory
// probe (bench/memoryProbe.cjs) is warmed up (with count / 4 conversations, counted in neither
// reading), then `count` more conversations are opened and left in progress (a few turns each, their
// state held by the store). The figure is the growth of the process's live memory after a full
// garbage collection (V8 heap plus memory held outside it by Buffers and native objects) divided
// by `count`. Resident memory (RSS) is not used: how many freed pages V8 and the allocator keep
// mapped varies by megabytes from one reading to the next, more than the conversations take. The
// probed process keeps its bytecode (--no-flush-bytecode): V8 otherwise drops the start-up code's
// at some collection between the readings, a megabyte or two that no conversation freed.
import { join } from 'node:path';
import { load, openConversations, ROOT, startBaton } from './loadGenerator';

export interface MemoryResult {
  readonly conversations: number;
  readonly bytes: number;
  readonly bytesPerConversation: number;
}

interface Usage { heapUsed: number; external: number }

export async function measureServerMemory(env: NodeJS.ProcessEnv, count: number, turns = 3): Promise<MemoryResult> {
  const server = await startBaton(env, 'bots/acme.yaml', ['--expose-gc', '--no-flush-bytecode', '-r', join(ROOT, 'bench/memoryProbe.cjs')]);
  const usage = (): Promise<Usage> => new Promise((resolve) => {
    server.child.once('message', (m: { memory: Usage }) => resolve(m.memory));
    server.child.send('memory');
  });
  // The load generator's connections are closed before each reading.
  const settledUsage = async (): Promise<number> => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const { heapUsed, external } = await usage();
    return heapUsed + external;
  };
  try {
    // Warm-up: code compiled and optimised, caches and pools filled, by conversations that are
    // then counted in neither reading.
    await load([server.port], 4, 1);
    await openConversations(server.port, Math.ceil(count / 4), turns, 100);
    const before = await settledUsage();
    await openConversations(server.port, count, turns, 100);
    const bytes = (await settledUsage()) - before;
    return { conversations: count, bytes, bytesPerConversation: Math.round(bytes / count) };
  } finally {
    server.stop();
  }
}
