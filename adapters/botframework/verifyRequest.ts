// Checks a request's Bot Framework token with botbuilder before the activity is acted on. A
// missing, malformed, forged or expired token is a 401; failing to fetch the channel's signing keys is
// our side's problem (503, logged), so the channel retries instead of the bot treating it as forged.
import type { Activity } from 'botbuilder';
import type { BotFrameworkAuth } from './botFrameworkAuth';
import type { Verification as TokenVerification } from './messagesEndpoint';

export type VerifiedRequest = Awaited<ReturnType<BotFrameworkAuth['authentication']['authenticateRequest']>>;

export type Verification = TokenVerification<VerifiedRequest>;

export async function verifyRequest(auth: BotFrameworkAuth, activity: Activity, authorization: string): Promise<Verification> {
  try {
    return { ok: true, result: await auth.authentication.authenticateRequest(activity, authorization) };
  } catch (err) {
    if (isRejection(err)) {
      return { ok: false, status: 401, code: 'unauthorized', message: 'The request does not carry a valid Bot Framework token for this bot.' };
    }
    return { ok: false, status: 503, code: 'auth_unavailable', message: "The request's token could not be checked right now; try again.", cause: err };
  }
}

/** botbuilder's 4xx AuthenticationError, or jsonwebtoken's verdict on the token (bad signature, expired, not yet valid). */
function isRejection(err: unknown): boolean {
  const { statusCode, name } = (err ?? {}) as { statusCode?: unknown; name?: unknown };
  if (typeof statusCode === 'number') return statusCode >= 400 && statusCode < 500;
  return name === 'JsonWebTokenError' || name === 'TokenExpiredError' || name === 'NotBeforeError';
}
