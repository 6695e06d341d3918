// The agent API under /api/agent/: sign-in, the queue, claim, reply (with files uploaded first to
// /attachments), note, transfer, resolve and hand back, and a server-sent event stream for live consoles. Every call needs a session or API token;
// failed sign-ins are throttled per agent id and per client address (429 with Retry-After), never
// locking out the right password from an address that has not failed (see loginThrottle). Writes
// take an Idempotency-Key (idempotentWrite); those that reach the customer are stored first, then
// delivered live within `limits.liveDeliveryMs`, answering `delivered` and, when false, a `reason`.
import type { Request, Response, Server } from 'restify';
import type { SlotValue } from '../engine/slotValue';
import type { Agent, AgentDirectory } from '../handoff/agentDirectory';
import type { AgentPresence } from '../handoff/agentPresence';
import { agentReply } from '../handoff/agentReply';
import { canTake, languageRefusal } from '../handoff/agentLanguages';
import type { HandoffRecord } from '../handoff/handoffRecord';
import type { HandoffService } from '../handoff/handoffService';
import type { Clock } from '../runtime/clock';
import type { Reply } from '../runtime/createRuntime';
import { clientAddress } from './clientAddress';
import { hasOwnEntry } from '../config/ownEntry';
import { route } from './createServer';
import { createLoginThrottle, type LoginThrottle } from './loginThrottle';
import { sendError } from './sendError';
import { signedInAgent } from './signedInAgent';
import type { ChannelAdapter, ServerContext } from './serverContext';
import { deliverWithin, type LiveDelivery } from './deliverWithin';
import { idempotentWrite } from './idempotentWrite';
import { createSessionStreams } from './sessionStreams';
import { streamHandoffEvents } from './streamHandoffEvents';
import { unansweredMessages } from '../handoff/unansweredMessages';
import { handBackSlotsProblem } from './handBackSlots';
import { queueEntry } from './queueEntry';
import { entryFileUrls, handoffFileUrls } from './handoffFileUrls';
import { agentReplyFiles, receiveAgentFiles } from './agentFiles';

export interface AgentApiDeps {
  readonly service: HandoffService;
  readonly accounts: AgentDirectory;
  readonly presence: AgentPresence;
  readonly clock: Clock;
  /** Delivers messages to the customer on whatever channel they use; false when no channel holds the conversation. */
  readonly deliver: (conversationId: string, replies: readonly Reply[]) => Promise<boolean>;
  /** Why files cannot reach the conversation's customer (their channel's words), or undefined when they can. */
  readonly refusesFiles?: (conversationId: string, ctx: ServerContext) => string | undefined;
}

type Handler = (req: Request, res: Response, agent: Agent, ctx: ServerContext, token: string) => Promise<void>;

export function agentApi(deps: AgentApiDeps): ChannelAdapter {
  const { service, accounts, presence, clock } = deps;
  const streams = createSessionStreams();
  const authed = (ctx: ServerContext, handler: Handler, fromQuery = false) => route(ctx, async (req, res) => {
    const signedIn = await signedInAgent(req, res, accounts, clock.now(), { fromQuery });
    if (!signedIn) return;
    await presence.seen(signedIn.agent, clock.now());
    return handler(req, res, signedIn.agent, ctx, signedIn.token);
  });
  const signIn = (ctx: ServerContext, throttle: LoginThrottle) => route(ctx, async (req, res) => {
    const { agentId, password } = (req.body ?? {}) as { agentId?: unknown; password?: unknown };
    const id = typeof agentId === 'string' ? agentId : '';
    const address = clientAddress(req, ctx.limits.trustProxy);
    const allowed = await throttle.check(id, address);
    if (!allowed.ok) {
      ctx.log.warn({ address }, 'agent sign-in throttled');
      return sendError(res, 429, 'too_many_sign_ins', `Too many failed sign-ins: try again in ${allowed.retryAfterSeconds} seconds.`, { 'Retry-After': String(allowed.retryAfterSeconds) });
    }
    const token = id !== '' && typeof password === 'string' ? await accounts.signIn(id, password, clock.now()) : undefined;
    if (!token) {
      await throttle.failed(id, address);
      // An id that names no agent may be a password typed in the wrong field: it is not logged.
      ctx.log.info({ agentId: (await accounts.get(id)) ? id : '(unknown)', address }, 'agent sign-in refused');
      return sendError(res, 401, 'unauthorized', 'Wrong agent id or password.');
    }
    await throttle.succeeded(id, address);
    const agent = (await accounts.get(id))!;
    await presence.seen(agent, clock.now());
    res.send(200, { token, agent });
  });
  const held = async (req: Request, res: Response, agent: Agent, mustHold: boolean): Promise<HandoffRecord | undefined> => {
    const handoff = await service.store.get(String(req.params.id));
    if (!handoff || (!agent.queues.includes(handoff.queue) && handoff.agentId !== agent.id)) {
      sendError(res, 404, 'not_found', 'No such handoff in your queues.');
      return undefined;
    }
    if (mustHold && (handoff.status !== 'assigned' || handoff.agentId !== agent.id)) {
      sendError(res, handoff.status === 'assigned' || handoff.status === 'waiting' ? 403 : 409, handoff.status === 'assigned' || handoff.status === 'waiting' ? 'not_yours' : 'closed', 'You do not hold this conversation.');
      return undefined;
    }
    return handoff;
  };
  const once = (handler: Handler): Handler => idempotentWrite(service.store, clock, handler);
  const live = (ctx: ServerContext, conversationId: string, replies: readonly Reply[]): Promise<LiveDelivery> => deliverWithin(deps.deliver, conversationId, replies, ctx.limits.liveDeliveryMs);
  /**
   * Gives the conversation back to the bot (the handoff is already closed), lets it answer `lastQuestion`
   * (what the customer asked while they waited, as if just asked), and tells the customer; never throws.
   */
  const backToBot = async (ctx: ServerContext, conversationId: string, options: Parameters<ServerContext['runtime']['handBack']>[1], lastQuestion?: string): Promise<{ replies: readonly Reply[]; delivery: LiveDelivery }> => {
    try {
      const back = await ctx.runtime.handBack(conversationId, options);
      const answered = lastQuestion !== undefined ? await ctx.runtime.message(conversationId, { text: lastQuestion, replayed: true }) : undefined;
      const replies = [...back.replies, ...(answered?.replies ?? [])];
      return { replies, delivery: await live(ctx, conversationId, replies) };
    } catch (err) {
      ctx.log.warn({ err, conversationId }, 'hand-back turn failed');
      return { replies: [], delivery: { delivered: false, reason: 'The handoff is closed, but the bot could not take the conversation back yet.' } };
    }
  };
  const text = (req: Request, res: Response, ctx: ServerContext): string | undefined => {
    const value = (req.body as { text?: unknown } | undefined)?.text;
    if (typeof value !== 'string' || value.trim() === '' || value.length > ctx.limits.maxMessageChars) {
      sendError(res, 400, 'bad_request', `"text" must be 1 to ${ctx.limits.maxMessageChars} characters.`);
      return undefined;
    }
    return value;
  };

  return {
    name: 'agent-api',
    register(server: Server, ctx: ServerContext): void {
      const { signInFailuresPerAgent: perAgent, signInFailuresPerAddress: perAddress, signInWindowMs: windowMs } = ctx.limits;
      server.post('/api/agent/login', signIn(ctx, createLoginThrottle(ctx.rateLimiters, { perAgent, perAddress, windowMs })));
      server.post('/api/agent/logout', authed(ctx, async (_req, res, agent, _ctx, token) => {
        await accounts.signOut(token);
        streams.endAll(token);
        await presence.gone(agent.id);
        res.send(200, { ok: true });
      }));
      server.get('/api/agent/queue', authed(ctx, async (_req, res, agent) => {
        const open = await service.store.list({ statuses: ['waiting', 'assigned'], queues: agent.queues });
        const now = clock.now();
        // Only conversations the agent can take: a queue that needs the customer's language lists them to its speakers.
        const bot = ctx.runtime.bot;
        const theirs = open.filter((h) => h.agentId === agent.id || canTake(agent, bot, h));
        res.send(200, { agent, handoffs: theirs.map((h) => queueEntry(h, now)) });
      }));
      server.get('/api/agent/events', authed(ctx, async (req, res, agent, _ctx, token) => {
        const forget = streams.add(token, res);
        const stillSignedIn = async (): Promise<boolean> => (await accounts.authenticate(token, clock.now()))?.id === agent.id;
        const sees = (handoff: HandoffRecord): boolean => handoff.agentId === agent.id || canTake(agent, ctx.runtime.bot, handoff);
        await streamHandoffEvents(req, res, agent, service, presence, clock, stillSignedIn, sees).finally(forget);
      }, true));
      server.get('/api/agent/handoffs/:id', authed(ctx, async (req, res, agent) => {
        const handoff = await held(req, res, agent, false);
        if (handoff) res.send(200, { ...(await handoffFileUrls(handoff, ctx.files?.urls)), unanswered: unansweredMessages(handoff) });
      }));
      server.post('/api/agent/handoffs/:id/claim', authed(ctx, once(async (req, res, agent) => {
        const wanted = await service.store.get(String(req.params.id));
        const refusal = wanted && wanted.status === 'waiting' && agent.queues.includes(wanted.queue) ? languageRefusal(agent, ctx.runtime.bot, wanted) : undefined;
        if (refusal) return sendError(res, 409, 'language', refusal);
        const result = await service.claim(String(req.params.id), agent.id, agent.capacity);
        if (result.ok) return void res.send(200, result.handoff);
        const status = result.reason === 'missing' ? 404 : 409;
        sendError(res, status, result.reason === 'missing' ? 'not_found' : result.reason, {
          missing: 'No such handoff.', taken: 'Another agent took it.', closed: 'It is already closed.', capacity: `You hold ${agent.capacity} conversations, your limit.`,
        }[result.reason]);
      })));
      server.post('/api/agent/handoffs/:id/attachments', authed(ctx, once(async (req, res, agent) => {
        const handoff = await held(req, res, agent, true);
        if (!handoff) return;
        const refused = deps.refusesFiles?.(handoff.conversationId, ctx);
        if (refused) return sendError(res, 409, 'files_unreachable', refused);
        await receiveAgentFiles(req, res, ctx, handoff, clock.now());
      })));
      server.post('/api/agent/handoffs/:id/reply', authed(ctx, once(async (req, res, agent) => {
        const handoff = await held(req, res, agent, true);
        if (!handoff) return;
        const files = await agentReplyFiles(ctx, handoff, (req.body as { attachments?: unknown } | undefined)?.attachments);
        if (!files.ok) return sendError(res, 400, 'bad_request', files.message);
        const refused = files.refs.length > 0 ? deps.refusesFiles?.(handoff.conversationId, ctx) : undefined;
        if (refused) return sendError(res, 409, 'files_unreachable', refused);
        // With files, the text may be empty.
        const said = (req.body as { text?: unknown } | undefined)?.text;
        const body = files.refs.length > 0 && (said === undefined || (typeof said === 'string' && said.trim() === '')) ? '' : text(req, res, ctx);
        if (body === undefined) return;
        const message = await service.agentMessage(handoff, agent.id, body, false, files.refs);
        res.send(200, { message: await entryFileUrls(message, ctx.files?.urls), ...(await live(ctx, handoff.conversationId, [agentReply(agent, body, files.refs)])) });
      })));
      server.post('/api/agent/handoffs/:id/note', authed(ctx, once(async (req, res, agent) => {
        const handoff = await held(req, res, agent, false);
        const body = handoff && text(req, res, ctx);
        if (!handoff || body === undefined) return;
        res.send(200, { message: await service.agentMessage(handoff, agent.id, body, true) });
      })));
      server.post('/api/agent/handoffs/:id/transfer', authed(ctx, once(async (req, res, agent) => {
        const handoff = await held(req, res, agent, true);
        if (!handoff) return;
        const { queue, agentId } = (req.body ?? {}) as { queue?: unknown; agentId?: unknown };
        if (queue !== undefined && (typeof queue !== 'string' || !hasOwnEntry(ctx.runtime.bot.handoff.queues, queue))) return sendError(res, 400, 'bad_request', `"queue" must be one of ${Object.keys(ctx.runtime.bot.handoff.queues).join(', ')}.`);
        if (agentId !== undefined && (typeof agentId !== 'string' || !(await accounts.get(agentId)))) return sendError(res, 400, 'bad_request', '"agentId" names no agent.');
        if (queue === undefined && agentId === undefined) return sendError(res, 400, 'bad_request', 'Give a "queue" or an "agentId".');
        const to = agentId !== undefined ? await accounts.get(agentId as string) : undefined;
        const refusal = to && languageRefusal(to, ctx.runtime.bot, { ...handoff, queue: (queue as string | undefined) ?? handoff.queue }, `${to.name} speaks`);
        if (refusal) return sendError(res, 409, 'language', refusal);
        res.send(200, await service.transfer(handoff, { ...(queue ? { queue: queue as string } : {}), ...(agentId ? { agentId: agentId as string } : {}) }));
      })));
      server.post('/api/agent/handoffs/:id/resolve', authed(ctx, once(async (req, res, agent) => {
        const handoff = await held(req, res, agent, true);
        if (!handoff) return;
        const closed = await service.close(handoff, 'resolved');
        const { delivery } = await backToBot(ctx, handoff.conversationId, { agent: agent.id });
        res.send(200, { ...closed, ...delivery });
      })));
      server.post('/api/agent/handoffs/:id/handback', authed(ctx, once(async (req, res, agent) => {
        const handoff = await held(req, res, agent, true);
        if (!handoff) return;
        const { flow, state, slots, answerLast } = (req.body ?? {}) as { flow?: unknown; state?: unknown; slots?: unknown; answerLast?: unknown };
        const bot = ctx.runtime.bot;
        if (flow !== undefined && (typeof flow !== 'string' || !hasOwnEntry(bot.flows, flow))) return sendError(res, 400, 'bad_request', '"flow" names no flow of the bot.');
        if (state !== undefined && (typeof state !== 'string' || flow === undefined || !hasOwnEntry(bot.flows[flow as string]!.states, state))) return sendError(res, 400, 'bad_request', '"state" names no state of that flow.');
        if (slots !== undefined && (typeof slots !== 'object' || slots === null || Array.isArray(slots))) return sendError(res, 400, 'bad_request', '"slots" must be an object.');
        const slotProblem = slots === undefined ? undefined : handBackSlotsProblem(bot, flow as string | undefined, slots as Record<string, unknown>);
        if (slotProblem) return sendError(res, 400, 'bad_request', slotProblem);
        if (answerLast !== undefined && typeof answerLast !== 'boolean') return sendError(res, 400, 'bad_request', '"answerLast" must be true or false.');
        const last = answerLast === true ? unansweredMessages(handoff).at(-1) : undefined;
        const closed = await service.close(handoff, 'returned');
        const { replies, delivery } = await backToBot(ctx, handoff.conversationId, {
          ...(flow ? { flow: flow as string } : {}), ...(state ? { state: state as string } : {}), ...(slots ? { slots: slots as Record<string, SlotValue> } : {}), agent: agent.id,
        }, last);
        res.send(200, { handoff: closed, replies, ...delivery });
      })));
    },
  };
}
