// Plain HTTP calls to the Direct Line API, for tests that check statuses and bodies exactly.
export interface CallResult {
  readonly status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly body: any;
}

export interface CallOptions {
  readonly token?: string;
  readonly body?: unknown;
  /** Sent as it is, with `contentType` (default application/json). */
  readonly raw?: string;
  readonly contentType?: string;
}

export async function call(domain: string, method: 'GET' | 'POST', path: string, options: CallOptions = {}): Promise<CallResult> {
  const headers: Record<string, string> = {};
  if (options.token !== undefined) headers.Authorization = `Bearer ${options.token}`;
  const raw = options.raw ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined);
  if (raw !== undefined) headers['Content-Type'] = options.contentType ?? 'application/json';
  const res = await fetch(`${domain}${path}`, { method, headers, ...(raw !== undefined ? { body: raw } : {}) });
  const text = await res.text();
  return { status: res.status, body: text === '' ? undefined : JSON.parse(text) };
}

export interface StartedConversation {
  readonly conversationId: string;
  readonly token: string;
  readonly streamUrl: string;
}

/** What a site does: its backend generates a token, then the page starts the conversation with it. */
/** A new conversation; `user`: who the site says the customer is (their id and name). */
export async function startConversation(domain: string, secret?: string, user?: { readonly id?: string; readonly name?: string }): Promise<StartedConversation> {
  const generated = await call(domain, 'POST', '/tokens/generate', { ...(secret !== undefined ? { token: secret } : {}), ...(user ? { body: { user } } : {}) });
  if (generated.status !== 200) throw new Error(`tokens/generate answered ${generated.status}`);
  const started = await call(domain, 'POST', '/conversations', { token: generated.body.token });
  if (started.status !== 201) throw new Error(`conversations answered ${started.status}`);
  return started.body as StartedConversation;
}

export const say = (text: string, extra: Record<string, unknown> = {}) => ({ type: 'message', from: { id: 'customer' }, text, ...extra });
