// Messages between the processes of one Baton deployment: handoff events for every agent console,
// and deliveries to customers whose connection another process holds. In one process the bus is
// local; processes sharing a Redis use redisMessageBus (pub/sub).

export interface MessageBus {
  /** Sends to every subscriber of the topic, in every process (this one included). */
  publish(topic: string, message: unknown): Promise<void>;
  /** Calls `handler` for every message on the topic; returns the unsubscribe function. */
  subscribe(topic: string, handler: (message: unknown) => void): () => void;
  close(): Promise<void>;
}

export function localMessageBus(): MessageBus {
  const handlers = new Map<string, Set<(message: unknown) => void>>();
  return {
    publish: async (topic, message) => {
      // Through JSON, as on Redis, so that no subscriber shares an object with the publisher.
      const copy = JSON.stringify(message);
      for (const handler of [...(handlers.get(topic) ?? [])]) handler(JSON.parse(copy));
    },
    subscribe: (topic, handler) => {
      const set = handlers.get(topic) ?? new Set();
      set.add(handler);
      handlers.set(topic, set);
      return () => void set.delete(handler);
    },
    close: async () => handlers.clear(),
  };
}
