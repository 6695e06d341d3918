// An analytics report: the bot, the period and the summary of its events. What the dashboard shows
// (GET /api/agent/analytics) and what `baton report` writes as JSON and HTML.
import type { AnalyticsPeriod } from './analyticsPeriod';
import type { AnalyticsStore } from './analyticsStore';
import { reportTitles, type ReportTitles, type TitledBot } from './reportTitles';
import { summariseAnalytics, type AnalyticsSummary } from './summariseAnalytics';
import { languageCode } from '../language/languageOf';

export interface AnalyticsReport {
  readonly bot: { readonly id: string; readonly name: string; readonly timezone: string };
  readonly period: { readonly from: string; readonly to: string; readonly fromDay: string; readonly toDay: string; readonly timezone: string };
  readonly generatedAt: string;
  readonly summary: AnalyticsSummary;
  /** The authors' titles of the flows, intents and FAQ entries the summary counts by name. */
  readonly titles: ReportTitles;
}

export interface ReportBot extends TitledBot {
  readonly id: string;
  readonly name: string;
  readonly timezone: string;
  /** The bot's main language (or locale, `es-ES`), of conversations whose events name none. */
  readonly locale?: string;
}

export async function buildAnalyticsReport(store: AnalyticsStore, bot: ReportBot, period: AnalyticsPeriod, now: Date): Promise<AnalyticsReport> {
  const events = await store.query(bot.id, period.from, period.to);
  return {
    bot: { id: bot.id, name: bot.name, timezone: bot.timezone },
    period: { from: period.from.toISOString(), to: period.to.toISOString(), fromDay: period.fromDay, toDay: period.toDay, timezone: period.timezone },
    generatedAt: now.toISOString(),
    summary: summariseAnalytics(events, { timezone: bot.timezone, ...(bot.locale !== undefined ? { language: languageCode(bot.locale) } : {}) }),
    titles: reportTitles(bot),
  };
}
