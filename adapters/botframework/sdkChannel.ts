// The Bot Framework channel as the server sees it, whichever SDK runs its turns: POST /api/messages
// and proactive delivery, over an SDK that is loaded only when the channel is first used (a request
// to /api/messages). The SDKs take a large part of a second to load, and most bots never hear from
// Teams; a conversation the channel has not yet seen cannot be delivered to, so delivery before the
// first request answers that the conversation is not this channel's. Agents' files go at the
// server's public address; without one, the channel refuses them (channelRefusesFiles).
import type { Server } from 'restify';
import type { Reply } from '../../src/runtime/createRuntime';
import type { ChannelAdapter, ServerContext } from '../../src/server/serverContext';
import { channelFileLink, channelRefusesFiles } from './channelFileLink';
import { registerMessagesEndpoint, type MessagesEndpoint } from './messagesEndpoint';
import type { FileLink } from './renderReplies';

/** One SDK's side of the channel, built when it is loaded. */
export interface SdkChannel<T> {
  /** The endpoint's checks and turn for the server whose context this is (asked for once). */
  endpoint(ctx: ServerContext): MessagesEndpoint<T>;
  /** `link`: where the channel fetches the replies' files. */
  deliver(conversationId: string, replies: readonly Reply[], link?: FileLink): Promise<boolean>;
  close(): Promise<void>;
}

/** The channel over the SDK `load` builds, on first use. `verifiesRequests`: an app id is set. */
export function sdkChannel<T>(verifiesRequests: boolean, load: () => SdkChannel<T>): ChannelAdapter {
  let loaded: SdkChannel<T> | undefined;
  const sdk = (): SdkChannel<T> => (loaded ??= load());
  let files: ServerContext['files'];
  return {
    name: 'botframework',
    register(server: Server, ctx: ServerContext) {
      files = ctx.files;
      let endpoint: MessagesEndpoint<T> | undefined;
      registerMessagesEndpoint(server, ctx, verifiesRequests, () => (endpoint ??= sdk().endpoint(ctx)));
    },
    deliver: async (conversationId, replies) => (loaded ? loaded.deliver(conversationId, replies, await channelFileLink(files, replies)) : false),
    refusesFiles: (conversationId, ctx) => channelRefusesFiles(conversationId, ctx.files),
    close: async () => { await loaded?.close(); },
  };
}
