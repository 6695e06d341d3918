// Where a Bot Framework channel (Teams) fetches an agent's files: the server's public address
// (BATON_PUBLIC_URL), signed for a week. The channel fetches a file when it shows the message, and
// the customer may scroll back to it later; past the week the agent's console still has it.
import type { Reply } from '../../src/runtime/createRuntime';
import type { ServerFiles } from '../../src/server/serverContext';
import { isChannelConversation } from './conversationKey';
import type { FileLink } from './renderReplies';

export const CHANNEL_FILE_LINK_SECONDS = 7 * 24 * 3600;

/** The link for the replies' files; undefined when they hold none or the server has no public address. */
export async function channelFileLink(files: ServerFiles | undefined, replies: readonly Reply[]): Promise<FileLink | undefined> {
  if (!files?.publicUrl || !replies.some((r) => r.attachments?.length)) return undefined;
  await files.urls.ready();
  const { publicUrl, urls } = files;
  return (ref) => `${publicUrl}${urls.signed(ref.id, CHANNEL_FILE_LINK_SECONDS)}`;
}

/** What the agent is told when a channel's conversation cannot be sent files: the server has no public address. */
export function channelRefusesFiles(conversationId: string, files: ServerFiles | undefined): string | undefined {
  if (!isChannelConversation(conversationId) || files?.publicUrl) return undefined;
  return 'Files cannot reach this customer: Teams fetches them from the server\'s public address, which BATON_PUBLIC_URL must give.';
}
