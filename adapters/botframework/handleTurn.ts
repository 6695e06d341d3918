// One Bot Framework turn, whichever SDK runs it. `message` -> runtime.message (text and button
// payload, the sender as the customer); `conversationUpdate` with members added -> runtime.start,
// once per conversation; `endOfConversation` -> runtime.leave; any other activity type is ignored. Then a typing indicator, the replies,
// and, when the turn handed the conversation over, the handoff initiation event carrying the packet.
// The turn is stored before they are sent: replies the channel refuses or is too slow to take are logged.
import type { Activity } from 'botbuilder';
import type { TurnOutcome } from '../../src/runtime/createRuntime';
import type { ServerContext } from '../../src/server/serverContext';
import type { ChannelTurn } from './channelTurn';
import { sendWithin } from './connectorTimeout';
import type { ConversationMemory } from './conversationMemory';
import { conversationKey } from './conversationKey';
import { conversationReferenceOf } from './conversationReference';
import { customerOf } from './customerOf';
import { handoffEvent } from './handoffEvent';
import { messageInput } from './messageInput';
import { renderReplies } from './renderReplies';
import type { StartOnce } from './startOnce';

export interface TurnDeps {
  readonly ctx: ServerContext;
  readonly memory: ConversationMemory;
  readonly startOnce: StartOnce;
  /** How long the turn waits for the channel to take its replies. */
  readonly timeoutMs: number;
}

export async function handleTurn(deps: TurnDeps, turn: ChannelTurn): Promise<void> {
  const activity = turn.activity;
  const conversationId = conversationKey(activity.channelId, activity.conversation.id);
  const outcome = await runTurn(deps, activity, conversationId);
  if (!outcome) return;
  deps.memory.remember(conversationId, conversationReferenceOf(activity), outcome.replies);
  const target = { channelId: activity.channelId, conversationType: activity.conversation.conversationType };
  const outgoing: Partial<Activity>[] = [
    ...(outcome.replies.length > 0 ? [{ type: 'typing' }] : []),
    ...renderReplies(outcome.replies, target),
    ...(outcome.handoff ? [handoffEvent(activity, outcome.handoff.packet)] : []),
  ];
  if (outgoing.length > 0) await sendReplies(deps, turn, outgoing, conversationId);
}

/** Not an apology when sending fails: it would go the same way as the replies did. */
async function sendReplies(deps: TurnDeps, turn: ChannelTurn, outgoing: Partial<Activity>[], conversationId: string): Promise<void> {
  const where = { conversationId, channel: turn.activity.channelId, serviceUrl: turn.activity.serviceUrl };
  try {
    if ((await sendWithin(turn, outgoing, deps.timeoutMs)) === 'late') deps.ctx.log.warn({ ...where, timeoutMs: deps.timeoutMs }, 'bot framework replies not taken in time');
  } catch (err) {
    deps.ctx.log.warn({ ...where, err }, 'bot framework replies not delivered');
  }
}

function runTurn(deps: TurnDeps, activity: Activity, conversationId: string): Promise<TurnOutcome | undefined> {
  const customer = customerOf(activity);
  if (activity.type === 'message') {
    const offered = deps.memory.get(conversationId)?.offered ?? [];
    return deps.ctx.runtime.message(conversationId, { ...messageInput(activity, offered, deps.ctx.limits.maxMessageChars), customer });
  }
  if (activity.type === 'conversationUpdate' && (activity.membersAdded?.length ?? 0) > 0) {
    return deps.startOnce(conversationId, customer);
  }
  if (activity.type === 'endOfConversation') return deps.ctx.runtime.leave(conversationId);
  return Promise.resolve(undefined);
}
