// A site embedding Microsoft's Web Chat (its published bundle) against Baton's Direct Line: the page,
// and a local server that serves it with the bundle at /webchat.js.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startLocalServer, type LocalServer } from './localServers';

const WEBCHAT_BUNDLE = readFileSync(join(__dirname, '..', '..', 'node_modules', 'botframework-webchat', 'dist', 'webchat.js'));

/**
 * `locale`: Web Chat's `locale` prop; `join`: sends the webchat/join event once connected, as
 * Microsoft's welcome samples do, with the browser's language.
 */
export function microsoftWebChatPage(botUrl: string, options: { readonly locale?: string; readonly join?: boolean } = {}): string {
  const store = options.join
    ? `const store = window.WebChat.createStore({}, ({ dispatch }) => (next) => (action) => {
    if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
      dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: { language: window.navigator.language } } });
    }
    return next(action);
  });`
    : '';
  const props = ['directLine', ...(options.join ? ['store'] : []), ...(options.locale !== undefined ? [`locale: ${JSON.stringify(options.locale)}`] : [])].join(', ');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>
<style>html, body, #webchat { height: 100%; margin: 0; }</style></head>
<body><main id="webchat"></main>
<script src="/webchat.js"></script>
<script>
(async () => {
  const res = await fetch(${JSON.stringify(`${botUrl}/v3/directline/tokens/generate`)}, { method: 'POST' });
  const { token } = await res.json();
  const directLine = window.WebChat.createDirectLine({ token, domain: ${JSON.stringify(`${botUrl}/v3/directline`)} });
  ${store}
  window.WebChat.renderWebChat({ ${props} }, document.getElementById('webchat'));
})();
</script></body></html>`;
}

/** Serves `page()` (read on each request, so a test may change it) with Web Chat's bundle beside it. */
export function serveMicrosoftWebChat(page: () => string): Promise<LocalServer> {
  return startLocalServer((req, res) => {
    if (req.url === '/webchat.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      return void res.end(WEBCHAT_BUNDLE);
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page());
  });
}
