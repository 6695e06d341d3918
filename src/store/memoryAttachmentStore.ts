// Attachments in this process's memory: nothing kept after exit (tests and demos).
import { byAt, newAttachmentId, type AttachmentMeta, type AttachmentStore } from './attachmentStore';
import { memoryBytes } from './fileBytes';

export function createMemoryAttachmentStore(): AttachmentStore {
  const metas = new Map<string, AttachmentMeta>();
  const bytes = memoryBytes();
  const drop = async (gone: AttachmentMeta[]): Promise<number> => {
    gone.forEach((m) => metas.delete(m.id));
    await bytes.remove(gone.map((m) => m.id));
    return gone.length;
  };
  return {
    async save(attachment, data) {
      const meta: AttachmentMeta = { ...attachment, id: newAttachmentId(), size: data.byteLength };
      await bytes.write(meta.id, data);
      metas.set(meta.id, meta);
      return meta;
    },
    meta: async (id) => metas.get(id),
    async read(id) {
      const meta = metas.get(id);
      const data = meta && await bytes.read(id);
      return meta && data ? { meta, bytes: data } : undefined;
    },
    list: async (botId, conversationId) => [...metas.values()].filter((m) => m.botId === botId && m.conversationId === conversationId).sort(byAt),
    eraseConversations: (botId, ids) => drop([...metas.values()].filter((m) => m.botId === botId && ids.includes(m.conversationId))),
    purge: (botId, before) => drop([...metas.values()].filter((m) => m.botId === botId && Date.parse(m.at) < before.getTime())),
  };
}
