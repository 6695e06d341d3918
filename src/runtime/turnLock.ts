// Serialises the turns of one conversation. In one process an in-process mutex is enough; processes
// sharing a store take a lease in the store as well (see redisTurnLock), and the turn saves under it.
import type { TurnLease } from '../store/turnLease';
import { KeyedMutex } from './keyedMutex';

export interface TurnLock {
  /** Runs `task` when no other turn of the conversation runs, in arrival order within a process. */
  run<T>(botId: string, conversationId: string, task: (lease: TurnLease | undefined) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** One process: turns of a conversation queue behind each other in memory. */
export function localTurnLock(): TurnLock {
  const mutex = new KeyedMutex();
  return {
    run: (botId, conversationId, task) => mutex.run(`${botId}\u0000${conversationId}`, () => task(undefined)),
    close: async () => undefined,
  };
}
