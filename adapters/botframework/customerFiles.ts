// Files a Bot Framework customer sends (Teams): an attachment that is a file at an address (an image
// or a PDF by its contentUrl, or a Teams file with `content.downloadUrl`) is fetched within
// FETCH_TIMEOUT_MS and the attachment size limit, checked as every attached file is (checkAttachment)
// and stored with the conversation; the turn is given their refs. A file the channel's own service
// hosts (Teams' inline images, at the activity's serviceUrl) is fetched with the app's token, which
// no other address is sent. A file that cannot be fetched or is
// refused is left out, with words for the customer saying which and why. Cards, HTML bodies and the
// like are not files and are passed over.
import type { Activity } from 'botbuilder';
import { attachmentName } from '../../src/attachments/attachmentName';
import { checkAttachment, megabytes } from '../../src/attachments/checkAttachment';
import { fetchFile } from '../../src/attachments/fetchFile';
import type { AttachmentRef } from '../../src/engine/attachmentRef';
import type { ServerContext } from '../../src/server/serverContext';

export const FETCH_TIMEOUT_MS = 5000;
/** Files one message may bring. */
const MAX_FILES = 10;
export const TEAMS_FILE = 'application/vnd.microsoft.teams.file.download.info';

export interface CustomerFiles {
  readonly refs: readonly AttachmentRef[];
  /** What to tell the customer about files left out, one line each. */
  readonly problems: readonly string[];
}

interface FileLink {
  readonly url: string;
  readonly name: string;
  readonly declared?: string;
}

/** The attachments that are files at http(s) addresses; anything else in the list (cards, nulls, odd fields) is passed over. */
export function fileLinks(activity: Pick<Activity, 'attachments'>): FileLink[] {
  const links: FileLink[] = [];
  const listed: unknown = activity.attachments;
  if (!Array.isArray(listed)) return links;
  for (const item of listed as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const a = item as { contentType?: unknown; contentUrl?: unknown; content?: unknown; name?: unknown };
    const contentType = typeof a.contentType === 'string' ? a.contentType : '';
    const content = typeof a.content === 'object' && a.content !== null ? (a.content as { downloadUrl?: unknown }) : undefined;
    const teamsFile = contentType === TEAMS_FILE && typeof content?.downloadUrl === 'string';
    const url = teamsFile ? content!.downloadUrl : a.contentUrl;
    if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) continue;
    if (!teamsFile && !/^(image\/|application\/pdf$)/i.test(contentType)) continue;
    // Teams declares pasted images as "image/*": a claim of no particular type, so the content decides.
    const declared = teamsFile || contentType.endsWith('/*') ? undefined : contentType;
    links.push({ url, name: attachmentName(typeof a.name === 'string' ? a.name : ''), ...(declared ? { declared } : {}) });
  }
  return links;
}

/** `authorization`: the connector's Authorization header, for files at the service URL's origin. */
export async function customerFiles(ctx: ServerContext, activity: Activity, conversationId: string, now: Date, authorization?: () => Promise<string | undefined>): Promise<CustomerFiles> {
  const files = ctx.files;
  const links = fileLinks(activity);
  if (!files || links.length === 0) return { refs: [], problems: [] };
  const refs: AttachmentRef[] = [];
  const problems: string[] = [];
  if (links.length > MAX_FILES) problems.push(`Only the first ${MAX_FILES} files were taken.`);
  const service = URL.canParse(activity.serviceUrl) ? new URL(activity.serviceUrl).origin : undefined;
  let token: Promise<string | undefined> | undefined;
  for (const link of links.slice(0, MAX_FILES)) {
    const hosted = service !== undefined && authorization !== undefined && URL.canParse(link.url) && new URL(link.url).origin === service;
    const value = hosted ? await (token ??= authorization().catch(() => undefined)) : undefined;
    const fetched = await fetchFile(link.url, { timeoutMs: FETCH_TIMEOUT_MS, maxBytes: ctx.limits.maxAttachmentBytes, ...(value && service ? { authorization: { origin: service, value } } : {}) });
    if (!fetched.ok) {
      problems.push(fetched.reason === 'too_large' ? `"${link.name}" is too large: files can be at most ${megabytes(ctx.limits.maxAttachmentBytes)}.` : `I couldn't get "${link.name}". Please try sending it again.`);
      continue;
    }
    const check = checkAttachment(fetched.bytes, link.declared, link.name, ctx.limits);
    if (!check.ok) {
      problems.push(check.message);
      continue;
    }
    const meta = await files.store.save({ botId: ctx.runtime.bot.id, conversationId, name: link.name, contentType: check.contentType, from: 'customer', at: now.toISOString() }, fetched.bytes);
    refs.push({ id: meta.id, name: meta.name, contentType: meta.contentType, size: meta.size });
  }
  return { refs, problems };
}
