// The agent API for tickets, under /api/agent/tickets: list the tickets of the agent's queues
// (newest or oldest first, open or closed), read, claim, answer (by email) and close one. Another
// queue's ticket is refused with 403; without mail settings answers are refused with 409 no_mail.
// Claim, answer and close take an Idempotency-Key (idempotentWrite): a retried answer is emailed once.
import type { Request, Response, Server } from 'restify';
import type { Agent, AgentDirectory } from '../handoff/agentDirectory';
import type { AgentPresence } from '../handoff/agentPresence';
import type { TicketRefusal, TicketResult, TicketService } from '../handoff/ticketService';
import type { Clock } from '../runtime/clock';
import { route } from './createServer';
import { idempotentWrite } from './idempotentWrite';
import { sendError } from './sendError';
import { canTake, languageRefusal } from '../handoff/agentLanguages';
import type { ChannelAdapter, ServerContext } from './serverContext';
import { signedInAgent } from './signedInAgent';
import { ticketView } from './ticketView';

export interface TicketApiDeps {
  readonly tickets: TicketService;
  readonly accounts: AgentDirectory;
  readonly presence: AgentPresence;
  readonly clock: Clock;
}

const REFUSALS: Readonly<Record<TicketRefusal, [number, string]>> = {
  missing: [404, 'No such ticket.'],
  other_queue: [403, 'This ticket is in a queue you do not serve.'],
  not_yours: [403, 'Another agent holds this ticket.'],
  taken: [409, 'Another agent took it.'],
  closed: [409, 'The ticket is closed.'],
  no_mail: [409, 'Replies cannot be emailed: this server has no mail settings (SMTP_URL, BATON_MAIL_FROM).'],
  no_contact: [409, 'The customer left no email address to reply to.'],
};

export function ticketApi(deps: TicketApiDeps): ChannelAdapter {
  const { tickets, accounts, presence, clock } = deps;
  const authed = (ctx: ServerContext, handler: (req: Request, res: Response, agent: Agent) => Promise<void>) => route(ctx, async (req, res) => {
    const signedIn = await signedInAgent(req, res, accounts, clock.now());
    if (!signedIn) return;
    await presence.seen(signedIn.agent, clock.now());
    return handler(req, res, signedIn.agent);
  });
  const once = (ctx: ServerContext, handler: (req: Request, res: Response, agent: Agent) => Promise<void>) => {
    const keyed = idempotentWrite(tickets.store, clock, (req, res, agent) => handler(req, res, agent));
    return (req: Request, res: Response, agent: Agent): Promise<void> => keyed(req, res, agent, ctx, '');
  };
  const answer = (ctx: ServerContext, res: Response, result: TicketResult): void => {
    if (result.ok) return void res.send(200, ticketView(ctx.runtime.bot, result.ticket));
    const [status, message] = REFUSALS[result.reason];
    sendError(res, status, result.reason, message);
  };

  return {
    name: 'ticket-api',
    register(server: Server, ctx: ServerContext): void {
      server.get('/api/agent/tickets', authed(ctx, async (req, res, agent) => {
        const { order = 'newest', status = 'open' } = (req.query ?? {}) as { order?: unknown; status?: unknown };
        if (order !== 'newest' && order !== 'oldest') return sendError(res, 400, 'bad_request', '"order" must be newest or oldest.');
        if (status !== 'open' && status !== 'closed') return sendError(res, 400, 'bad_request', '"status" must be open or closed.');
        const found = await tickets.list(agent, { open: status === 'open', newestFirst: order === 'newest' });
        // A ticket in a language its queue needs goes to the agents who speak it (and stays listed to whoever holds it).
        const theirs = found.filter((t) => t.agentId === agent.id || canTake(agent, ctx.runtime.bot, t));
        res.send(200, { mail: tickets.mailer !== undefined, tickets: theirs.map((t) => ticketView(ctx.runtime.bot, t)) });
      }));
      server.get('/api/agent/tickets/:id', authed(ctx, async (req, res, agent) => answer(ctx, res, await tickets.get(String(req.params.id), agent))));
      server.post('/api/agent/tickets/:id/claim', authed(ctx, once(ctx, async (req, res, agent) => {
        const wanted = await tickets.store.get(String(req.params.id));
        const refusal = wanted && wanted.status === 'ticket' && agent.queues.includes(wanted.queue) ? languageRefusal(agent, ctx.runtime.bot, wanted) : undefined;
        if (refusal) return sendError(res, 409, 'language', refusal);
        answer(ctx, res, await tickets.claim(String(req.params.id), agent));
      })));
      server.post('/api/agent/tickets/:id/close', authed(ctx, once(ctx, async (req, res, agent) => answer(ctx, res, await tickets.close(String(req.params.id), agent)))));
      server.post('/api/agent/tickets/:id/answer', authed(ctx, once(ctx, async (req, res, agent) => {
        const text = (req.body as { text?: unknown } | undefined)?.text;
        if (typeof text !== 'string' || text.trim() === '' || text.length > ctx.limits.maxMessageChars) {
          return sendError(res, 400, 'bad_request', `"text" must be 1 to ${ctx.limits.maxMessageChars} characters.`);
        }
        const result = await tickets.answer(String(req.params.id), agent, text);
        if (result.ok || result.reason !== 'mail_failed') return answer(ctx, res, result);
        ctx.log.warn({ ticket: result.ticket.id, error: result.error }, 'ticket answer not emailed');
        res.send(502, { error: { code: 'mail_failed', message: `The email could not be sent: ${result.error}` }, ticket: ticketView(ctx.runtime.bot, result.ticket) });
      })));
    },
  };
}
