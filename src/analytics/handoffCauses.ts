// What led to each handoff: the intent the bot last recognised in that conversation before it, and
// the flow state the conversation was in. Tells a bot author which intents and steps send customers
// to people.
import type { ConversationEvents } from './groupConversations';
import { countBy } from './countBy';

/** Shown when the conversation had no recognised intent, or no running flow, before its handoff. */
export const NO_INTENT = '(none)';
export const NO_FLOW = '(no flow)';

export interface HandoffCauses {
  readonly byIntent: Readonly<Record<string, number>>;
  /** Keyed `flow.state`. */
  readonly byState: Readonly<Record<string, number>>;
}

export function handoffCauses(conversations: readonly ConversationEvents[]): HandoffCauses {
  const intents: string[] = [];
  const states: string[] = [];
  for (const { events } of conversations) {
    let intent: string | undefined;
    let state: string | undefined;
    for (const event of events) {
      if (event.type === 'turn') {
        if (event.understood && event.intent !== undefined) intent = event.intent;
        if (event.flow !== undefined) state = `${event.flow}.${event.state ?? ''}`;
      }
      if (event.type === 'handoff') {
        intents.push(intent ?? NO_INTENT);
        states.push(state ?? NO_FLOW);
      }
    }
  }
  return { byIntent: countBy(intents), byState: countBy(states) };
}
