// The plain REST channel: POST /api/chat { conversationId?, userId, text?, payload?, locale?, language? }
// answers with the bot's replies in the body and the conversation's `language`. `locale` is the
// channel's hint of the customer's language (a BCP 47 tag: the app's or the browser's), `language` the
// customer's own choice (a code or a tag); both go to the runtime as they are, which decides. For custom integrations, scripts and load tests. Messages that
// answer no request (an agent's replies) wait in an outbox: they come with the next response as
// `messages`, or from GET /api/chat/:conversationId/messages?userId=; an agent's files come in them
// with a signed `url` each. Turns are rate-limited per
// conversation and per client address (429 with Retry-After). A conversation is its REST user's:
// another user id, or a conversation of another channel (web chat, Teams), is refused with 403.
// A turn that cannot be run answers 503 or 409 with Retry-After, or 500, and still carries
// `replies` (the bot's `turnFailed` message) and whatever it had already taken for the customer.
import { randomUUID } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { TurnOutcome } from '../../src/runtime/createRuntime';
import { admitTurn } from '../../src/server/admitTurn';
import { route } from '../../src/server/createServer';
import { sendError } from '../../src/server/sendError';
import { turnRoute } from '../../src/server/turnRoute';
import type { ChannelAdapter, ServerContext } from '../../src/server/serverContext';
import { memoryRestOutbox, type RestOutbox } from './restOutbox';
import { restFileUrls } from './restFileUrls';
import { localeHint } from '../replyLocale';
import { welcomeHints } from './welcomeHints';

const ID = /^[A-Za-z0-9._:-]{1,128}$/;

type StoredCustomer = { customer?: { channel?: string; userId?: string } } | undefined;

/** Whether a stored conversation may be used by REST user `userId`: none yet, or one of theirs on this channel. */
const usableBy = (stored: StoredCustomer, userId: string): boolean => stored === undefined || (stored.customer?.channel === 'rest' && stored.customer.userId === userId);

interface ChatBody {
  conversationId?: unknown;
  userId?: unknown;
  text?: unknown;
  payload?: unknown;
  locale?: unknown;
  language?: unknown;
}

export interface RestChannelOptions {
  /** Where replies wait for the customer's next call. Default: in this process's memory. */
  readonly outbox?: RestOutbox;
}

export function createRestChannel(options: RestChannelOptions = {}): ChannelAdapter {
  const outbox = options.outbox ?? memoryRestOutbox();
  return {
    name: 'rest',
    async deliver(conversationId, replies) {
      if (!(await outbox.holds(conversationId))) return false;
      // REST has no typing indicator; an agent's message carries `from: { kind: 'agent', id, name }`.
      const messages = replies.filter((r) => !r.typing);
      if (messages.length > 0) await outbox.put(conversationId, messages, new Date());
      return true;
    },
    register(server: Server, ctx: ServerContext): void {
      server.get('/api/chat/:conversationId/messages', route(ctx, async (req, res) => {
        const conversationId = String(req.params.conversationId);
        const userId = (req.query as Record<string, unknown> | undefined)?.userId;
        if (typeof userId !== 'string' || !ID.test(userId)) return sendError(res, 400, 'bad_request', '"userId" is required as a query parameter.');
        const stored = (await ctx.store.loadState(ctx.runtime.bot.id, conversationId)) as StoredCustomer;
        if (!stored) return sendError(res, 404, 'not_found', 'No such conversation.');
        if (!usableBy(stored, userId)) return sendError(res, 403, 'forbidden', 'This conversation belongs to another user.');
        res.send(200, { conversationId, messages: await restFileUrls(await outbox.take(conversationId), req, ctx.files?.urls) });
      }));
      server.post('/api/chat', turnRoute(ctx, async (req: Request, res: Response, carry) => {
        const body = (req.body ?? {}) as ChatBody;
        if (typeof body !== 'object' || Array.isArray(body)) return sendError(res, 400, 'bad_request', 'The body must be a JSON object.');
        if (typeof body.userId !== 'string' || !ID.test(body.userId)) return sendError(res, 400, 'bad_request', '"userId" is required: 1-128 letters, digits, or . _ : -');
        if (body.conversationId !== undefined && (typeof body.conversationId !== 'string' || !ID.test(body.conversationId))) {
          return sendError(res, 400, 'bad_request', '"conversationId" must be 1-128 letters, digits, or . _ : -');
        }
        if (body.text !== undefined && typeof body.text !== 'string') return sendError(res, 400, 'bad_request', '"text" must be a string.');
        if (body.payload !== undefined && typeof body.payload !== 'string') return sendError(res, 400, 'bad_request', '"payload" must be a string.');
        for (const field of ['locale', 'language'] as const) {
          if (body[field] !== undefined && localeHint(body[field]) === undefined) return sendError(res, 400, 'bad_request', `"${field}" must be a language code or tag such as "es" or "es-ES".`);
        }
        const hints = { ...(body.locale !== undefined ? { locale: body.locale as string } : {}), ...(body.language !== undefined ? { language: body.language as string } : {}) };
        const text = (body.text as string | undefined) ?? '';
        if (text.length > ctx.limits.maxMessageChars) {
          return sendError(res, 413, 'message_too_long', `The message has ${text.length} characters; the limit is ${ctx.limits.maxMessageChars}.`);
        }
        const customer = { channel: 'rest', userId: body.userId };
        const botId = ctx.runtime.bot.id;
        const isNew = body.conversationId === undefined;
        const conversationId = (body.conversationId as string | undefined) ?? `rest-${randomUUID()}`;
        let stored: (NonNullable<StoredCustomer> & { language?: string }) | undefined;
        if (!isNew) {
          carry.conversationId = conversationId;
          stored = (await ctx.store.loadState(botId, conversationId)) as typeof stored;
          if (!usableBy(stored, body.userId)) {
            return sendError(res, 403, 'forbidden', 'This conversation belongs to another user.');
          }
        }
        if (!(await admitTurn(ctx, req, res, conversationId))) return;
        const replies: TurnOutcome['replies'][number][] = [];
        let outcome: TurnOutcome | undefined;
        await outbox.know(conversationId);
        if (isNew) {
          const startHints = welcomeHints(ctx.runtime.bot, body.payload === undefined ? text : '', hints);
          outcome = await (Object.keys(startHints).length > 0 ? ctx.runtime.start(conversationId, customer, startHints) : ctx.runtime.start(conversationId, customer));
          replies.push(...outcome.replies);
          Object.assign(carry, { conversationId, replies });
        }
        const waiting = await restFileUrls(await outbox.take(conversationId), req, ctx.files?.urls);
        carry.messages = waiting;
        if (text !== '' || body.payload !== undefined) {
          outcome = await ctx.runtime.message(conversationId, { text, ...(body.payload !== undefined ? { payload: body.payload as string } : {}), customer, ...hints });
          replies.push(...outcome.replies);
        }
        res.send(200, {
          conversationId,
          ...(waiting.length > 0 ? { messages: waiting } : {}),
          replies,
          status: outcome?.state.status ?? 'bot',
          // The conversation's language: a one-language bot's conversations speak its only one.
          language: (outcome ? outcome.state.language : stored?.language) ?? ctx.runtime.bot.languages[0],
          ...(outcome?.handoff ? { handoff: { queue: outcome.handoff.packet.queue, mode: outcome.handoff.mode, summary: outcome.handoff.packet.summary } } : {}),
        });
      }));
    },
  };
}
