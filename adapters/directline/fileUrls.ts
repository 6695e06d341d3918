// Files in Direct Line activities. The log keeps a file as `baton-attachment:<id>`, never an address
// that expires; each client reading the log is given signed, absolute addresses on the host it
// reached (see attachmentUrls), so a page of another origin can show the image.
import type { AttachmentUrls } from '../../src/attachments/attachmentUrls';
import type { AttachmentRef } from '../../src/engine/attachmentRef';
import type { DirectLineActivity, FileAttachment } from './directLineActivity';

const SCHEME = 'baton-attachment:';

export const fileAttachment = (ref: AttachmentRef): FileAttachment => ({ contentType: ref.contentType, contentUrl: `${SCHEME}${ref.id}`, name: ref.name });

/** The activities with their files' addresses signed; `urls` must be ready. */
export function withFileUrls(activities: readonly DirectLineActivity[], origin: string, urls: AttachmentUrls | undefined): DirectLineActivity[] {
  return activities.map((activity) => {
    if (!activity.attachments?.some(isStoredFile)) return activity;
    return {
      ...activity,
      attachments: activity.attachments.map((a) => (isStoredFile(a) && urls ? { ...a, contentUrl: `${origin}${urls.signed(a.contentUrl.slice(SCHEME.length))}` } : a)),
    };
  });
}

/** Whether any of the activities holds a stored file, whose address needs the signing key. */
export const holdsFiles = (activities: readonly DirectLineActivity[]): boolean => activities.some((a) => a.attachments?.some(isStoredFile) === true);

function isStoredFile(a: NonNullable<DirectLineActivity['attachments']>[number]): a is FileAttachment {
  return 'contentUrl' in a && a.contentUrl.startsWith(SCHEME);
}
