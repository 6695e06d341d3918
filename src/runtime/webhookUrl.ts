// Where a webhook is called: its URL, or for a URL that is a path (`/sample/address`), that path on
// the server that runs the bot. Without a server (`baton chat`), a path has nowhere to go.
export function webhookUrl(url: string, ownUrl: string | undefined): string | undefined {
  if (!url.startsWith('/')) return url;
  return ownUrl === undefined ? undefined : new URL(url, ownUrl).toString();
}
