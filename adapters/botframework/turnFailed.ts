// A turn that cannot be run, whichever SDK ran it: the customer gets the bot's turnFailed message,
// the failure is logged once (and counted when it repeats), and the channel still gets 200, since
// a retry of the same activity would meet the same fault and the customer was told to send it again.
import type { Activity } from 'botbuilder';
import { failuresOf } from '../../src/server/failuresOf';
import { failureStatus } from '../../src/server/failureStatus';
import type { ServerContext } from '../../src/server/serverContext';
import { turnFailedReply } from '../../src/server/turnFailedReply';
import type { ChannelTurn } from './channelTurn';
import { sendWithin } from './connectorTimeout';
import { conversationKey } from './conversationKey';

export async function turnFailed(ctx: ServerContext, turn: ChannelTurn, err: unknown, timeoutMs: number): Promise<void> {
  const activity: Partial<Activity> = turn.activity ?? {};
  failuresOf(ctx.log).log(err, { channel: activity.channelId, type: activity.type }, 'bot framework turn failed', failureStatus(err).status === 500 ? 'error' : 'warn');
  const conversationId = conversationKey(activity.channelId ?? '', activity.conversation?.id ?? '');
  const sorry = turnFailedReply(ctx.runtime.bot, conversationId, activity.locale).text;
  await sendWithin(turn, [{ type: 'message', text: sorry, inputHint: 'acceptingInput' }], timeoutMs).catch(() => undefined);
}
