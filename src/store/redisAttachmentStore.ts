// Attachments shared by several processes: metadata under the Redis prefix (one key per attachment,
// a set per conversation, a sorted set by time per bot for retention), bytes in Redis too (refused
// above `maxRedisBytes`), or in a folder every process mounts (BATON_FILES_DIR).
import { RESP_TYPES, type RedisClientType } from 'redis';
import { ATTACHMENT_ID, byAt, newAttachmentId, type AttachmentMeta, type AttachmentStore } from './attachmentStore';
import type { FileBytes } from './fileBytes';

export interface RedisAttachmentOptions {
  readonly prefix: string;
  /** Where bytes go instead of Redis. */
  readonly folder?: FileBytes;
  /** The largest file kept in Redis itself. Default 10 MiB. */
  readonly maxRedisBytes?: number;
}

export function createRedisAttachmentStore(client: RedisClientType, options: RedisAttachmentOptions): AttachmentStore {
  const { prefix } = options;
  const maxRedisBytes = options.maxRedisBytes ?? 10 * 1024 * 1024;
  const metaKey = (id: string): string => `${prefix}:attachment:${id}`;
  const bytesKey = (id: string): string => `${prefix}:attachment-bytes:${id}`;
  const conversationKey = (botId: string, conversationId: string): string => `${prefix}:attachments:${botId}:${conversationId}`;
  const timeKey = (botId: string): string => `${prefix}:attachments-at:${botId}`;
  const binary = client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
  const bytes: FileBytes = options.folder ?? {
    write: async (id, data) => {
      if (data.byteLength > maxRedisBytes) throw new Error(`A file of ${data.byteLength} bytes is larger than the ${maxRedisBytes} bytes kept in Redis: set BATON_FILES_DIR to a shared folder.`);
      await client.set(bytesKey(id), Buffer.from(data));
    },
    read: async (id) => (await binary.get(bytesKey(id))) ?? undefined,
    remove: async (ids) => { if (ids.length > 0) await client.del(ids.map(bytesKey)); },
  };
  const metas = async (ids: readonly string[]): Promise<AttachmentMeta[]> => {
    if (ids.length === 0) return [];
    const jsons = await client.mGet(ids.map(metaKey));
    return jsons.filter((j): j is string => typeof j === 'string').map((j) => JSON.parse(j) as AttachmentMeta);
  };
  const drop = async (gone: readonly AttachmentMeta[]): Promise<number> => {
    if (gone.length === 0) return 0;
    const multi = client.multi();
    for (const m of gone) {
      multi.del(metaKey(m.id));
      multi.sRem(conversationKey(m.botId, m.conversationId), m.id);
      multi.zRem(timeKey(m.botId), m.id);
    }
    await multi.exec();
    await bytes.remove(gone.map((m) => m.id));
    return gone.length;
  };
  const meta = async (id: string): Promise<AttachmentMeta | undefined> => (ATTACHMENT_ID.test(id) ? (await metas([id]))[0] : undefined);
  return {
    async save(attachment, data) {
      const m: AttachmentMeta = { ...attachment, id: newAttachmentId(), size: data.byteLength };
      await bytes.write(m.id, data);
      await client.multi()
        .set(metaKey(m.id), JSON.stringify(m))
        .sAdd(conversationKey(m.botId, m.conversationId), m.id)
        .zAdd(timeKey(m.botId), { score: Date.parse(m.at), value: m.id })
        .exec();
      return m;
    },
    meta,
    async read(id) {
      const found = await meta(id);
      const data = found && await bytes.read(id);
      return found && data ? { meta: found, bytes: data } : undefined;
    },
    list: async (botId, conversationId) => (await metas(await client.sMembers(conversationKey(botId, conversationId)))).sort(byAt),
    eraseConversations: async (botId, ids) => {
      const all = await Promise.all(ids.map(async (c) => metas(await client.sMembers(conversationKey(botId, c)))));
      return drop(all.flat());
    },
    purge: async (botId, before) => drop(await metas(await client.zRangeByScore(timeKey(botId), '-inf', `(${before.getTime()}`))),
  };
}
