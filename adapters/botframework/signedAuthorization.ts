// The Authorization header botbuilder's connector client (of a turn) signs its requests with: the
// app's token from its credentials, or nothing for an anonymous client (no app id). Files the
// channel's service hosts (Teams' inline images) are fetched with it.

interface SigningClient {
  readonly credentials?: { signRequest(request: unknown): Promise<unknown> };
}

export async function signedAuthorization(client: SigningClient | undefined): Promise<string | undefined> {
  let value: string | undefined;
  const headers = { set: (name: string, given: string) => { if (name.toLowerCase() === 'authorization') value = given; } };
  await client?.credentials?.signRequest({ headers });
  return value;
}
