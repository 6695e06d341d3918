// The sample bot's address service, served by the server that runs it so the sample works as shipped:
// POST /sample/address takes a webhook call `{ action, conversationId, slots }` and answers
// `{ outcome: "changed" }` once it has an order number and an address. It is registered only for a
// bot whose webhooks point under /sample/ (bots/acme.yaml), and stands for a real service: a bot of
// your own points its webhooks at its own systems.
import type { Server } from 'restify';
import type { CompiledBot } from '../config/compiledBot';
import { route } from './createServer';
import { sendError } from './sendError';
import type { ChannelAdapter, ServerContext } from './serverContext';

export const SAMPLE_HOOKS_PATH = '/sample/';

/** Whether a bot calls the sample's own services. */
export function usesSampleHooks(bot: CompiledBot): boolean {
  return Object.values(bot.webhooks).some((hook) => hook.url.startsWith(SAMPLE_HOOKS_PATH));
}

export function sampleHooks(): ChannelAdapter {
  return {
    name: 'sample-hooks',
    register(server: Server, ctx: ServerContext): void {
      server.post(`${SAMPLE_HOOKS_PATH}address`, route(ctx, async (req, res) => {
        const slots = (req.body as { slots?: Record<string, unknown> } | undefined)?.slots;
        const filled = (name: string): boolean => typeof slots?.[name] === 'string' && (slots[name] as string).trim() !== '';
        if (typeof slots !== 'object' || slots === null || !filled('order_id') || !filled('new_address')) {
          sendError(res, 400, 'bad_request', 'Expected {"slots": {"order_id": "...", "new_address": "..."}}.');
          return;
        }
        res.send(200, { outcome: 'changed' });
      }));
    },
  };
}
