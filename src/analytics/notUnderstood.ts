// The messages the bot did not understand (already masked), most frequent first, then most
// recent; each worded as first seen.
import type { AnalyticsEvent } from './analyticsEvent';
import { ofType } from './keyRates';

export interface NotUnderstoodMessage {
  readonly text: string;
  readonly count: number;
  readonly lastAt: string;
}

export function notUnderstood(events: readonly AnalyticsEvent[], limit = 50): NotUnderstoodMessage[] {
  const byText = new Map<string, NotUnderstoodMessage>();
  for (const turn of ofType(events, 'turn').sort((a, b) => Date.parse(a.at) - Date.parse(b.at))) {
    if (turn.understood || turn.text === undefined) continue;
    const text = turn.text.trim().replace(/\s+/g, ' ');
    const seen = byText.get(text.toLowerCase());
    byText.set(text.toLowerCase(), { text: seen?.text ?? text, count: (seen?.count ?? 0) + 1, lastAt: turn.at });
  }
  return [...byText.values()]
    .sort((a, b) => b.count - a.count || Date.parse(b.lastAt) - Date.parse(a.lastAt))
    .slice(0, limit);
}
