// The headers every console page and file is sent with: a page that holds an agent's session.
/** Scripts and styles only from this server; nothing inline, no framing, no referrer (the event stream URL holds the token). */
export const CONSOLE_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "base-uri 'none'", "form-action 'none'", "object-src 'none'", "frame-ancestors 'none'",
].join('; ');

export const CONSOLE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONSOLE_POLICY, 'Referrer-Policy': 'no-referrer', 'X-Frame-Options': 'DENY',
};
