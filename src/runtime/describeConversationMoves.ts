// One sentence for what a bot would change in stored conversations, for `baton validate --against`
// and the start-up log: "3 of 120 stored conversations would move: 2 in refund.ask_reason (state
// removed → refund.start), 1 in old_flow.ask (flow removed → no flow); 4 lose slot `colour`".
import type { ConversationMoves, StateMoveCount } from './conversationMoves';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function where(move: StateMoveCount): string {
  switch (move.reason) {
    case 'flow_removed':
      return 'flow removed → no flow';
    case 'state_removed':
      return `state removed → ${move.to}`;
    case 'wait_changed':
      return `no longer waits for that answer → asked again in ${move.to}`;
  }
}

/** Lists at most `top` places and slots (default all), then how many more. */
export function describeConversationMoves(found: ConversationMoves, top = Infinity): string {
  const list = <T>(items: readonly T[], show: (item: T) => string): string => {
    const shown = items.slice(0, top).map(show);
    return items.length > shown.length ? `${shown.join(', ')} and ${items.length - shown.length} more` : shown.join(', ');
  };
  const stored = `${plural(found.conversations, 'stored conversation', 'stored conversations')}${found.complete ? '' : ' read so far'}`;
  const parts = [found.moving > 0
    ? `${found.moving} of ${stored} would move: ${list(found.moves, (m) => `${m.conversations} in ${m.from} (${where(m)})`)}`
    : found.conversations === 0 ? `no stored conversations${found.complete ? '' : ' read so far'}` : `none of the ${stored} would move`];
  if (found.slotsLost.length > 0) parts.push(list(found.slotsLost, (s) => `${s.conversations} ${s.conversations === 1 ? 'loses' : 'lose'} slot \`${s.slot}\``));
  if (found.unreadable > 0) parts.push(`${plural(found.unreadable, 'is', 'are')} stored in a format this release cannot read and restart${found.unreadable === 1 ? 's' : ''}`);
  const text = parts.join('; ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}`;
}
