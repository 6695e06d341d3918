// What an agent says to the customer, and their typing, as replies the channels show under the
// agent's own name rather than the bot's.
import type { AttachmentRef } from '../engine/attachmentRef';
import type { Reply, ReplySender } from '../runtime/createRuntime';
import type { Agent } from './agentDirectory';

export const agentSender = (agent: Pick<Agent, 'id' | 'name'>): ReplySender => ({ kind: 'agent', id: agent.id, name: agent.name });

export const agentReply = (agent: Pick<Agent, 'id' | 'name'>, text: string, attachments: readonly AttachmentRef[] = []): Reply => ({ text, ...(attachments.length ? { attachments } : {}), from: agentSender(agent) });

export const agentTyping = (agent: Pick<Agent, 'id' | 'name'>): Reply => ({ text: '', typing: true, from: agentSender(agent) });

