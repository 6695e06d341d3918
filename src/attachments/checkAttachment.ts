// Decides whether a file may be attached: not empty, within the size limit, its content recognised
// as an allowed type, and that type the one it was declared as (or its name's extension says). The
// refusal says why, in words for the customer, with the HTTP status for the client.
import { sniffContentType } from './sniffContentType';

export interface AttachmentLimits {
  /** Largest file, in bytes. */
  readonly maxAttachmentBytes: number;
  /** Types files may have, as their content shows. */
  readonly attachmentTypes: readonly string[];
}

export type AttachmentCheck =
  | { readonly ok: true; readonly contentType: string }
  | { readonly ok: false; readonly status: 400 | 413 | 415; readonly code: string; readonly message: string };

/** Types clients declare for the same thing under another name. */
const ALIASES: Readonly<Record<string, string>> = { 'image/jpg': 'image/jpeg', 'image/pjpeg': 'image/jpeg', 'image/x-png': 'image/png', 'application/x-pdf': 'application/pdf' };
/** Declared types that say nothing about the content. */
const UNSAID = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

/** The types file name extensions say, for a file declared as nothing in particular. */
const EXTENSIONS: Readonly<Record<string, string>> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', jpe: 'image/jpeg', jfif: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', pdf: 'application/pdf' };

const LABELS: Readonly<Record<string, string>> = { 'image/png': 'PNG', 'image/jpeg': 'JPEG', 'image/gif': 'GIF', 'image/webp': 'WebP', 'application/pdf': 'PDF' };

export function allowedTypesText(types: readonly string[]): string {
  const names = types.map((t) => LABELS[t] ?? t);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/** A size in words: "10 MB", "2.5 MB", "300 KB". */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb < 1) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}

export function checkAttachment(bytes: Uint8Array, declared: string | undefined, name: string, limits: AttachmentLimits): AttachmentCheck {
  const allowed = allowedTypesText(limits.attachmentTypes);
  if (bytes.byteLength === 0) return { ok: false, status: 400, code: 'empty_file', message: `"${name}" is empty.` };
  if (bytes.byteLength > limits.maxAttachmentBytes) {
    return { ok: false, status: 413, code: 'file_too_large', message: `"${name}" is ${megabytes(bytes.byteLength)}; files can be at most ${megabytes(limits.maxAttachmentBytes)}.` };
  }
  const sniffed = sniffContentType(bytes);
  if (sniffed === undefined || !limits.attachmentTypes.includes(sniffed)) {
    return { ok: false, status: 415, code: 'type_not_allowed', message: `"${name}" cannot be attached: only ${allowed} files can.` };
  }
  const said = normalise(declared);
  const claimed = !UNSAID.has(said) ? said : typeOfName(name);
  if (claimed !== '' && claimed !== sniffed) {
    return { ok: false, status: 415, code: 'content_mismatch', message: `"${name}" is not the ${LABELS[claimed] ?? 'kind of'} file it claims to be, so it cannot be attached.` };
  }
  return { ok: true, contentType: sniffed };
}

/** '' without an extension; an extension of another type claims that other type. */
function typeOfName(name: string): string {
  const ext = /\.([^.]{1,10})$/.exec(name)?.[1]?.toLowerCase();
  return ext === undefined ? '' : EXTENSIONS[ext] ?? `.${ext}`;
}

function normalise(type: string | undefined): string {
  const bare = (type ?? '').split(';')[0]!.trim().toLowerCase();
  return ALIASES[bare] ?? bare;
}
