// POST /api/messages, the Bot Framework messaging endpoint, whichever SDK runs the turns: each
// activity is admitted (limits), its envelope checked (400), its token checked (401, or 503 when the
// channel's signing keys cannot be fetched), then handed to the SDK; the channel gets 200.
import type { Activity } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { admitTurn } from '../../src/server/admitTurn';
import { route } from '../../src/server/createServer';
import { sendError } from '../../src/server/sendError';
import type { ServerContext } from '../../src/server/serverContext';
import { readActivity } from './readActivity';

export const MESSAGES_PATH = '/api/messages';

/** The verdict on a request's token: what the SDK needs to run the turn, or why it is refused. */
export type Verification<T> =
  | { readonly ok: true; readonly result: T }
  | { readonly ok: false; readonly status: 401 | 503; readonly code: string; readonly message: string; readonly cause?: unknown };

export interface MessagesEndpoint<T> {
  verify(activity: Activity, authorization: string): Promise<Verification<T>>;
  /**
   * Runs the turn; a failed turn is the SDK's to answer (the turnFailed message), not a failed
   * request. `refused` when the SDK will not take the activity: the channel gets 400 with that message.
   */
  process(verified: T, activity: Activity): Promise<{ readonly refused: string } | void>;
}

/**
 * `verifiesRequests` false (no app id): unsigned requests are accepted (local use only), with a
 * warning at start. `endpoint` is asked for at each request, so the SDK behind it can load on the first.
 */
export function registerMessagesEndpoint<T>(server: Server, ctx: ServerContext, verifiesRequests: boolean, endpoint: () => MessagesEndpoint<T>): void {
  if (!verifiesRequests) ctx.log.warn({ path: MESSAGES_PATH }, 'Bot Framework channel without MicrosoftAppId: unsigned requests are accepted (local use only)');
  server.post(MESSAGES_PATH, route(ctx, async (req: Request, res: Response) => {
    if (!(await admitTurn(ctx, req, res))) return;
    const read = readActivity(req.body);
    if ('error' in read) return sendError(res, 400, 'bad_request', read.error);
    const sdk = endpoint();
    const verified = await sdk.verify(read.activity, req.header('authorization') ?? '');
    if (!verified.ok) {
      if (verified.status === 503) ctx.log.error({ err: verified.cause }, 'bot framework token check failed');
      return sendError(res, verified.status, verified.code, verified.message);
    }
    const refusal = await sdk.process(verified.result, read.activity);
    if (refusal) return sendError(res, 400, 'bad_request', refusal.refused);
    res.send(200);
  }));
}
