// A signed-in user of a site on Baton's Direct Line: the site's backend vouches for the user id with
// the secret, the page starts the conversation and reads the bot's messages after each of its own.
import { call, say } from './directLineHttp';

export interface WebCustomer {
  readonly id: string;
  /** What the bot said when the conversation started. */
  readonly greeting: readonly string[];
  /** Sends a message and answers with the bot's messages since the last call. */
  say(text: string): Promise<string[]>;
}

export async function startWebCustomer(origin: string, secret: string, userId: string): Promise<WebCustomer> {
  const domain = `${origin}/v3/directline`;
  const generated = await call(domain, 'POST', '/tokens/generate', { token: secret, body: { user: { id: userId, name: 'Kim' } } });
  if (generated.status !== 200) throw new Error(`tokens/generate answered ${generated.status}`);
  // As Baton's page does, the conversation starts in the browser's language, so a bot of several languages greets at once.
  const started = await call(domain, 'POST', '/conversations', { token: generated.body.token, body: { locale: 'en-GB' } });
  if (started.status !== 201) throw new Error(`conversations answered ${started.status}`);
  const { conversationId, token } = started.body as { conversationId: string; token: string };
  let watermark = '';
  const read = async (): Promise<string[]> => {
    const page = await call(domain, 'GET', `/conversations/${conversationId}/activities${watermark ? `?watermark=${watermark}` : ''}`, { token });
    watermark = page.body.watermark;
    return (page.body.activities as Array<{ type: string; from: { role?: string }; text?: string }>).filter((a) => a.type === 'message' && a.from.role === 'bot').map((a) => a.text ?? '');
  };
  return {
    id: conversationId,
    greeting: await read(),
    say: async (text) => {
      const sent = await call(domain, 'POST', `/conversations/${conversationId}/activities`, { token, body: say(text) });
      if (sent.status !== 200) throw new Error(`POST activities answered ${sent.status}`);
      return read();
    },
  };
}

/** Out of hours: asks for a person, gives the email and leaves a message; answers with the conversation. */
export async function leaveTicket(origin: string, secret: string, userId: string, email: string, message: string): Promise<WebCustomer> {
  const web = await startWebCustomer(origin, secret, userId);
  const asked = await web.say('I want to talk to a person');
  if (!asked.some((t) => /email/i.test(t))) throw new Error(`The bot did not ask for an email: ${JSON.stringify(asked)}`);
  const next = await web.say(email);
  if (next.length === 0) throw new Error('The bot did not ask for the message');
  const kept = await web.say(message);
  if (!kept.some((t) => t.includes(email))) throw new Error(`The bot did not confirm the message: ${JSON.stringify(kept)}`);
  return web;
}
