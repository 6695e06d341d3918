// The operator's settings of `baton start`, all read here from the environment: the rate limits,
// the sign-in throttle, the connection cap, whether to trust X-Forwarded-For, how long live
// delivery of an agent's write may take, and how long a graceful shutdown may take.
import { DEFAULT_LIMITS, type Limits } from './serverContext';

export interface ServerSettings {
  readonly limits: Limits;
  readonly shutdownTimeoutMs: number;
}

export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

/** Throws an Error naming the variable when a value is not a positive whole number. */
export function serverSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  const count = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number, not "${raw}".`);
    return value;
  };
  return {
    limits: {
      ...DEFAULT_LIMITS,
      turnsPerConversation: count('BATON_TURNS_PER_MINUTE', DEFAULT_LIMITS.turnsPerConversation),
      turnsPerAddress: count('BATON_TURNS_PER_MINUTE_PER_ADDRESS', DEFAULT_LIMITS.turnsPerAddress),
      conversationsPerAddress: count('BATON_CONVERSATIONS_PER_MINUTE_PER_ADDRESS', DEFAULT_LIMITS.conversationsPerAddress),
      maxConnections: count('BATON_MAX_CONNECTIONS', DEFAULT_LIMITS.maxConnections),
      trustProxy: env.BATON_TRUST_PROXY === '1',
      signInFailuresPerAgent: count('BATON_SIGN_IN_FAILURES', DEFAULT_LIMITS.signInFailuresPerAgent),
      signInFailuresPerAddress: count('BATON_SIGN_IN_FAILURES_PER_ADDRESS', DEFAULT_LIMITS.signInFailuresPerAddress),
      liveDeliveryMs: count('BATON_LIVE_DELIVERY_MS', DEFAULT_LIMITS.liveDeliveryMs),
    },
    shutdownTimeoutMs: count('BATON_SHUTDOWN_TIMEOUT_MS', DEFAULT_SHUTDOWN_TIMEOUT_MS),
  };
}
