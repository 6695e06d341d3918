// A frustration signal for agents and queue priority: the sentiment of the customer's messages, how
// often the bot misunderstood them or had to ask again, and whether they asked for a person.
import type { History } from '../engine/conversationState';

export interface Frustration {
  readonly level: 'low' | 'medium' | 'high';
  readonly score: number;
  readonly sentiment: number;
  readonly misunderstandings: number;
  readonly reasked: number;
}

export function frustration(history: History, askedForHuman: boolean): Frustration {
  const sentiments = history.sentiments;
  const sentiment = sentiments.length === 0 ? 0 : sentiments.reduce((a, b) => a + b, 0) / sentiments.length;
  const worst = sentiments.length === 0 ? 0 : Math.min(...sentiments);
  const negativity = Math.min(1, Math.max(0, -sentiment) * 2 + Math.max(0, -worst) * 0.5);
  const raw = 0.45 * negativity
    + 0.25 * Math.min(1, history.misunderstood / 3)
    + 0.15 * Math.min(1, history.reasked / 3)
    + 0.15 * (askedForHuman ? 1 : 0);
  const score = Math.round(Math.min(1, raw) * 100) / 100;
  return {
    level: score >= 0.6 ? 'high' : score >= 0.3 ? 'medium' : 'low',
    score,
    sentiment: Math.round(sentiment * 1000) / 1000,
    misunderstandings: history.misunderstood,
    reasked: history.reasked,
  };
}
