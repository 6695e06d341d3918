// The store contract for files customers and agents attach to a conversation: the bytes and what is
// known of them (name, sniffed type, size, when). Ids are random, never derived from a file name.
// Memory, SQLite (files in a folder beside the database) and Redis (bytes in Redis, or in a shared
// folder) implement it.
import { randomBytes } from 'node:crypto';

export interface AttachmentMeta {
  readonly id: string;
  readonly botId: string;
  readonly conversationId: string;
  /** The name the file was sent with, for display and downloads only: never a path. */
  readonly name: string;
  /** The type its content was recognised as. */
  readonly contentType: string;
  readonly size: number;
  /** Who attached it. */
  readonly from: 'customer' | 'agent';
  readonly at: string;
}

export type NewAttachment = Omit<AttachmentMeta, 'id' | 'size'>;

export interface AttachmentStore {
  /** Stores the bytes; the new attachment's metadata, with a fresh random id. */
  save(attachment: NewAttachment, bytes: Uint8Array): Promise<AttachmentMeta>;
  meta(id: string): Promise<AttachmentMeta | undefined>;
  read(id: string): Promise<{ readonly meta: AttachmentMeta; readonly bytes: Buffer } | undefined>;
  /** A conversation's attachments, oldest first. */
  list(botId: string, conversationId: string): Promise<AttachmentMeta[]>;
  /** Deletes the attachments of these conversations (privacy erasure); how many went. */
  eraseConversations(botId: string, conversationIds: readonly string[]): Promise<number>;
  /** Deletes the bot's attachments stored before `before` (retention); how many went. */
  purge(botId: string, before: Date): Promise<number>;
}

/** 128 random bits, URL- and file-name-safe. */
export const newAttachmentId = (): string => `att_${randomBytes(16).toString('base64url')}`;

/** Ids this store makes; anything else is no attachment (and never reaches a path or a key). */
export const ATTACHMENT_ID = /^att_[A-Za-z0-9_-]{22}$/;

export const byAt = (a: AttachmentMeta, b: AttachmentMeta): number => a.at.localeCompare(b.at) || a.id.localeCompare(b.id);
