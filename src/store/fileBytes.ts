// Where attachments' bytes are kept, apart from their metadata: a folder (beside the SQLite database,
// or one shared by several processes), or this process's memory.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ATTACHMENT_ID } from './attachmentStore';

export interface FileBytes {
  write(id: string, bytes: Uint8Array): Promise<void>;
  read(id: string): Promise<Buffer | undefined>;
  remove(ids: readonly string[]): Promise<void>;
}

/** One file per attachment, named by its random id only. */
export function folderBytes(dir: string): FileBytes {
  const pathOf = (id: string): string => {
    if (!ATTACHMENT_ID.test(id)) throw new Error('not an attachment id');
    return join(dir, id);
  };
  let made: Promise<unknown> | undefined;
  return {
    async write(id, bytes) {
      await (made ??= mkdir(dir, { recursive: true, mode: 0o700 }));
      await writeFile(pathOf(id), bytes, { mode: 0o600, flag: 'wx' });
    },
    async read(id) {
      try {
        return await readFile(pathOf(id));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw err;
      }
    },
    async remove(ids) {
      await Promise.all(ids.map((id) => rm(pathOf(id), { force: true })));
    },
  };
}

export function memoryBytes(): FileBytes {
  const files = new Map<string, Buffer>();
  return {
    write: async (id, bytes) => void files.set(id, Buffer.from(bytes)),
    read: async (id) => files.get(id),
    remove: async (ids) => ids.forEach((id) => files.delete(id)),
  };
}
