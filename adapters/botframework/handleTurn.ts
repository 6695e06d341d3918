// One Bot Framework turn. `message` -> runtime.message (text and button payload, the sender as the
// customer); `conversationUpdate` with members added -> runtime.start, once per conversation; any
// other activity type is ignored. Then a typing indicator, the replies, and, when the turn handed
// the conversation over, botbuilder's handoff initiation event carrying the packet.
import { ActivityTypes, TurnContext, type Activity } from 'botbuilder';
import type { TurnOutcome } from '../../src/runtime/createRuntime';
import type { ServerContext } from '../../src/server/serverContext';
import type { ConversationMemory } from './conversationMemory';
import { conversationKey } from './conversationKey';
import { customerOf } from './customerOf';
import { handoffEvent } from './handoffEvent';
import { messageInput } from './messageInput';
import { renderReplies } from './renderReplies';
import type { StartOnce } from './startOnce';

export interface TurnDeps {
  readonly ctx: ServerContext;
  readonly memory: ConversationMemory;
  readonly startOnce: StartOnce;
}

export async function handleTurn(deps: TurnDeps, context: TurnContext): Promise<void> {
  const activity = context.activity;
  const conversationId = conversationKey(activity.channelId, activity.conversation.id);
  const outcome = await runTurn(deps, activity, conversationId);
  if (!outcome) return;
  deps.memory.remember(conversationId, TurnContext.getConversationReference(activity), outcome.replies);
  const target = { channelId: activity.channelId, conversationType: activity.conversation.conversationType };
  const outgoing: Partial<Activity>[] = [
    ...(outcome.replies.length > 0 ? [{ type: ActivityTypes.Typing }] : []),
    ...renderReplies(outcome.replies, target),
    ...(outcome.handoff ? [handoffEvent(context, outcome.handoff.packet)] : []),
  ];
  if (outgoing.length > 0) await context.sendActivities(outgoing);
}

function runTurn(deps: TurnDeps, activity: Activity, conversationId: string): Promise<TurnOutcome | undefined> {
  const customer = customerOf(activity);
  if (activity.type === ActivityTypes.Message) {
    const offered = deps.memory.get(conversationId)?.offered ?? [];
    return deps.ctx.runtime.message(conversationId, { ...messageInput(activity, offered, deps.ctx.limits.maxMessageChars), customer });
  }
  if (activity.type === ActivityTypes.ConversationUpdate && (activity.membersAdded?.length ?? 0) > 0) {
    return deps.startOnce(conversationId, customer);
  }
  return Promise.resolve(undefined);
}
