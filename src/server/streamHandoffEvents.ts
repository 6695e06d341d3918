// Server-sent events for an agent's console: every change to handoffs in the agent's queues, live.
// At each heartbeat the session is checked again: a stream whose session ended (signed out on
// another process, expired, account removed) is closed.
import type { Request, Response } from 'restify';
import type { Agent } from '../handoff/agentDirectory';
import type { AgentPresence } from '../handoff/agentPresence';
import type { HandoffRecord } from '../handoff/handoffRecord';
import type { HandoffService } from '../handoff/handoffService';
import type { Clock } from '../runtime/clock';

const HEARTBEAT_MS = 25_000;

/** `sees`: whether the agent may see a handoff of their queues (e.g. one in a language they do not speak where its queue needs it: no). */
export async function streamHandoffEvents(req: Request, res: Response, agent: Agent, service: HandoffService, presence: AgentPresence, clock: Clock, stillSignedIn: () => Promise<boolean>, sees: (handoff: HandoffRecord) => boolean = () => true): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive', 'x-accel-buffering': 'no' });
  res.write(': connected\n\n');
  const stop = service.onEventAnywhere((event) => {
    const { handoff } = event;
    if (res.writableEnded) return;
    if (!agent.queues.includes(handoff.queue) && handoff.agentId !== agent.id) return;
    if (!sees(handoff)) return;
    if (event.message?.from === 'note' && handoff.agentId !== agent.id && event.message.agentId !== agent.id) return;
    res.write(`event: ${event.name}\ndata: ${JSON.stringify({ id: handoff.id, conversationId: handoff.conversationId, status: handoff.status, queue: handoff.queue, agentId: handoff.agentId, message: event.message })}\n\n`);
  });
  const heartbeat = setInterval(() => {
    stillSignedIn().then((ok) => {
      if (res.writableEnded) return;
      if (!ok) return void res.end();
      void presence.seen(agent, clock.now()).catch(() => undefined);
      res.write(': heartbeat\n\n');
    }, () => undefined);
  }, HEARTBEAT_MS);
  await new Promise<void>((resolve) => {
    req.on('close', () => resolve());
    res.on('close', () => resolve());
  });
  clearInterval(heartbeat);
  stop();
}
