// The agent console: GET /agent (the page; /agent/ redirects to it), GET /agent/analytics (the
// analytics dashboard, whose data comes from GET /api/agent/analytics), GET /agent/<file> (their
// scripts, styles and icon, from ./public, and Chart.js) and GET /api/agent/bot, the bot's queues,
// agents, flows, states and slots, which the console needs to transfer and hand back, and its locale
// and time zone, in which it shows times. Everything else it does goes through the agent API.
import { join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import type { AgentDirectory } from '../../src/handoff/agentDirectory';
import { escapeHtml } from '../../src/eval/html';
import type { Clock } from '../../src/runtime/clock';
import { route } from '../../src/server/createServer';
import { sendError } from '../../src/server/sendError';
import type { ChannelAdapter, ServerContext } from '../../src/server/serverContext';
import { signedInAgent } from '../../src/server/signedInAgent';
import { makeAsset, readAssets, sendAsset } from '../../src/server/staticAssets';
import { botOutline } from './botOutline';
import { chartLibrarySource } from './chartLibrary';
import { CONSOLE_HEADERS } from './consoleHeaders';

export interface AgentConsoleDeps {
  /** The same accounts the agent API checks tokens against (the same store). */
  readonly accounts: AgentDirectory;
  readonly clock: Clock;
  /** Where the page's files are. Default: ./public next to this file. */
  readonly folder?: string;
}

export function agentConsole(deps: AgentConsoleDeps): ChannelAdapter {
  const assets = readAssets(deps.folder ?? join(__dirname, 'public'));
  assets.set('chart.umd.js', makeAsset(Buffer.from(chartLibrarySource()), 'text/javascript; charset=utf-8'));
  const template = (name: string): string => assets.get(name)?.body.toString('utf8') ?? '';
  // Both pages share the sign-in form (one session), each with its own title.
  const signInForm = template('signInForm.html').replace(/^<!--[\s\S]*?-->\n/, '');
  const withSignIn = (page: string, title: string): string => page.replace('{{signInForm}}', signInForm.replace('{{signInTitle}}', title));
  const consolePage = withSignIn(template('index.html'), 'Sign in to the agent console');
  const analyticsPage = withSignIn(template('analytics.html'), 'Sign in to see support analytics');

  return {
    name: 'agentConsole',
    register(server: Server, ctx: ServerContext): void {
      const sendPage = (page: string) => route(ctx, async (req: Request, res: Response) => {
        const html = page.replace(/\{\{botName\}\}/g, escapeHtml(ctx.runtime.bot.name)).replace(/\{\{maxChars\}\}/g, String(ctx.limits.maxMessageChars))
          .replace(/\{\{accept\}\}/g, escapeHtml(ctx.limits.attachmentTypes.join(',')));
        sendAsset(req, res, makeAsset(Buffer.from(html), 'text/html; charset=utf-8'), CONSOLE_HEADERS);
      });
      server.get('/agent', sendPage(consolePage));
      server.get('/agent/analytics', sendPage(analyticsPage));
      server.get('/agent/', route(ctx, async (_req: Request, res: Response) => {
        res.redirect(301, '/agent', () => undefined);
      }));
      server.get('/agent/:file', route(ctx, async (req: Request, res: Response) => {
        const name = String(req.params?.file ?? '');
        const asset = assets.get(name);
        if (!asset || name.endsWith('.html')) return sendError(res, 404, 'not_found', 'There is no such file.');
        sendAsset(req, res, asset, CONSOLE_HEADERS);
      }));
      server.get('/api/agent/bot', route(ctx, async (req: Request, res: Response) => {
        if (!(await signedInAgent(req, res, deps.accounts, deps.clock.now()))) return;
        res.header('Cache-Control', 'no-store');
        res.send(200, botOutline(ctx.runtime.bot, await deps.accounts.list(), deps.clock.now()));
      }));
    },
  };
}
