// Reads a multipart/form-data request (as Microsoft's Web Chat uploads files, and Baton's pages do)
// into memory with formidable's parser: each part's name, file name, declared type and bytes. Nothing
// is written to disk before it is checked; a body over `maxBytes` is refused.
import type { IncomingMessage } from 'node:http';
import { IncomingForm } from 'formidable';

export interface FormPart {
  readonly name: string;
  /** Present for a file part (possibly ''). */
  readonly filename?: string;
  readonly type?: string;
  readonly bytes: Buffer;
}

export class MultipartError extends Error {
  constructor(readonly status: 400 | 413, message: string) {
    super(message);
  }
}

export function readMultipart(req: IncomingMessage, maxBytes: number, maxParts = 20): Promise<FormPart[]> {
  return new Promise((resolve, reject) => {
    const form = new IncomingForm();
    const parts: FormPart[] = [];
    let total = 0;
    let failed = false;
    const fail = (err: MultipartError): void => {
      if (failed) return;
      failed = true;
      reject(err);
      req.resume();
    };
    form.onPart = (part) => {
      if (parts.length >= maxParts) return fail(new MultipartError(400, `A form may have at most ${maxParts} parts.`));
      const chunks: Buffer[] = [];
      part.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > maxBytes) fail(new MultipartError(413, 'too large'));
        else chunks.push(chunk);
      });
      part.on('end', () => {
        parts.push({ name: part.name, ...(part.filename !== undefined ? { filename: part.filename } : {}), ...(part.mime ? { type: part.mime } : {}), bytes: Buffer.concat(chunks) });
      });
    };
    form.on('error', (err: Error) => fail(new MultipartError(400, `The form could not be read: ${err.message.slice(0, 120)}`)));
    form.once('end', () => { if (!failed) resolve(parts); });
    (form as unknown as { parse(r: IncomingMessage): void }).parse(req);
  });
}
