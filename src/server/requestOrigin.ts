// Where a client reached this server: the scheme and host, as a reverse proxy reports them in
// X-Forwarded-Proto and X-Forwarded-Host, else the connection's and the Host header. Addresses given
// back to the client (file links, the Direct Line stream) are built on it, so they work through the
// proxy the client came through.
import type { Request } from 'restify';

type Reached = Pick<Request, 'headers' | 'socket'>;

/** The host and scheme the client reached. */
export function reachedAt(req: Reached): { readonly secure: boolean; readonly host: string } {
  const first = (name: string): string | undefined => String(req.headers[name] ?? '').split(',')[0]?.trim() || undefined;
  const secure = first('x-forwarded-proto') === 'https' || (req.socket as { encrypted?: boolean }).encrypted === true;
  const host = [first('x-forwarded-host'), req.headers.host].find((h) => h !== undefined && /^[A-Za-z0-9.:[\]-]{1,255}$/.test(h)) ?? 'localhost';
  return { secure, host };
}

/** `http(s)://host` as the client reached it. */
export function originOf(req: Reached): string {
  const { secure, host } = reachedAt(req);
  return `${secure ? 'https' : 'http'}://${host}`;
}
