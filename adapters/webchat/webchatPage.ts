// The web chat page: GET / (the page, with the bot's name, locale, privacy notice, file types and
// words (pageWords.ts) filled in; for a bot of several languages, in the language the visitor's
// `?locale=` or browser asks for, with the words of every language for the page to follow the
// conversation's (pageLanguages.ts)),
// GET /webchat/<file> (its scripts, styles and icon, from this folder), GET /embed.js (the launcher
// other sites add with one script tag) and POST /webchat/token, which acts as the page's backend
// and hands out a Direct Line token for a new conversation.
import type { Request, Response, Server } from 'restify';
import type { DirectLineChannel } from '../directline/directLineChannel';
import { admitConversationStart } from '../../src/server/admitTurn';
import { route } from '../../src/server/createServer';
import { sendError } from '../../src/server/sendError';
import type { ChannelAdapter, ServerContext } from '../../src/server/serverContext';
import { escapeHtml } from '../../src/eval/html';
import { textStyle } from '../../src/engine/textStyle';
import { readAssets, sendAsset } from '../../src/server/staticAssets';
import { pageWords, wordsJson, type PageWords } from './pageWords';
import { openingLanguage, wordsByLanguage } from './pageLanguages';
import { botInLanguage } from '../../src/config/botInLanguage';
import { webchatPageHeaders } from './webchatPageHeaders';

export function createWebchatPage(directLine: DirectLineChannel, folder: string = __dirname): ChannelAdapter {
  const assets = readAssets(folder);
  const page = assets.get('index.html')?.body.toString('utf8') ?? '';
  const launcher = assets.get('embed.js');

  return {
    name: 'webchatPage',
    register(server: Server, ctx: ServerContext): void {
      server.get('/', route(ctx, async (req: Request, res: Response) => {
        const bot = ctx.runtime.bot;
        const query = new URL(req.url ?? '/', 'http://page').searchParams;
        const embedded = query.has('embed');
        const privacy = bot.webchat?.privacy;
        const several = bot.languages.length > 1;
        const opening = several ? openingLanguage(bot, query.get('locale'), req.headers['accept-language']) : undefined;
        const byLanguage = several ? wordsByLanguage(bot) : undefined;
        const locale = opening ? opening.tag ?? textStyle(botInLanguage(bot, opening.code), new Date().toISOString()).locale : textStyle(bot, new Date().toISOString()).locale;
        const words = opening && byLanguage ? byLanguage[opening.code]! : pageWords(locale, bot.webchat?.words);
        const fills: Record<string, string> = {
          botName: escapeHtml(bot.name),
          locale: escapeHtml(locale),
          pageClass: embedded ? 'embedded' : '',
          maxChars: String(ctx.limits.maxMessageChars),
          // The attach button only where the server keeps files, offering the types it takes.
          attachHidden: ctx.files ? '' : 'hidden',
          accept: escapeHtml(ctx.limits.attachmentTypes.join(',')),
          privacy: privacy ? `<p id="privacy" class="privacy">${escapeHtml(privacy)}</p>` : '',
          words: wordsJson(words),
          languages: byLanguage ? `<script type="application/json" id="page-languages">${wordsJson(byLanguage)}</script>` : '',
        };
        // One pass, so that nothing filled in is read as a placeholder again.
        const html = page.replace(/\{\{(word\.)?(\w+)\}\}/g, (whole, word: string | undefined, key: string) => {
          if (!word) return Object.hasOwn(fills, key) ? fills[key]! : whole;
          const text = Object.hasOwn(words, key) ? words[key as keyof PageWords] : undefined;
          return typeof text === 'string' ? escapeHtml(text) : whole;
        });
        res.sendRaw(200, html, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache', ...webchatPageHeaders(bot.webchat?.embedOrigins) });
      }));
      server.get('/webchat/:file', route(ctx, async (req: Request, res: Response) => {
        const asset = assets.get(String(req.params?.file ?? ''));
        if (!asset || req.params?.file === 'index.html') return sendError(res, 404, 'not_found', 'There is no such file.');
        sendAsset(req, res, asset);
      }));
      // Loaded by other sites' pages: any origin may use it, as a script.
      server.get('/embed.js', route(ctx, async (req: Request, res: Response) => {
        if (!launcher) return sendError(res, 404, 'not_found', 'There is no such file.');
        sendAsset(req, res, launcher, { 'Cross-Origin-Resource-Policy': 'cross-origin' });
      }));
      server.post('/webchat/token', route(ctx, async (req: Request, res: Response) => {
        if (!(await admitConversationStart(ctx, req, res))) return;
        res.send(200, await directLine.issueToken());
      }));
    },
  };
}
