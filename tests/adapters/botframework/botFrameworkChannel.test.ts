// The Bot Framework channel over a real port, on each SDK (botbuilder, the Agents SDK), talking to a local
// stand-in for the Bot Connector service as Teams would: welcome, replies, buttons in personal and
// group chats, the Teams user on the conversation, the handoff event, and proactive delivery.
import { conversationKey } from '../../../adapters/botframework/conversationKey';
import { handoffPacketErrors } from '../../../src/handoff/handoffPacket';
import type { ChannelAdapter } from '../../../src/server/serverContext';
import { startTestServer, type TestServer } from '../../support/startTestServer';
import { startConnectorStandIn, type ConnectorStandIn } from './connectorStandIn';
import { ANN, BEN, BOT, botAdded, buttonPressed, groupChat, message, personalChat } from './teamsActivities';
import { TEAMS_SDKS } from './teamsSdks';

describe.each(TEAMS_SDKS)('the Bot Framework channel on $sdk', ({ createChannel }) => {
  let server: TestServer;
  let connector: ConnectorStandIn;
  let channel: ChannelAdapter;

  beforeAll(async () => {
    connector = await startConnectorStandIn();
    channel = createChannel({ settings: {} });
    server = await startTestServer([channel]);
  });
  afterAll(async () => {
    await server.close();
    await connector.close();
  });
  beforeEach(() => connector.take());

  async function post(activity: unknown): Promise<number> {
    const res = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    await res.text();
    return res.status;
  }

  const messages = (batch: ReturnType<ConnectorStandIn['take']>) => batch.filter((r) => r.activity.type === 'message').map((r) => r.activity);

  it('welcomes a Teams user once, with a typing indicator first and suggested actions in a personal chat', async () => {
    const chat = personalChat(connector.url);
    expect(await post(botAdded(chat))).toBe(200);
    const batch = connector.take();
    expect(batch.map((r) => r.activity.type)).toEqual(['typing', 'message']);
    expect(batch.every((r) => r.conversationId === chat.conversationId && r.authorization === undefined)).toBe(true);
    const [welcome] = messages(batch);
    expect(welcome.text).toMatch(/Acme's assistant|Hello!/);
    expect(welcome.from.id).toBe(BOT.id);
    expect(welcome.suggestedActions.actions).toEqual([
      { type: 'imBack', title: 'Track my order', value: 'Track my order' },
      { type: 'imBack', title: 'Return an item', value: 'Return an item' },
      { type: 'imBack', title: 'Talk to a person', value: 'Talk to a person' },
    ]);
    expect(await post(botAdded(chat))).toBe(200);
    expect(await post({ ...botAdded(chat), membersAdded: [{ id: ANN.id }] })).toBe(200);
    expect(connector.take()).toEqual([]);
  });

  it('answers a message in the same conversation through the Bot Connector service', async () => {
    const chat = personalChat(connector.url);
    await post(botAdded(chat));
    connector.take();
    expect(await post(message(chat, 'how much is shipping'))).toBe(200);
    const replies = messages(connector.take());
    expect(replies.length).toBeGreaterThan(0);
    expect(replies[0].text).toMatch(/shipping/i);
    expect(replies[0].recipient.id).toBe(ANN.id);
  });

  it('shows quick replies in a group chat as a HeroCard of messageBack buttons carrying the payload', async () => {
    const chat = groupChat(connector.url);
    await post(botAdded(chat));
    const [welcome] = messages(connector.take());
    expect(welcome.suggestedActions).toBeUndefined();
    expect(welcome.attachments).toHaveLength(1);
    expect(welcome.attachments[0].contentType).toBe('application/vnd.microsoft.card.hero');
    expect(welcome.attachments[0].content.buttons).toContainEqual({
      type: 'messageBack', title: 'Talk to a person', text: 'Talk to a person', displayText: 'Talk to a person', value: { payload: 'Talk to a person' },
    });
  });

  it("passes a pressed button's value to the engine as the payload", async () => {
    const chat = groupChat(connector.url);
    await post(botAdded(chat));
    const [welcome] = messages(connector.take());
    const button = welcome.attachments[0].content.buttons.find((b: { title: string }) => b.title === 'Talk to a person');
    expect(await post(buttonPressed(chat, button, BEN))).toBe(200);
    const conversationId = conversationKey('msteams', chat.conversationId);
    expect(((await server.store.loadState('acme', conversationId)) as any).status).toBe('handoff');

    const other = groupChat(connector.url);
    expect(await post(buttonPressed(other, { value: { payload: 'intent:talk_to_human' } }, BEN))).toBe(200);
    const state = (await server.store.loadState('acme', conversationKey('msteams', other.conversationId))) as any;
    expect(state.transcript[0]).toMatchObject({ from: 'customer', text: 'intent:talk_to_human', intent: 'talk_to_human' });
    expect(state.status).toBe('handoff');
  });

  it('reads a group message without the @mention of the bot', async () => {
    const chat = groupChat(connector.url);
    expect(await post(message(chat, 'how much is shipping'))).toBe(200);
    const state = (await server.store.loadState('acme', conversationKey('msteams', chat.conversationId))) as any;
    expect(state.transcript[0]).toMatchObject({ from: 'customer', text: 'how much is shipping' });
  });

  it('records the Teams user on the conversation and sends the handoff packet in a handoff.initiate event', async () => {
    const chat = personalChat(connector.url);
    await post(botAdded(chat));
    connector.take();
    expect(await post(message(chat, 'I want to talk to a human'))).toBe(200);
    const batch = connector.take();
    expect(batch.map((r) => r.activity.type)).toEqual(['typing', 'message', 'event']);
    const event = batch[2]!.activity;
    expect(event.name).toBe('handoff.initiate');
    const conversationId = conversationKey('msteams', chat.conversationId);
    expect(event.value).toMatchObject({ conversationId, queue: 'orders', reason: 'customer_asked', customer: { id: ANN.id, channel: 'msteams', name: ANN.name, aadObjectId: ANN.aadObjectId } });
    expect(handoffPacketErrors(event.value)).toEqual([]);
    expect(event.attachments[0]).toMatchObject({ name: 'Transcript', contentType: 'application/json' });
    expect(event.attachments[0].content.activities.map((a: { text: string }) => a.text)).toContain('I want to talk to a human');
    const state = (await server.store.loadState('acme', conversationId)) as any;
    expect(state.customer).toEqual({ channel: 'msteams', userId: ANN.id, name: ANN.name, aadObjectId: ANN.aadObjectId });
  });

  it("delivers an agent's reply to the Teams conversation as a proactive message", async () => {
    const chat = personalChat(connector.url);
    await post(botAdded(chat));
    connector.take();
    const conversationId = conversationKey('msteams', chat.conversationId);
    await expect(channel.deliver!(conversationId, [{ text: 'Hi Ann, this is Sam from Acme. Let me look at your order.' }])).resolves.toBe(true);
    const [sent] = connector.take();
    expect(sent).toMatchObject({ conversationId: chat.conversationId, activity: { type: 'message', text: 'Hi Ann, this is Sam from Acme. Let me look at your order.', recipient: { id: ANN.id } } });
  });

  it('turns more quick replies than Teams shows into card buttons, also when delivered later', async () => {
    const chat = personalChat(connector.url);
    await post(botAdded(chat));
    connector.take();
    const rating = [1, 2, 3, 4, 5].map((n) => ({ title: String(n), payload: `csat:${n}` }));
    await channel.deliver!(conversationKey('msteams', chat.conversationId), [{ text: 'How did we do?', quickReplies: rating }]);
    const [sent] = messages(connector.take());
    expect(sent.suggestedActions).toBeUndefined();
    expect(sent.attachments[0].content.buttons.map((b: { value: unknown }) => b.value)).toEqual(rating.map((r) => ({ payload: r.payload })));
  });

  it('sends without a token and asks the Bot Connector for nothing else when no app credentials are set', () => {
    expect(connector.received.length).toBeGreaterThan(0);
    expect(connector.received.filter((r) => r.authorization !== undefined)).toEqual([]);
    expect(connector.unexpected).toEqual([]);
  });

  it('does not deliver to conversations it does not hold', async () => {
    await expect(channel.deliver!('rest-not-a-teams-conversation', [{ text: 'hello' }])).resolves.toBe(false);
    expect(connector.take()).toEqual([]);
  });
});
