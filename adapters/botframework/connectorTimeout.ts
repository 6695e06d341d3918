// Bounds the time the channel waits on the Bot Connector service (an activity's serviceUrl): every
// request botbuilder's connector clients send is aborted after a timeout, and a turn waits for its
// replies no longer than that. A slow or unreachable service URL then never holds a request, a
// socket or a turn open; and when the channel closes, requests still running (retries) stop.
import type { Activity } from 'botbuilder';
import { withinMs } from '../../src/runtime/withinMs';
import { boundedHttpClient, type ConnectorClientOptions } from './boundedHttpClient';
import type { ChannelTurn } from './channelTurn';

/** Teams gives up on a bot's answer after 15 seconds; replies are not worth waiting for longer than this. */
export const DEFAULT_CONNECTOR_TIMEOUT_MS = 10_000;

/** Connector client options under which every request times out after `timeoutMs`, and stops when `closed` aborts. */
export function connectorClientOptions(timeoutMs: number, closed: AbortSignal): ConnectorClientOptions {
  return { httpClient: boundedHttpClient(timeoutMs, closed) };
}

/**
 * Sends activities to the turn's conversation, waiting at most `timeoutMs`: 'sent', or 'late' when
 * the channel has not taken them in time (the send goes on, its outcome ignored). Rejects when the
 * send fails in time.
 */
export async function sendWithin(turn: Pick<ChannelTurn, 'send'>, activities: Partial<Activity>[], timeoutMs: number): Promise<'sent' | 'late'> {
  return withinMs(turn.send(activities).then(() => 'sent' as const), timeoutMs, () => 'late' as const);
}
