// The Direct Line activity log in Redis, shared by every process on the same Redis and prefix: a
// conversation started on one process can be read, appended to and streamed on any other, and it
// survives the restart of all of them. The same bounds as the in-memory log (activityLogOptions),
// kept by Lua scripts (redisActivityLogScripts). Each append is published on the message bus, so a
// WebSocket stream on one process sees what another appended; a conversation forgotten anywhere
// ends the streams listening to it everywhere.
import type { RedisClientType } from 'redis';
import type { MessageBus } from '../../src/server/messageBus';
import type { ActivityLog, ConversationOwner, LoggedPage } from './activityLog';
import { activityLogLimits, type ActivityLogOptions } from './activityLogOptions';
import { appendScript, createScript, eraseScript, ownerScript, purgeScript, readScript, sweepScript } from './redisActivityLogScripts';
import type { DirectLineActivity } from './directLineActivity';
import { logListeners, safely } from './logListeners';

/** The bus topic of appends and ends. */
export const ACTIVITY_TOPIC = 'directline.activities';

export interface RedisActivityLogOptions extends ActivityLogOptions {
  readonly prefix?: string;
  /** The Redis message bus of the same prefix: appends and ends reach every process through it. */
  readonly bus: MessageBus;
}

/** What an append or an end looks like on the bus. */
interface Published {
  readonly c?: unknown;
  readonly w?: unknown;
  readonly a?: unknown;
  readonly end?: unknown;
}

export function createRedisActivityLog(client: RedisClientType, options: RedisActivityLogOptions): ActivityLog {
  const { maxActivities, maxConversations, maxConversationBytes, maxBytes, idleMs, clock, sweepMs } = activityLogLimits(options);
  const prefix = options.prefix ?? 'baton';
  const channel = `${prefix}:bus:${ACTIVITY_TOPIC}`;
  const listeners = logListeners();
  const common = (id: string): string[] => [prefix, id, String(clock.now().getTime()), String(idleMs), listeners.has(id) ? '1' : '0', channel];

  const stopBus = options.bus.subscribe(ACTIVITY_TOPIC, (message) => {
    const m = message as Published;
    if (typeof m?.c !== 'string') return;
    if (m.end === true) return listeners.end(m.c);
    if (typeof m.w === 'number' && Array.isArray(m.a)) listeners.next(m.c, { activities: m.a as DirectLineActivity[], watermark: m.w });
  });
  const sweep = (): void => {
    sweepScript(client, [], [...common(''), ...listeners.ids()]).catch(() => undefined); // the next sweep tries again
  };
  const timer = sweepMs > 0 ? setInterval(sweep, sweepMs) : undefined;
  timer?.unref();

  const page = (reply: unknown): LoggedPage | undefined => {
    if (!Array.isArray(reply)) return undefined;
    const [head, ...items] = reply as [number, ...string[]];
    return { activities: items.map((json) => JSON.parse(json) as DirectLineActivity), watermark: Number(head) };
  };

  return {
    create: async (id, owner) =>
      (await createScript(client, [], [...common(id), JSON.stringify(owner), String(maxConversations), String(maxBytes)])) === 1,
    owner: async (id) => {
      const json = await ownerScript(client, [], common(id));
      return typeof json === 'string' ? (JSON.parse(json) as ConversationOwner) : undefined;
    },
    append: async (id, activities) => {
      // Each activity's JSON ends with "id":""}, where the script writes the id it numbers it with.
      const shaped = activities.map(({ id: _ignored, ...rest }) => JSON.stringify({ ...rest, id: '' }));
      const reply = await appendScript(client, [], [...common(id), String(maxActivities), String(maxConversationBytes), String(maxConversations), String(maxBytes), ...shaped]);
      return page(reply)?.activities;
    },
    read: async (id, after) => page(await readScript(client, [], [...common(id), String(after)])),
    subscribe(id, listener) {
      const stop = listeners.add(id, listener);
      client.exists(`${prefix}:dl:c:${id}`).then((found) => {
        if (found === 0) {
          stop();
          safely(() => listener.end());
        }
      }, () => undefined);
      return stop;
    },
    exportConversation: async (id) => {
      const [owner, activities] = (await client.multi().hGet(`${prefix}:dl:c:${id}`, 'owner').lRange(`${prefix}:dl:a:${id}`, 0, -1).exec()) as unknown as [string | null, string[]];
      if (typeof owner !== 'string') return undefined;
      return { conversationId: id, owner: JSON.parse(owner) as ConversationOwner, activities: activities.map((json) => JSON.parse(json) as DirectLineActivity) };
    },
    erase: async (ids) => (ids.length === 0 ? 0 : Number(await eraseScript(client, [], [...common(''), ...ids]))),
    purge: async (before) => Number(await purgeScript(client, [], [...common(''), String(before.getTime()), before.toISOString()])),
    async close() {
      if (timer) clearInterval(timer);
      stopBus();
      listeners.endAll();
    },
  };
}
