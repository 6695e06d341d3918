// GET /attachments/:id?exp&sig: a stored file, at the signed address its conversation's people were
// given (see attachmentUrls). Served with the type its content was recognised as (never one a browser
// runs), nosniff, a sandboxing Content-Security-Policy, and the name encoded in Content-Disposition:
// images inline, PDFs as downloads. Loadable by pages of other origins (web chat embedded in a site).
import type { Server } from 'restify';
import { contentDisposition } from '../attachments/contentDisposition';
import { route } from './createServer';
import { sendError } from './sendError';
import type { ChannelAdapter, ServerContext } from './serverContext';
import { ATTACHMENTS_PATH } from '../attachments/attachmentUrls';

export const ATTACHMENT_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'Cache-Control': 'private, max-age=3600',
  'Referrer-Policy': 'no-referrer',
} as const;

export function attachmentRoute(): ChannelAdapter {
  return {
    name: 'attachments',
    register(server: Server, ctx: ServerContext): void {
      server.get(`${ATTACHMENTS_PATH}/:id`, route(ctx, async (req, res) => {
        const id = String(req.params?.id ?? '');
        const query = (req.query ?? {}) as Record<string, unknown>;
        if (!ctx.files || !(await ctx.files.urls.check(id, query.exp, query.sig))) {
          return sendError(res, 403, 'forbidden', 'This file address is not valid, or has expired: reload the conversation for a new one.');
        }
        const found = await ctx.files.store.read(id);
        if (!found) return sendError(res, 404, 'not_found', 'There is no such file, or it has been deleted.');
        const { meta, bytes } = found;
        res.writeHead(200, {
          ...ATTACHMENT_HEADERS,
          'Content-Type': meta.contentType,
          'Content-Length': String(bytes.byteLength),
          'Content-Disposition': contentDisposition(meta.contentType.startsWith('image/') ? 'inline' : 'attachment', meta.name),
        });
        res.end(bytes);
      }));
    },
  };
}
