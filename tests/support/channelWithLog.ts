// A channel adapter that logs to a logger of the test's own, so a test can see what the channel logs.
import type { Logger } from '../../src/server/logger';
import type { ChannelAdapter } from '../../src/server/serverContext';

export function channelWithLog(channel: ChannelAdapter, log: Logger): ChannelAdapter {
  return { ...channel, register: (server, ctx) => channel.register(server, { ...ctx, log }) };
}
