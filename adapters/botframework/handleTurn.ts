// One Bot Framework turn, whichever SDK runs it. `message` -> runtime.message (text and button
// payload, the sender as the customer); `conversationUpdate` with members added -> runtime.start,
// once per conversation; `endOfConversation` -> runtime.leave; any other activity type is ignored.
// The activity's `locale` goes with messages and the start as the channel's hint of the customer's
// language, and the replies of a conversation with a language carry it as their `locale` (replyLocale).
// A message's files (customerFiles) are fetched and stored first and go with it; the customer is told
// about any that could not be taken, before the bot's answer. Then a typing indicator, the replies,
// and, when the turn handed the conversation over, the handoff initiation event carrying the packet.
// The turn is stored before they are sent: replies the channel refuses or is too slow to take are logged.
import type { Activity } from 'botbuilder';
import type { Reply, TurnOutcome } from '../../src/runtime/createRuntime';
import type { ServerContext } from '../../src/server/serverContext';
import type { ChannelTurn } from './channelTurn';
import { sendWithin } from './connectorTimeout';
import type { ConversationMemory } from './conversationMemory';
import { conversationKey } from './conversationKey';
import { conversationReferenceOf } from './conversationReference';
import { customerFiles } from './customerFiles';
import { customerOf } from './customerOf';
import { handoffEvent } from './handoffEvent';
import { messageInput } from './messageInput';
import { renderReplies } from './renderReplies';
import { localeHint, replyLocale } from '../replyLocale';
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
  const notices: Reply[] = [];
  const outcome = await runTurn(deps, turn, conversationId, notices);
  if (!outcome && notices.length === 0) return;
  if (outcome) deps.memory.remember(conversationId, conversationReferenceOf(activity), outcome.replies);
  const replies = [...notices, ...(outcome?.replies ?? [])];
  const target = { channelId: activity.channelId, conversationType: activity.conversation.conversationType };
  const locale = replyLocale(outcome?.state.language, localeHint(activity.locale));
  const outgoing: Partial<Activity>[] = [
    ...(replies.length > 0 ? [{ type: 'typing' }] : []),
    ...renderReplies(replies, target).map((reply) => (locale !== undefined && reply.type === 'message' ? { ...reply, locale } : reply)),
    ...(outcome?.handoff ? [handoffEvent(activity, outcome.handoff.packet)] : []),
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

/** `notices`: gets what the customer is told about files that could not be taken. */
async function runTurn(deps: TurnDeps, turn: ChannelTurn, conversationId: string, notices: Reply[]): Promise<TurnOutcome | undefined> {
  const activity = turn.activity;
  const customer = customerOf(activity);
  const locale = localeHint(activity.locale);
  const hint = locale !== undefined ? { locale } : undefined;
  if (activity.type === 'message') {
    const offered = deps.memory.get(conversationId)?.offered ?? [];
    const input = messageInput(activity, offered, deps.ctx.limits.maxMessageChars);
    const files = await customerFiles(deps.ctx, activity, conversationId, new Date(), turn.connectorAuthorization);
    notices.push(...files.problems.map((text) => ({ text })));
    // A message that was only files, none of them taken, has nothing left for the bot.
    if (files.problems.length > 0 && files.refs.length === 0 && input.text.trim() === '' && input.payload === undefined) return undefined;
    return deps.ctx.runtime.message(conversationId, { ...input, ...(files.refs.length > 0 ? { attachments: files.refs } : {}), customer, ...hint });
  }
  if (activity.type === 'conversationUpdate' && (activity.membersAdded?.length ?? 0) > 0) {
    return deps.startOnce(conversationId, customer, hint);
  }
  if (activity.type === 'endOfConversation') return deps.ctx.runtime.leave(conversationId);
  return Promise.resolve(undefined);
}
