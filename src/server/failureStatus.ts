/**
 * The HTTP answer to a request that failed inside: a store that cannot be reached or written is
 * 503 and a conversation busy with a turn on another process is 409, both with `Retry-After`, so a
 * client (and a load balancer) knows to try again; anything else is a 500.
 */
import { TurnBusyError } from '../store/redisTurnLock';
import { LeaseLostError } from '../store/turnLease';

export interface FailureStatus {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  /** Seconds, for the Retry-After header. */
  readonly retryAfter?: number;
}

/** SQLite result codes of a database that cannot take writes now: full, read-only, locked, I/O. */
const SQLITE_UNAVAILABLE = /^SQLITE_(FULL|READONLY|IOERR|BUSY|LOCKED|CANTOPEN|PROTOCOL)/;
/** Errors of a Redis client that lost or cannot reach its server, or gave up waiting for it. */
const REDIS_UNAVAILABLE = new Set(['ClientClosedError', 'ClientOfflineError', 'ConnectionTimeoutError', 'SocketTimeoutError', 'SocketClosedUnexpectedlyError', 'ReconnectStrategyError', 'TimeoutError', 'CommandTimeoutDuringMaintenanceError', 'RedisStalledError']);
/** Error replies of a Redis that is up but cannot serve now: loading its data at start, busy with a script, unable to persist, a replica cut off. */
const REDIS_CANNOT_SERVE = /^(LOADING|BUSY|MASTERDOWN|MISCONF|TRYAGAIN|CLUSTERDOWN|READONLY) /;
const NETWORK_UNAVAILABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTCONN']);

export function failureStatus(err: unknown): FailureStatus {
  if (err instanceof TurnBusyError || err instanceof LeaseLostError) {
    return { status: 409, code: 'conversation_busy', message: 'This conversation is busy with another message; send it again in a moment.', retryAfter: 1 };
  }
  if (storeUnavailable(err)) {
    return { status: 503, code: 'store_unavailable', message: "We can't reach our storage right now; please try again in a moment.", retryAfter: 5 };
  }
  return { status: 500, code: 'internal', message: 'Something went wrong on our side.' };
}

function storeUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as Error & { code?: unknown }).code;
  if (typeof code === 'string' && (SQLITE_UNAVAILABLE.test(code) || NETWORK_UNAVAILABLE.has(code))) return true;
  if (err.constructor.name === 'ErrorReply' && REDIS_CANNOT_SERVE.test(err.message)) return true;
  return REDIS_UNAVAILABLE.has(err.name) || REDIS_UNAVAILABLE.has(err.constructor.name);
}
