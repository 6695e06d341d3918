// A customer on the Direct Line channel, as a web chat page would be: starts a conversation, sends
// messages and reads every message the bot or an agent sends, by polling with the watermark.
import { call, say, startConversation } from './directLineHttp';

export interface DirectLineCustomer {
  readonly conversationId: string;
  say(text: string): Promise<void>;
  /** Texts of all messages not sent by the customer, oldest first, so far. */
  received(): Promise<string[]>;
  /** Waits until a received message matches, and returns its text. */
  waitFor(match: string | RegExp, timeoutMs?: number): Promise<string>;
}

/** `user`: who the site says the customer is (id and name), as the site's backend gives it when it generates the token. */
export async function startDirectLineCustomer(origin: string, user?: { readonly id?: string; readonly name?: string }): Promise<DirectLineCustomer> {
  const domain = `${origin}/v3/directline`;
  const { conversationId, token } = await startConversation(domain, undefined, user);
  const path = `/conversations/${encodeURIComponent(conversationId)}/activities`;
  const received = async (): Promise<string[]> => {
    const { status, body } = await call(domain, 'GET', path, { token });
    if (status !== 200) throw new Error(`GET activities answered ${status}`);
    return (body.activities as { type: string; from?: { id?: string; role?: string }; text?: string }[])
      .filter((a) => a.type === 'message' && a.from?.id !== 'customer' && a.from?.role !== 'user' && a.text !== undefined)
      .map((a) => a.text!);
  };
  return {
    conversationId,
    async say(text) {
      const { status } = await call(domain, 'POST', path, { token, body: say(text) });
      if (status !== 200) throw new Error(`POST activities answered ${status}`);
    },
    received,
    async waitFor(match, timeoutMs = 5000) {
      const ends = Date.now() + timeoutMs;
      for (;;) {
        const found = (await received()).find((t) => (typeof match === 'string' ? t.includes(match) : match.test(t)));
        if (found !== undefined) return found;
        if (Date.now() > ends) throw new Error(`The customer never received ${String(match)}; they got: ${JSON.stringify(await received())}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}
