// What the customer wrote while they waited that no person answered: their messages after the last
// agent reply (all of them if no agent replied). Shown at hand-back, so the bot can take up the last.
import type { HandoffRecord } from './handoffRecord';

export function unansweredMessages(record: Pick<HandoffRecord, 'messages'>): string[] {
  const lastReply = record.messages.map((m) => m.from).lastIndexOf('agent');
  return record.messages.slice(lastReply + 1).filter((m) => m.from === 'customer').map((m) => m.text);
}
