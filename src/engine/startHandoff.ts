// Hands the conversation to a human: to the queue when it is open and staffed, otherwise through the bot's
// offline flow (e.g. leave a message), after which the packet is kept as a ticket.
import type { HandoffTarget } from '../config/compiledBot';
import { buildHandoffPacket } from '../handoff/buildHandoffPacket';
import { isOpen } from '../handoff/openingHours';
import { startFlow } from './advance';
import type { FlowPosition } from './conversationState';
import type { Turn } from './turn';

/** `leftBy`: the offline flow whose answers (the customer's message, how to reply) the ticket carries. */
export function startHandoff(turn: Turn, target: HandoffTarget, resume?: FlowPosition, options: { ticket?: boolean; where?: FlowPosition; leftBy?: string } = {}): void {
  const { bot } = turn;
  const queue = bot.handoff.queues[target.queue];
  const open = queue ? isOpen(queue.hours, new Date(turn.at)) && turn.staffed[target.queue] !== false : false;
  if (!open && !options.ticket && bot.handoff.offline && bot.flows[bot.handoff.offline]) {
    const frame = turn.frame;
    turn.state.offline = { target, resume, where: frame ? { flow: frame.flow, state: frame.state } : undefined };
    turn.state.stack = [];
    turn.setPrompt(undefined);
    startFlow(turn, bot.handoff.offline);
    return;
  }
  const frame = turn.frame;
  const where = frame ? { flow: frame.flow, state: frame.state } : options.where;
  const left = options.leftBy !== undefined ? turn.state.flowSlots[options.leftBy] : undefined;
  const packet = buildHandoffPacket(bot, turn.state, target, turn.at, where, left);
  turn.effects.push({ type: 'handoff', packet, mode: options.ticket || !open ? 'ticket' : 'queue' });
  turn.event('handoff', { queue: target.queue, reason: target.reason, mode: options.ticket || !open ? 'ticket' : 'queue' });
  turn.state.stack = [];
  turn.setPrompt(undefined);
  if (options.ticket || !open) return;
  turn.state.status = 'handoff';
  turn.state.handoff = { queue: target.queue, reason: target.reason, at: turn.at, resume };
}
