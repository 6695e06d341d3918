// Agents' writes that a person may retry (claim, reply, note, transfer, resolve, hand back) take an
// `Idempotency-Key` header. The first request with a key runs and its answer is kept with the
// handoff; a retry by the same agent on the same handoff answers the same without writing again
// (marked `Idempotent-Replayed: true`), while the first still runs it answers 409 `in_progress`,
// and the key reused for another request answers 422. Answers of 500 and up keep nothing, so the
// write may be retried. Without the header a write runs as it always did. A file upload, whose body
// is read by its route as it streams in, is told from another by its length.
import { createHash } from 'node:crypto';
import type { Request, Response } from 'restify';
import type { Agent } from '../handoff/agentDirectory';
import type { Clock } from '../runtime/clock';
import type { HandoffStore, KeptAnswer } from '../store/handoffStore';
import { isFileUpload } from './fileUpload';
import { sendError } from './sendError';
import type { ServerContext } from './serverContext';

type AgentWrite = (req: Request, res: Response, agent: Agent, ctx: ServerContext, token: string) => Promise<void>;

/** Printable ASCII, as the IETF draft and payment APIs use (UUIDs, ULIDs, random strings). */
const KEY = /^[\x21-\x7e]{1,255}$/;

/** What tells one request from another with the same key: its JSON body, or an upload's length. */
function fingerprint(req: Request): string {
  if (isFileUpload(req)) return `upload of ${Number(req.header('content-length')) || 0} bytes`;
  return createHash('sha256').update(JSON.stringify(req.body ?? {})).digest('base64url');
}

export function idempotentWrite(store: HandoffStore, clock: Clock, write: AgentWrite): AgentWrite {
  return async (req, res, agent, ctx, token) => {
    const given = req.header('idempotency-key');
    if (given === undefined || given === '') return write(req, res, agent, ctx, token);
    if (!KEY.test(given)) return sendError(res, 400, 'bad_request', 'The Idempotency-Key header must be 1 to 255 printable ASCII characters.');
    const handoffId = String(req.params.id);
    if (!(await store.get(handoffId))) return write(req, res, agent, ctx, token); // answers 404; nothing to keep it with
    const key = JSON.stringify([agent.id, given]);
    const request = `${req.method} ${req.getPath()} ${fingerprint(req)}`;
    const found = await store.reserveKey(handoffId, key, clock.now());
    if (found.kind === 'pending') return sendError(res, 409, 'in_progress', 'A request with this Idempotency-Key is still running; try again in a moment.', { 'Retry-After': '1' });
    if (found.kind === 'answered') {
      if (found.answer.request !== request) return sendError(res, 422, 'idempotency_key_reused', 'This Idempotency-Key was used for another request.');
      res.header('Idempotent-Replayed', 'true');
      return void res.send(found.answer.status, found.answer.body);
    }
    let answered: { status: number; body: unknown } | undefined;
    const send = res.send.bind(res) as (...args: unknown[]) => unknown;
    res.send = ((...args: unknown[]) => {
      if (typeof args[0] === 'number') answered = { status: args[0], body: args[1] };
      return send(...args);
    }) as typeof res.send;
    try {
      await write(req, res, agent, ctx, token);
    } catch (err) {
      await store.settleKey(handoffId, key, undefined, clock.now()).catch(() => undefined);
      throw err;
    }
    const kept: KeptAnswer | undefined = answered && answered.status < 500 ? { status: answered.status, request, body: answered.body } : undefined;
    await store.settleKey(handoffId, key, kept, clock.now()).catch((err: Error) => ctx.log.warn({ err, handoffId }, 'idempotency key not kept'));
  };
}
