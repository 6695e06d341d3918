// The analytics summary over a hand-made set of five conversations whose figures are worked out below.
import type { AnalyticsEvent } from '../../src/analytics/analyticsEvent';
import { summariseAnalytics } from '../../src/analytics/summariseAnalytics';
import { percentiles } from '../../src/analytics/percentiles';

const at = (day: string, time: string): string => `2026-11-${day}T${time}Z`;
const on = (conversationId: string, channel: string, when: string) => ({ at: when, botId: 'acme', conversationId, channel });
const turn = (understood: boolean, responseMs: number, text?: string) => ({ type: 'turn' as const, understood, responseMs, ...(text ? { text } : {}) });

// c1 webchat, 24th: 2 turns (1 not understood), FAQ helpful, rated 5, ended contained.
// c2 webchat, 24th: 1 turn, handed over (customer_asked), claimed after 60 s, rated 2, ended not contained.
// c3 msteams, 25th: 2 turns (1 not understood), FAQ not helpful, ticket (not_understood), still open.
// c4 msteams, 25th: 1 turn, rated 4, ended contained.
// c5 webchat, 25th: 1 turn not understood, still open, never handed over (counts as contained).
const events: AnalyticsEvent[] = [
  { ...on('c1', 'webchat', at('24', '09:00:00')), ...turn(true, 100), intent: 'greet', confidence: 0.9 },
  { ...on('c1', 'webchat', at('24', '09:00:10')), ...turn(false, 120, 'where is my parcel') },
  { ...on('c1', 'webchat', at('24', '09:00:20')), type: 'faqFeedback', faq: 'delivery_times', helpful: true },
  { ...on('c1', 'webchat', at('24', '09:01:00')), type: 'satisfaction', score: 5 },
  { ...on('c1', 'webchat', at('24', '09:01:00')), type: 'conversationEnded', contained: true },
  { ...on('c2', 'webchat', at('24', '10:00:00')), ...turn(true, 300), intent: 'human' },
  { ...on('c2', 'webchat', at('24', '10:00:00')), type: 'handoff', queue: 'orders', reason: 'customer_asked', mode: 'queue' },
  { ...on('c2', 'unknown', at('24', '10:01:00')), type: 'claimed', queue: 'orders', waitSeconds: 60 },
  { ...on('c2', 'unknown', at('24', '10:05:00')), type: 'resolved', queue: 'orders', handlingSeconds: 240 },
  { ...on('c2', 'webchat', at('24', '10:06:00')), type: 'satisfaction', score: 2 },
  { ...on('c2', 'webchat', at('24', '10:06:00')), type: 'conversationEnded', contained: false },
  { ...on('c3', 'msteams', at('25', '08:00:00')), ...turn(false, 200, 'Where is my  parcel') },
  { ...on('c3', 'msteams', at('25', '08:00:30')), ...turn(true, 90), faq: 'delivery_times' },
  { ...on('c3', 'msteams', at('25', '08:00:40')), type: 'faqFeedback', faq: 'delivery_times', helpful: false },
  { ...on('c3', 'msteams', at('25', '08:00:50')), type: 'handoff', queue: 'orders', reason: 'not_understood', mode: 'ticket' },
  { ...on('c4', 'msteams', at('25', '12:00:00')), ...turn(true, 50) },
  { ...on('c4', 'msteams', at('25', '12:01:00')), type: 'satisfaction', score: 4 },
  { ...on('c4', 'msteams', at('25', '12:01:00')), type: 'conversationEnded', contained: true },
  { ...on('c5', 'webchat', at('25', '13:00:00')), ...turn(false, 400, 'call me on [phone]') },
];

describe('summariseAnalytics', () => {
  const summary = summariseAnalytics([...events].reverse());

  it('counts conversations, containment, handoffs and fallbacks', () => {
    expect(summary.conversations).toBe(5);
    expect(summary.containmentRate).toBeCloseTo(3 / 5); // c1, c4, c5
    expect(summary.handoffRate).toBeCloseTo(2 / 5); // c2, c3
    expect(summary.handoffsByReason).toEqual({ customer_asked: 1, not_understood: 1 });
    expect(summary.fallbackRate).toBeCloseTo(3 / 7); // 7 turns, 3 not understood
  });

  it('sums FAQ feedback and CSAT', () => {
    expect(summary.faqHelpfulness).toEqual({ helpful: 1, notHelpful: 1, rate: 0.5 });
    expect(summary.csat.responses).toBe(3);
    expect(summary.csat.average).toBeCloseTo((5 + 2 + 4) / 3);
    expect(summary.csat.satisfiedRate).toBeCloseTo(2 / 3);
  });

  it('takes percentiles of each conversation\'s first response and of queue waits', () => {
    expect(summary.firstResponseMs).toEqual({ p50: 200, p90: 400 }); // 50, 100, 200, 300, 400
    expect(summary.queueWaitSeconds).toEqual({ p50: 60, p90: 60 });
  });

  it('splits the key rates by channel, taking a conversation\'s channel from its events that name one', () => {
    expect(Object.keys(summary.byChannel).sort()).toEqual(['msteams', 'webchat']);
    const web = summary.byChannel.webchat!;
    expect(web.conversations).toBe(3);
    expect(web.containmentRate).toBeCloseTo(2 / 3);
    expect(web.handoffRate).toBeCloseTo(1 / 3);
    expect(web.fallbackRate).toBeCloseTo(2 / 4);
    expect(web.csat).toBeCloseTo(3.5);
    expect(summary.byChannel.msteams).toEqual({
      conversations: 2, containmentRate: 0.5, handoffRate: 0.5, fallbackRate: 1 / 3, csat: 4,
      firstResponseMs: { p50: 50, p90: 200 }, queueWaitSeconds: { p50: null, p90: null },
    });
    expect(web.firstResponseMs).toEqual({ p50: 300, p90: 400 }); // 100, 300, 400
    expect(web.queueWaitSeconds).toEqual({ p50: 60, p90: 60 });
  });

  it('splits by the day each conversation began, in order', () => {
    expect(summary.byDay.map(({ day, conversations, containmentRate, csat }) => ({ day, conversations, containmentRate, csat }))).toEqual([
      { day: '2026-11-24', conversations: 2, containmentRate: 0.5, csat: 3.5 },
      { day: '2026-11-25', conversations: 3, containmentRate: 2 / 3, csat: 4 },
    ]);
    expect(summary.byDay[0]).toMatchObject({ handoffRate: 0.5, fallbackRate: 1 / 3, firstResponseMs: { p50: 100, p90: 300 }, queueWaitSeconds: { p50: 60 } });
  });

  it('counts days in the time zone asked for', () => {
    // Kiritimati is UTC+14: c1 (24th 09:00Z) is 23:00 on the 24th there, c2 (10:00Z) midnight on the
    // 25th, c3 (25th 08:00Z) 22:00 on the 25th, c4 and c5 (12:00Z, 13:00Z) early on the 26th.
    const farEast = summariseAnalytics(events, { timezone: 'Pacific/Kiritimati' });
    expect(farEast.byDay.map((d) => [d.day, d.conversations])).toEqual([['2026-11-24', 1], ['2026-11-25', 2], ['2026-11-26', 2]]);
  });

  it('attributes each handoff to the intent last understood and the flow state before it', () => {
    const withFlow: AnalyticsEvent[] = [
      ...events,
      { ...on('c6', 'webchat', at('26', '09:00:00')), ...turn(true, 80), intent: 'return_item', flow: 'return_item', state: 'ask_order' },
      { ...on('c6', 'webchat', at('26', '09:00:10')), ...turn(false, 80, 'hmm'), flow: 'return_item', state: 'ask_order' },
      { ...on('c6', 'webchat', at('26', '09:00:20')), type: 'handoff', queue: 'returns', reason: 'not_understood', mode: 'queue' },
    ];
    const s = summariseAnalytics(withFlow);
    // c2 asked for a human (intent human, no flow); c3's last understood turn had no intent; c6 was returning an item.
    expect(s.handoffsByIntent).toEqual({ '(none)': 1, human: 1, return_item: 1 });
    expect(s.handoffsByState).toEqual({ '(no flow)': 2, 'return_item.ask_order': 1 });
    expect(Object.keys(s.handoffsByIntent)).toEqual(['(none)', 'human', 'return_item']);
    expect(s.handoffsByReason).toEqual({ not_understood: 2, customer_asked: 1 });
    expect(Object.keys(s.handoffsByReason)).toEqual(['not_understood', 'customer_asked']);
  });

  it('counts understood messages by intent and takes percentiles of agents\' handling time', () => {
    expect(summary.intents).toEqual({ greet: 1, human: 1 });
    expect(summary.handlingSeconds).toEqual({ p50: 240, p90: 240 });
  });

  it('lists the messages not understood, the same text counted together, most frequent first', () => {
    expect(summary.notUnderstood).toEqual([
      { text: 'where is my parcel', count: 2, lastAt: at('25', '08:00:00') },
      { text: 'call me on [phone]', count: 1, lastAt: at('25', '13:00:00') },
    ]);
  });

  it('gives null rates, not zeros, when there is nothing to measure', () => {
    const empty = summariseAnalytics([]);
    expect(empty).toMatchObject({ conversations: 0, containmentRate: null, fallbackRate: null, csat: { responses: 0, average: null }, firstResponseMs: { p50: null, p90: null }, byDay: [], notUnderstood: [] });
  });
});

describe('percentiles', () => {
  it('takes the nearest rank', () => {
    expect(percentiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual({ p50: 5, p90: 9 });
    expect(percentiles([7])).toEqual({ p50: 7, p90: 7 });
  });
});
