// Requests that upload files (multipart/form-data to a path ending in /upload or /attachments) skip
// the JSON body limits: their route reads the form itself (readMultipart), within the attachment limit.
import type { Request } from 'restify';
import type { Limits } from './serverContext';

export function isFileUpload(req: Request): boolean {
  return req.method === 'POST'
    && /^multipart\/form-data\b/i.test(req.headers['content-type'] ?? '')
    && /\/(upload|attachments)$/.test((req.url ?? '').split('?')[0]!);
}

/** The largest upload body: one file at the limit, with room for the form's other parts. */
export const maxUploadBytes = (limits: Limits): number => limits.maxAttachmentBytes + 256 * 1024;
