// The web chat page's security headers. Unlike the agent console, the page may be framed: by any
// site (the launcher of embed.js opens it in a frame) unless the manifest's webchat.embedOrigins
// lists the sites that may, or is empty, when only the bot's own pages may.
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";

export function frameAncestors(embedOrigins: readonly string[] | undefined): string {
  if (embedOrigins === undefined) return 'frame-ancestors *';
  return ["frame-ancestors 'self'", ...embedOrigins].join(' ');
}

export function webchatPageHeaders(embedOrigins: readonly string[] | undefined): Record<string, string> {
  return {
    'Content-Security-Policy': `${POLICY}; ${frameAncestors(embedOrigins)}`,
    // For browsers without frame-ancestors; a list of sites cannot be said this way.
    ...(embedOrigins?.length === 0 ? { 'X-Frame-Options': 'SAMEORIGIN' } : {}),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}
