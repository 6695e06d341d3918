// Sends messages to a customer on whichever channel holds their conversation. When no channel of
// this process holds it and processes share a bus, the delivery is relayed: the process whose
// channel holds the conversation (a web chat socket, say) delivers it and acknowledges.
import { randomUUID } from 'node:crypto';
import type { Reply } from '../runtime/createRuntime';
import type { MessageBus } from './messageBus';
import type { ChannelAdapter } from './serverContext';

export type Deliver = (conversationId: string, replies: readonly Reply[]) => Promise<boolean>;

const DELIVER_TOPIC = 'deliver';
const DELIVERED_TOPIC = 'delivered';

interface Relayed {
  readonly id: string;
  readonly from: string;
  readonly conversationId: string;
  readonly replies: readonly Reply[];
}

export interface DeliverOptions {
  readonly bus?: MessageBus;
  /** How long to wait for another process to acknowledge a relayed delivery. Default 3 s. */
  readonly ackMs?: number;
}

export function deliverToCustomer(channels: readonly ChannelAdapter[], options: DeliverOptions = {}): Deliver {
  const local: Deliver = async (conversationId, replies) => {
    if (replies.length === 0) return true;
    for (const channel of channels) {
      if (channel.deliver && (await channel.deliver(conversationId, replies))) return true;
    }
    return false;
  };
  const { bus } = options;
  if (!bus) return local;

  const me = randomUUID();
  const waiting = new Map<string, (delivered: boolean) => void>();
  bus.subscribe(DELIVER_TOPIC, (message) => {
    const m = message as Relayed;
    if (m.from === me) return;
    void local(m.conversationId, m.replies).then((done) => (done ? bus.publish(DELIVERED_TOPIC, { id: m.id, to: m.from }) : undefined)).catch(() => undefined);
  });
  bus.subscribe(DELIVERED_TOPIC, (message) => {
    const m = message as { id: string; to: string };
    if (m.to === me) waiting.get(m.id)?.(true);
  });

  return async (conversationId, replies) => {
    if (await local(conversationId, replies)) return true;
    const id = randomUUID();
    const acknowledged = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), options.ackMs ?? 3000);
      waiting.set(id, (delivered) => {
        clearTimeout(timer);
        resolve(delivered);
      });
    });
    try {
      await bus.publish(DELIVER_TOPIC, { id, from: me, conversationId, replies } satisfies Relayed);
      return await acknowledged;
    } finally {
      waiting.delete(id);
    }
  };
}
