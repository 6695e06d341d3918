// POST /conversations/:id/upload?userId=…: a message with files, as Microsoft's Web Chat (and
// Baton's page) send one: multipart/form-data with an `activity` part (the activity as JSON) and a
// part per file. Each file is checked (size, allowed type, content matching its declared type or
// name: see checkAttachment) and stored with the conversation; the activity is then logged with the
// files as attachments and answered like any posted message. A refused file stores nothing: the
// conversation shows the customer why, and the client gets a 4xx with the same words.
import type { Request, Response, Server } from 'restify';
import { attachmentName } from '../../src/attachments/attachmentName';
import { checkAttachment, megabytes } from '../../src/attachments/checkAttachment';
import { MultipartError, readMultipart, type FormPart } from '../../src/attachments/readMultipart';
import type { AttachmentRef } from '../../src/engine/attachmentRef';
import { route } from '../../src/server/createServer';
import { isFileUpload, maxUploadBytes } from '../../src/server/fileUpload';
import { sendError } from '../../src/server/sendError';
import { requestLanguage, turnFailedReply } from '../../src/server/turnFailedReply';
import { answerActivity, fromOwner } from './activityRoutes';
import { findConversation } from './conversationRoutes';
import { BASE_PATH, logReplies, type DirectLineContext } from './directLineContext';
import { fileAttachment } from './fileUrls';
import { readUserActivity } from './readUserActivity';

/** Files one message may carry. */
const MAX_FILES = 10;

export function registerUploadRoute(server: Server, dl: DirectLineContext, told: WeakSet<Request>): void {
  server.post(`${BASE_PATH}/conversations/:conversationId/upload`, route(dl.server, async (req: Request, res: Response) => {
    const found = await findConversation(dl, req, res);
    if (!found) return;
    const { conversationId, owner } = found;
    const files = dl.server.files;
    if (!files) return sendError(res, 404, 'not_found', 'This server does not keep files.');
    if (!isFileUpload(req)) return sendError(res, 415, 'unsupported_media_type', 'Send files as multipart/form-data, with the activity in a part named "activity".');
    const limits = dl.server.limits;
    // Tells the customer in the conversation, and the client in the answer (`inConversation`: a
    // client that shows the conversation need not say it again).
    const refuse = async (status: number, code: string, message: string): Promise<void> => {
      const told = await logReplies(dl, conversationId, [{ text: message }]);
      sendError(res, status, code, message, {}, told ? { inConversation: true } : {});
    };
    let parts: FormPart[];
    try {
      parts = await readMultipart(req, maxUploadBytes(limits));
    } catch (err) {
      if (!(err instanceof MultipartError)) throw err;
      return err.status === 413
        ? refuse(413, 'file_too_large', `Files can be at most ${megabytes(limits.maxAttachmentBytes)}.`)
        : sendError(res, 400, 'bad_request', err.message);
    }
    const activityPart = parts.find((p) => p.name === 'activity');
    let posted: unknown = { type: 'message' };
    if (activityPart) {
      try {
        posted = JSON.parse(activityPart.bytes.toString('utf8'));
      } catch {
        return sendError(res, 400, 'bad_request', 'The "activity" part must be the activity as JSON.');
      }
    }
    const fileParts = parts.filter((p) => p !== activityPart && p.filename !== undefined);
    if (fileParts.length === 0) return sendError(res, 400, 'no_file', 'Attach at least one file.');
    if (fileParts.length > MAX_FILES) return refuse(400, 'too_many_files', `Send at most ${MAX_FILES} files at once.`);
    const read = readUserActivity(stripAttachments(posted), fromOwner(owner), limits.maxMessageChars);
    if (!read.ok) return sendError(res, read.status, read.code, read.message);
    if (read.echo.type !== 'message') return sendError(res, 400, 'bad_request', 'Only a message can carry files.');
    const checked = [];
    for (const part of fileParts) {
      const name = attachmentName(part.filename);
      const check = checkAttachment(part.bytes, part.type, name, limits);
      if (!check.ok) return refuse(check.status, check.code, check.message);
      checked.push({ part, name, contentType: check.contentType });
    }
    const at = dl.clock.now().toISOString();
    const refs: AttachmentRef[] = [];
    for (const { part, name, contentType } of checked) {
      const meta = await files.store.save({ botId: dl.server.runtime.bot.id, conversationId, name, contentType, from: 'customer', at }, part.bytes);
      refs.push({ id: meta.id, name: meta.name, contentType: meta.contentType, size: meta.size });
    }
    await answerActivity(dl, req, res, conversationId, owner, {
      ...read,
      echo: { ...read.echo, attachments: refs.map(fileAttachment) },
      input: { ...(read.input ?? { text: '' }), attachments: refs },
    }, told);
  }, (req) => (told.has(req) ? {} : { replies: [turnFailedReply(dl.server.runtime.bot, String(req.params?.conversationId ?? ''), requestLanguage(req.body))] })));
}

/** The client's own description of its files (names, local addresses) is replaced by the stored files. */
function stripAttachments(posted: unknown): unknown {
  if (typeof posted !== 'object' || posted === null || Array.isArray(posted)) return posted;
  const { attachments: _ignored, ...rest } = posted as Record<string, unknown>;
  return rest;
}
