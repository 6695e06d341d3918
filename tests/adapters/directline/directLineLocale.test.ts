// The customer's language on Direct Line, with Microsoft's client (botframework-directlinejs) and the
// English and Spanish shop bot: the client's `locale` is the channel's hint, the welcome waits for the
// client's first activity to speak it, and the bot's messages carry the conversation's language.
import { DirectLine, type Activity, type Message } from 'botframework-directlinejs';
import { collectActivities, postActivity } from '../../support/activityInbox';
import { bilingualBot } from '../../support/bilingualBot';
import { installBrowserGlobals } from '../../support/browserGlobals';
import { startDirectLineServer, type DirectLineServer } from '../../support/directLineServer';
import { skylineBot } from '../../support/skylineBot';

const localeOf = (a: Activity): string | undefined => (a as { locale?: string }).locale;

describe('Direct Line and the customer\'s language', () => {
  let restoreGlobals: () => void;
  let srv: DirectLineServer;
  let oneLanguage: DirectLineServer;

  beforeAll(async () => {
    restoreGlobals = installBrowserGlobals();
    srv = await startDirectLineServer({ bot: bilingualBot(), welcomeWaitMs: 1500 });
    // Skyline's broadband bot speaks English only (the sample shop speaks three languages).
    oneLanguage = await startDirectLineServer({ bot: skylineBot() });
  });
  afterAll(async () => {
    await srv.close();
    await oneLanguage.close();
    restoreGlobals();
  });

  const connect = async (server: DirectLineServer) => {
    const dl = new DirectLine({ domain: server.domain, token: (await server.directLine.issueToken()).token, webSocket: true });
    return { dl, inbox: collectActivities(dl) };
  };

  it('greets a client that joins with locale es-ES in Spanish, and answers its Spanish messages in Spanish, each carrying es-ES', async () => {
    const { dl, inbox } = await connect(srv);
    try {
      // Web Chat's documented welcome pattern: an event named webchat/join once connected.
      await postActivity(dl, { type: 'event', name: 'webchat/join', from: { id: 'customer' }, locale: 'es-ES', value: { language: 'es-ES' } } as Activity);
      const welcome = await inbox.nextBotMessage();
      expect(welcome.text).toBe('¡Hola! ¿En qué te ayudo?');
      expect(localeOf(welcome)).toBe('es-ES');
      await postActivity(dl, { type: 'message', from: { id: 'customer' }, text: 'cuánto cuesta el envío', locale: 'es-ES' } as Message);
      const answer = await inbox.nextBotMessage();
      expect(answer.text).toBe('El envío es gratis a partir de 50.');
      expect(localeOf(answer)).toBe('es-ES');
    } finally {
      inbox.stop();
      dl.end();
    }
  });

  it('takes the language of an event\'s value.language when the event carries no locale', async () => {
    const { dl, inbox } = await connect(srv);
    try {
      await postActivity(dl, { type: 'event', name: 'webchat/join', from: { id: 'customer' }, value: { language: 'es' } } as Activity);
      const welcome = await inbox.nextBotMessage();
      expect(welcome.text).toBe('¡Hola! ¿En qué te ayudo?');
      expect(localeOf(welcome)).toBe('es');
    } finally {
      inbox.stop();
      dl.end();
    }
  });

  it('greets a client whose first activity is a Spanish message before answering it, both in Spanish', async () => {
    const { dl, inbox } = await connect(srv);
    try {
      await postActivity(dl, { type: 'message', from: { id: 'customer' }, text: 'dónde está mi pedido', locale: 'es-MX' } as Message);
      expect((await inbox.nextBotMessage()).text).toBe('¡Hola! ¿En qué te ayudo?');
      const asked = await inbox.nextBotMessage();
      expect(asked.text).toMatch(/^¿(Qué pedido es|Cuál es el número de pedido)\?$/);
      expect(localeOf(asked)).toBe('es-MX');
      // The echo comes after the welcome: the welcome was logged first.
      const kinds = inbox.received.filter((a) => a.type === 'message').map((a) => a.from.role ?? 'user');
      expect(kinds.slice(0, 2)).toEqual(['bot', 'user']);
    } finally {
      inbox.stop();
      dl.end();
    }
  });

  it('greets in the main language, with locale en, when the client says nothing within the wait', async () => {
    const { dl, inbox } = await connect(srv);
    try {
      const welcome = await inbox.nextBotMessage(undefined, 5000);
      expect(welcome.text).toBe('Hi! How can I help?');
      expect(localeOf(welcome)).toBe('en');
      // A later message in Spanish with its locale: the channel's hint turns the conversation Spanish.
      await postActivity(dl, { type: 'message', from: { id: 'customer' }, text: 'cuánto cuesta el envío', locale: 'es-ES' } as Message);
      const answer = await inbox.nextBotMessage();
      expect(answer.text).toBe('El envío es gratis a partir de 50.');
      expect(localeOf(answer)).toBe('es-ES');
    } finally {
      inbox.stop();
      dl.end();
    }
  });

  it('greets at once in the locale POST /conversations names, and refuses a locale that is not a language tag', async () => {
    const { token } = await srv.directLine.issueToken();
    const start = (body: unknown) => fetch(`${srv.domain}/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const refused = await start({ locale: 42 });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: unknown }).error).toEqual({ code: 'bad_request', message: '"locale" must be a language tag such as "es-ES".' });
    expect((await start({ locale: 'es-ES<script>' })).status).toBe(400);
    const started = await start({ locale: 'es-ES' });
    expect(started.status).toBe(201);
    const { conversationId } = (await started.json()) as { conversationId: string };
    const page = await fetch(`${srv.domain}/conversations/${conversationId}/activities`, { headers: { Authorization: `Bearer ${token}` } });
    const { activities } = (await page.json()) as { activities: Array<{ text?: string; locale?: string }> };
    expect(activities.map((a) => [a.text, a.locale])).toEqual([['¡Hola! ¿En qué te ayudo?', 'es-ES']]);
  });

  it('leaves a one-language bot as it was: the welcome on starting, and replies without a locale whatever the client says', async () => {
    const { dl, inbox } = await connect(oneLanguage);
    try {
      const welcome = await inbox.nextBotMessage();
      expect(welcome.text).toMatch(/^(Hi|Hello)/);
      expect(localeOf(welcome)).toBeUndefined();
      await postActivity(dl, { type: 'message', from: { id: 'customer' }, text: 'is there an outage in my area', locale: 'es-ES' } as Message);
      const answer = await inbox.nextBotMessage();
      expect(answer.text).toMatch(/[a-z]/i);
      expect(localeOf(answer)).toBeUndefined();
    } finally {
      inbox.stop();
      dl.end();
    }
  });
});
