// The web chat page: GET / (the page, with the bot's name filled in), GET /webchat/<file> (its
// scripts, styles and icon, from this folder) and POST /webchat/token, which acts as the page's
// backend and hands out a Direct Line token for a new conversation.
import type { Request, Response, Server } from 'restify';
import type { DirectLineChannel } from '../directline/directLineChannel';
import { admitConversationStart } from '../../src/server/admitTurn';
import { route } from '../../src/server/createServer';
import { sendError } from '../../src/server/sendError';
import type { ChannelAdapter, ServerContext } from '../../src/server/serverContext';
import { escapeHtml } from '../../src/eval/html';
import { readAssets, sendAsset } from '../../src/server/staticAssets';

const PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";

export function createWebchatPage(directLine: DirectLineChannel, folder: string = __dirname): ChannelAdapter {
  const assets = readAssets(folder);
  const page = assets.get('index.html')?.body.toString('utf8') ?? '';

  return {
    name: 'webchatPage',
    register(server: Server, ctx: ServerContext): void {
      server.get('/', route(ctx, async (_req: Request, res: Response) => {
        const html = page
          .replace(/\{\{botName\}\}/g, escapeHtml(ctx.runtime.bot.name))
          .replace(/\{\{maxChars\}\}/g, String(ctx.limits.maxMessageChars));
        res.sendRaw(200, html, {
          'Content-Type': 'text/html; charset=utf-8',
          'Cache-Control': 'no-cache',
          'Content-Security-Policy': PAGE_POLICY,
          'X-Content-Type-Options': 'nosniff',
          'Referrer-Policy': 'no-referrer',
        });
      }));
      server.get('/webchat/:file', route(ctx, async (req: Request, res: Response) => {
        const asset = assets.get(String(req.params?.file ?? ''));
        if (!asset || req.params?.file === 'index.html') return sendError(res, 404, 'not_found', 'There is no such file.');
        sendAsset(req, res, asset);
      }));
      server.post('/webchat/token', route(ctx, async (req: Request, res: Response) => {
        if (!(await admitConversationStart(ctx, req, res))) return;
        res.send(200, await directLine.issueToken());
      }));
    },
  };
}
