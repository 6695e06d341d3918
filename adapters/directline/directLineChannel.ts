// The Direct Line 3.0 channel: the API the Bot Framework Web Chat and botframework-directlinejs
// speak, served by this server, so web chat needs no Azure subscription. Tokens, conversations,
// activities by polling and by WebSocket; the activity log and the signing key kept by the store
// (see directLineStorage), in memory by default.
import type { Server as HttpServer } from 'node:http';
import type { Server } from 'restify';
import { systemClock, type Clock } from '../../src/runtime/clock';
import type { Reply } from '../../src/runtime/createRuntime';
import type { ChannelAdapter, ServerContext } from '../../src/server/serverContext';
import type { ActivityLog } from './activityLog';
import { registerActivityRoutes } from './activityRoutes';
import { attachActivityStream, type ActivityStream } from './activityStream';
import { registerConversationRoutes } from './conversationRoutes';
import { allowCrossOrigin } from './cors';
import { issueToken, logReplies, newConversationId, newUserId, type DirectLineContext, type IssuedToken } from './directLineContext';
import { createMemoryActivityLog } from './memoryActivityLog';
import { createPendingWelcomes } from './pendingWelcomes';
import { createTokenSigner } from './tokenSigner';
import { registerTokenRoutes } from './tokenRoutes';

export interface DirectLineChannelOptions {
  /** Required from sites' backends to generate tokens. Default: the DIRECTLINE_SECRET variable; none means open. */
  readonly secret?: string;
  /** Lifetime of a token. Default 30 minutes, as Direct Line's. */
  readonly tokenTtlSeconds?: number;
  /** Default: in memory, the last 500 activities of each conversation, forgotten after an idle hour. */
  readonly log?: ActivityLog;
  /** Without a secret, the key tokens are signed with, kept by the store; default a random key of the process. */
  readonly signingKey?: () => Promise<Uint8Array>;
  readonly clock?: Clock;
  /** How often WebSocket clients are pinged; one that missed the last ping is dropped. Default 30 s. */
  readonly pingMs?: number;
  /** How long a bot of several languages waits for a new conversation's first client activity to greet it in its locale. Default 2 s; 0 greets at once, in the main language. */
  readonly welcomeWaitMs?: number;
}

export interface DirectLineChannel extends ChannelAdapter {
  /** A token for a new conversation, as POST /tokens/generate answers: for pages this server serves. */
  issueToken(user?: { readonly id?: string; readonly name?: string }): Promise<IssuedToken>;
}

export function createDirectLineChannel(options: DirectLineChannelOptions = {}): DirectLineChannel {
  const secret = (options.secret ?? process.env.DIRECTLINE_SECRET) || undefined;
  const clock = options.clock ?? systemClock;
  const log = options.log ?? createMemoryActivityLog({ clock });
  const tokens = { signer: createTokenSigner(secret, clock, options.signingKey), tokenTtlSeconds: options.tokenTtlSeconds ?? 1800 };
  const welcomes = createPendingWelcomes(options.welcomeWaitMs ?? 2000);
  let dl: DirectLineContext | undefined;
  let stream: ActivityStream | undefined;

  return {
    name: 'directline',
    register(server: Server, ctx: ServerContext): void {
      dl = { ...tokens, server: ctx, log, secret, clock, welcomes };
      allowCrossOrigin(server);
      registerTokenRoutes(server, dl);
      registerConversationRoutes(server, dl);
      registerActivityRoutes(server, dl);
      stream = attachActivityStream(server.server as HttpServer, dl, options.pingMs);
    },
    async deliver(conversationId: string, replies: readonly Reply[]): Promise<boolean> {
      if (!dl || !(await log.owner(conversationId))) return false;
      return logReplies(dl, conversationId, replies);
    },
    issueToken(user = {}) {
      return issueToken(tokens, newConversationId(), { userId: user.id ?? newUserId(), ...(user.name !== undefined ? { name: user.name } : {}) });
    },
    async close(): Promise<void> {
      welcomes.close();
      await stream?.close();
      await log.close();
    },
  };
}
