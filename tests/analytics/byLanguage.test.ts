// The analytics report by language: each conversation counts in the language it was last in (a
// customer who switched to Spanish counts as Spanish), events without a language (a single-language
// bot, events recorded before languages were kept) in the bot's main language; and the events carry
// the conversation's language from the turn's state and the handoff's packet.
import type { AnalyticsEvent } from '../../src/analytics/analyticsEvent';
import { handoffEvents } from '../../src/analytics/handoffEvents';
import { summariseAnalytics } from '../../src/analytics/summariseAnalytics';
import { turnEvents } from '../../src/analytics/turnEvents';
import type { HandoffRecord } from '../../src/handoff/handoffRecord';
import type { TurnOutcome } from '../../src/runtime/createRuntime';

const on = (conversationId: string, at: string, language?: string) => ({ at: `2026-11-24T${at}Z`, botId: 'shop', conversationId, channel: 'webchat', ...(language ? { language } : {}) });
const turn = { type: 'turn' as const, understood: true, responseMs: 100 };

// a: English, contained, rated 5. b: started in English, switched to Spanish, handed over, rated 2.
// c: Spanish, contained, rated 4. d: no language named (older events), contained, rated 3.
const events: AnalyticsEvent[] = [
  { ...on('a', '09:00:00', 'en'), ...turn },
  { ...on('a', '09:01:00', 'en'), type: 'satisfaction', score: 5 },
  { ...on('a', '09:01:00', 'en'), type: 'conversationEnded', contained: true },
  { ...on('b', '10:00:00', 'en'), ...turn },
  { ...on('b', '10:00:30', 'es'), ...turn },
  { ...on('b', '10:00:30', 'es'), type: 'handoff', queue: 'orders', reason: 'customer_asked', mode: 'queue' },
  { ...on('b', '10:06:00', 'es'), type: 'satisfaction', score: 2 },
  { ...on('c', '11:00:00', 'es'), ...turn },
  { ...on('c', '11:01:00', 'es'), type: 'satisfaction', score: 4 },
  { ...on('c', '11:01:00', 'es'), type: 'conversationEnded', contained: true },
  { ...on('d', '12:00:00'), ...turn },
  { ...on('d', '12:01:00'), type: 'satisfaction', score: 3 },
];

describe('analytics by language', () => {
  it('gives containment and CSAT per language, each conversation in the language it was last in', () => {
    const { byLanguage } = summariseAnalytics(events);
    expect(Object.keys(byLanguage)).toEqual(['en', 'es']);
    expect(byLanguage.en).toMatchObject({ conversations: 2, containmentRate: 1, handoffRate: 0, csat: 4 });
    expect(byLanguage.es).toMatchObject({ conversations: 2, containmentRate: 0.5, handoffRate: 0.5, csat: 3 });
  });

  it('counts events that name no language in the bot\'s main language', () => {
    const { byLanguage } = summariseAnalytics(events, { language: 'es' });
    expect(byLanguage.en).toMatchObject({ conversations: 1, csat: 5 });
    expect(byLanguage.es).toMatchObject({ conversations: 3, csat: 3 });
  });

  it('are recorded with the conversation\'s language, from the turn\'s state and from the handoff\'s packet', () => {
    const state = { botId: 'shop', conversationId: 'b', customer: { channel: 'webchat' }, language: 'es', transcript: [{ at: '2026-11-24T10:00:30Z', from: 'customer', text: 'hola' }], stack: [] };
    const outcome = { state, effects: [], replies: [], understanding: { intents: [], entities: [] } } as unknown as TurnOutcome;
    expect(turnEvents(outcome, 12).map((e) => [e.type, e.language])).toEqual([['turn', 'es']]);
    const noLanguage = { ...outcome, state: { ...state, language: undefined } } as unknown as TurnOutcome;
    expect(turnEvents(noLanguage, 12)[0]).not.toHaveProperty('language');

    const handoff = { botId: 'shop', conversationId: 'b', queue: 'orders', createdAt: '2026-11-24T10:00:30Z', claimedAt: '2026-11-24T10:01:30Z', packet: { customer: { channel: 'webchat' }, language: 'es' } } as unknown as HandoffRecord;
    expect(handoffEvents({ name: 'handoff.claimed', handoff })).toEqual([expect.objectContaining({ type: 'claimed', language: 'es', waitSeconds: 60 })]);
  });
});
