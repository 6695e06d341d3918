// Tells the customer when a person joins and leaves: "Ann Lee from Acme Support joined the
// conversation." when an agent claims it (or it is transferred to them), "Ann Lee has left the
// conversation." when they resolve it, give it back to the bot or transfer it away. Each is delivered in its place
// among the conversation's messages: before the agent's first reply, before the bot's first words; in
// the conversation's language.
import type { CompiledBot, MessageKey } from '../config/compiledBot';
import { botLanguage } from '../language/botLanguage';
import type { Reply } from '../runtime/createRuntime';
import type { OrderedDeliver } from '../server/deliverInOrder';
import type { AgentDirectory } from './agentDirectory';
import type { HandoffEvent, HandoffService } from './handoffService';
import type { HandoffRecord } from './handoffRecord';
import { inHandoffLanguage } from './agentLanguages';
import { builtinText } from './builtinText';

const SAID: Partial<Record<HandoffEvent['name'], MessageKey>> = {
  'handoff.claimed': 'agentJoined',
  'handoff.resolved': 'agentLeft',
  'handoff.returned': 'agentLeft',
};

export function announceAgents(service: HandoffService, accounts: Pick<AgentDirectory, 'get'>, bot: () => CompiledBot, deliver: OrderedDeliver): () => void {
  const say = (handoff: HandoffRecord, key: MessageKey, agentId: string): void => {
    const { conversationId } = handoff;
    // The place in line is taken now, while the event is being published; the name is looked up after.
    void deliver.later(conversationId, async (): Promise<Reply[]> => {
      const agent = await accounts.get(agentId);
      const current = inHandoffLanguage(bot(), handoff);
      return [{ text: builtinText(current, key, conversationId, { agent: agent?.name ?? botLanguage(current).phrases.theAgent, bot: current.name }) }];
    }).catch(() => undefined);
  };
  return service.onEvent((event) => {
    const { agentId } = event.handoff;
    if (event.name === 'handoff.transferred') {
      // To another queue or agent: the one who held it leaves, the one who takes it joins.
      if (event.fromAgentId && event.fromAgentId !== agentId) say(event.handoff, 'agentLeft', event.fromAgentId);
      if (agentId && event.handoff.status === 'assigned' && event.fromAgentId !== agentId) say(event.handoff, 'agentJoined', agentId);
      return;
    }
    const key = SAID[event.name];
    if (key && agentId) say(event.handoff, key, agentId);
  });
}
