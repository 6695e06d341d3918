// A page's files (HTML, CSS, JS, SVG) read once from a folder, with their content types and ETags,
// and sent with them: the web chat's and the agent console's.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Request, Response } from 'restify';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface Asset {
  readonly body: Buffer;
  readonly type: string;
  readonly etag: string;
}

/** Files whose names are letters, digits, dots and dashes, with a known type. */
export function readAssets(folder: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const name of readdirSync(folder)) {
    const type = TYPES[extname(name)];
    if (!type || !/^[a-zA-Z0-9.-]+$/.test(name)) continue;
    assets.set(name, makeAsset(readFileSync(join(folder, name)), type));
  }
  return assets;
}

export function makeAsset(body: Buffer, type: string): Asset {
  return { body, type, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
}

/** Sends a file with its type and ETag (304 to a matching If-None-Match) and the page's own headers. */
export function sendAsset(req: Request, res: Response, asset: Asset, headers: Readonly<Record<string, string>> = {}): void {
  const all = { 'Content-Type': asset.type, ETag: asset.etag, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff', ...headers };
  if (req.headers['if-none-match'] === asset.etag) return void res.sendRaw(304, '', all);
  res.sendRaw(200, asset.body, all);
}
