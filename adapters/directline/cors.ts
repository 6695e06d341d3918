// Cross-origin access to the Direct Line API, so Web Chat on any site can use this server as its
// domain. Requests carry a bearer token, never cookies, so any origin may call; preflights end here.
import type { Next, Request, Response, Server } from 'restify';
import { BASE_PATH } from './directLineContext';

export function allowCrossOrigin(server: Server): void {
  server.pre((req: Request, res: Response, next: Next) => {
    if (!(req.url ?? '').startsWith(`${BASE_PATH}/`)) return next();
    res.header('Access-Control-Allow-Origin', '*');
    res.header('Access-Control-Allow-Headers', 'Authorization, Content-Type, Accept, X-Requested-With, x-ms-bot-agent');
    res.header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    res.header('Access-Control-Max-Age', '600');
    if (req.method !== 'OPTIONS') return next();
    res.send(204);
    return next(false);
  });
}
