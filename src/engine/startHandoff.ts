// Hands the conversation to a human: to the queue when it is open and staffed, otherwise through the bot's
// offline flow (e.g. leave a message), after which the packet is kept as a ticket.
import { botLanguage } from '../language/botLanguage';
import type { CompiledQueue, HandoffTarget } from '../config/compiledBot';
import { buildHandoffPacket } from '../handoff/buildHandoffPacket';
import { isOpen, nextOpening } from '../handoff/openingHours';
import { openingPhrase } from '../handoff/openingPhrase';
import { startFlow } from './advance';
import { findsAPerson } from '../handoff/conversationGoal';
import type { FlowPosition, Frame } from './conversationState';
import type { Turn } from './turn';

/** `leftBy`: the offline flow whose answers (the customer's message, how to reply) the ticket carries. */
export function startHandoff(turn: Turn, target: HandoffTarget, resume?: FlowPosition, options: { ticket?: boolean; where?: FlowPosition; leftBy?: string } = {}): void {
  const { bot } = turn;
  const queue = bot.handoff.queues[target.queue];
  const open = queue ? isOpen(queue.hours, new Date(turn.at)) && turn.staffed[target.queue] !== false : false;
  if (!open && !options.ticket && bot.handoff.offline && bot.flows[bot.handoff.offline]) {
    const frame = servedFrame(turn);
    if (queue) sayWhyNobody(turn, queue);
    turn.state.offline = { target, resume, where: frame ? { flow: frame.flow, state: frame.state } : undefined };
    turn.state.stack = [];
    turn.setPrompt(undefined);
    startFlow(turn, bot.handoff.offline);
    return;
  }
  if (!open && !options.ticket) {
    // No offline flow to ask how to reply: the customer still hears why nobody answers, and that
    // the request is kept for the team.
    if (queue) sayWhyNobody(turn, queue);
    turn.message('ticketKept');
  }
  const frame = servedFrame(turn);
  const where = frame ? { flow: frame.flow, state: frame.state } : options.where;
  const left = options.leftBy !== undefined ? turn.state.flowSlots[options.leftBy] : undefined;
  // Written for the team, in the bot's main language: agents and reports read one language whatever the customer's.
  const packet = buildHandoffPacket(turn.team, turn.state, target, turn.at, { where, resume, ...(left ? { extra: left } : {}) });
  turn.effects.push({ type: 'handoff', packet, mode: options.ticket || !open ? 'ticket' : 'queue' });
  turn.event('handoff', { queue: target.queue, reason: target.reason, mode: options.ticket || !open ? 'ticket' : 'queue' });
  turn.state.stack = [];
  turn.setPrompt(undefined);
  if (options.ticket || !open) return;
  turn.state.status = 'handoff';
  turn.state.handoff = { queue: target.queue, reason: target.reason, at: turn.at, resume };
}

/** Out of hours, when the queue opens again; in hours, that nobody is online. */
function sayWhyNobody(turn: Turn, queue: CompiledQueue): void {
  const now = new Date(turn.at);
  if (isOpen(queue.hours, now)) {
    turn.message('nobodyFree');
    return;
  }
  const opens = nextOpening(queue.hours, now);
  if (opens) turn.message('closedNow', { values: { opens: openingPhrase(opens, now, turn.bot.timezone, botLanguage(turn.bot)) } });
  else turn.message('nobodyFree');
}

/** The flow the handoff serves: the active one, unless it only finds a person; then the one it interrupted. */
function servedFrame(turn: Turn): Frame | undefined {
  const stack = turn.state.stack;
  for (let i = stack.length - 1; i >= 0; i--) if (!findsAPerson(turn.bot, stack[i]!.flow)) return stack[i];
  return undefined;
}
