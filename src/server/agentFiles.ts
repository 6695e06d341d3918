// Files agents send: `receiveAgentFiles` reads POST /api/agent/handoffs/:id/attachments (multipart
// form data, a part per file), checks each file as a customer's is checked (size, allowed type,
// content matching its claim) and stores them with the conversation, answering their refs with a
// signed `url` each; nothing is stored when one is refused. `agentReplyFiles` turns the ids a reply
// names back into refs: only files agents stored with that conversation.
import type { Request, Response } from 'restify';
import { attachmentName } from '../attachments/attachmentName';
import { checkAttachment, megabytes } from '../attachments/checkAttachment';
import { MultipartError, readMultipart, type FormPart } from '../attachments/readMultipart';
import type { AttachmentRef } from '../engine/attachmentRef';
import type { HandoffRecord } from '../handoff/handoffRecord';
import { ATTACHMENT_ID } from '../store/attachmentStore';
import { isFileUpload, maxUploadBytes } from './fileUpload';
import { sendError } from './sendError';
import type { ServerContext } from './serverContext';

/** Files one reply may carry. */
export const MAX_REPLY_FILES = 10;

const refOf = (meta: AttachmentRef): AttachmentRef => ({ id: meta.id, name: meta.name, contentType: meta.contentType, size: meta.size });

export async function receiveAgentFiles(req: Request, res: Response, ctx: ServerContext, handoff: HandoffRecord, now: Date): Promise<void> {
  const files = ctx.files;
  if (!files) return sendError(res, 404, 'not_found', 'This server does not keep files.');
  if (!isFileUpload(req)) return sendError(res, 415, 'unsupported_media_type', 'Send files as multipart/form-data, a part per file.');
  let parts: FormPart[];
  try {
    parts = await readMultipart(req, maxUploadBytes(ctx.limits));
  } catch (err) {
    if (!(err instanceof MultipartError)) throw err;
    return err.status === 413
      ? sendError(res, 413, 'file_too_large', `Files can be at most ${megabytes(ctx.limits.maxAttachmentBytes)}.`)
      : sendError(res, 400, 'bad_request', err.message);
  }
  const fileParts = parts.filter((p) => p.filename !== undefined);
  if (fileParts.length === 0) return sendError(res, 400, 'no_file', 'Attach at least one file.');
  if (fileParts.length > MAX_REPLY_FILES) return sendError(res, 400, 'too_many_files', `Send at most ${MAX_REPLY_FILES} files at once.`);
  const checked = [];
  for (const part of fileParts) {
    const name = attachmentName(part.filename);
    const check = checkAttachment(part.bytes, part.type, name, ctx.limits);
    if (!check.ok) return sendError(res, check.status, check.code, check.message);
    checked.push({ bytes: part.bytes, name, contentType: check.contentType });
  }
  const at = now.toISOString();
  const refs: AttachmentRef[] = [];
  for (const { bytes, name, contentType } of checked) {
    refs.push(refOf(await files.store.save({ botId: ctx.runtime.bot.id, conversationId: handoff.conversationId, name, contentType, from: 'agent', at }, bytes)));
  }
  await files.urls.ready();
  res.send(200, { attachments: refs.map((ref) => ({ ...ref, url: files.urls.signed(ref.id) })) });
}

/**
 * The refs of the files a reply's `attachments` names (ids from the upload above), or an error to
 * answer: a list of at most MAX_REPLY_FILES ids of files agents stored with this conversation.
 */
export async function agentReplyFiles(ctx: ServerContext, handoff: HandoffRecord, ids: unknown): Promise<{ ok: true; refs: AttachmentRef[] } | { ok: false; message: string }> {
  if (ids === undefined) return { ok: true, refs: [] };
  if (!Array.isArray(ids) || ids.length > MAX_REPLY_FILES || !ids.every((id) => typeof id === 'string')) {
    return { ok: false, message: `"attachments" must be a list of at most ${MAX_REPLY_FILES} attachment ids.` };
  }
  if (ids.length > 0 && !ctx.files) return { ok: false, message: 'This server does not keep files.' };
  const refs: AttachmentRef[] = [];
  for (const id of new Set(ids as string[])) {
    const meta = ATTACHMENT_ID.test(id) ? await ctx.files!.store.meta(id) : undefined;
    if (!meta || meta.conversationId !== handoff.conversationId || meta.botId !== ctx.runtime.bot.id || meta.from !== 'agent') {
      return { ok: false, message: `"${id}" is no file uploaded for this conversation.` };
    }
    refs.push(refOf(meta));
  }
  return { ok: true, refs };
}
