// The message bus over Redis pub/sub, for several Baton processes: one subscriber connection per
// process (a duplicate of the client), channels named `<prefix>:bus:<topic>`.
import type { RedisClientType } from 'redis';
import type { MessageBus } from '../server/messageBus';

export async function redisMessageBus(client: RedisClientType, options: { readonly prefix?: string } = {}): Promise<MessageBus> {
  const prefix = options.prefix ?? 'baton';
  const subscriber = client.duplicate();
  subscriber.on('error', () => undefined);
  await subscriber.connect();
  const handlers = new Map<string, Set<(message: unknown) => void>>();
  const channel = (topic: string): string => `${prefix}:bus:${topic}`;

  return {
    publish: async (topic, message) => {
      await client.publish(channel(topic), JSON.stringify(message));
    },
    subscribe: (topic, handler) => {
      let set = handlers.get(topic);
      if (!set) {
        const created = new Set<(message: unknown) => void>();
        handlers.set(topic, created);
        set = created;
        void subscriber.subscribe(channel(topic), (raw) => {
          let message: unknown;
          try {
            message = JSON.parse(raw);
          } catch {
            return; // not ours
          }
          for (const h of [...created]) h(message);
        });
      }
      set.add(handler);
      return () => void set.delete(handler);
    },
    close: async () => {
      handlers.clear();
      if (subscriber.isOpen) await subscriber.quit();
    },
  };
}
