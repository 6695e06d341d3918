// `baton report [--from DAY] [--to DAY] [--out FILE] [--json] [--bot manifest]`: the analytics of a
// period (days in the bot's time zone, both included; default the last seven days) from the bot's
// stores (BATON_STORE), written as a self-contained HTML file and the same report as JSON beside it
// (default reports/<bot>-analytics-<from>-<to>.html and .json). Prints the headline figures.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderAnalyticsHtml } from '../../adapters/console/renderAnalyticsHtml';
import { languageName } from '../language/languageName';
import { analyticsPeriod, PeriodError, type AnalyticsPeriod } from '../analytics/analyticsPeriod';
import { buildAnalyticsReport, type AnalyticsReport } from '../analytics/analyticsReport';
import type { CommandIO } from './commandIO';
import { loadCommandBot } from './loadCommandBot';
import { openCommandStores } from './openCommandStores';

export interface ReportFlags {
  readonly from?: string;
  readonly to?: string;
  readonly out?: string;
  readonly json?: boolean;
  readonly bot?: string;
}

const percent = (rate: number | null): string => (rate === null ? '–' : `${(rate * 100).toFixed(1)} %`);

export async function reportCommand(flags: ReportFlags, io: CommandIO, now: () => Date = () => new Date()): Promise<number> {
  const loaded = loadCommandBot('report', flags.bot, io);
  if (!loaded) return 1;
  const { bot } = loaded;
  let period: AnalyticsPeriod;
  try {
    period = analyticsPeriod({ ...(flags.from ? { from: flags.from } : {}), ...(flags.to ? { to: flags.to } : {}) }, bot.timezone, now());
  } catch (err) {
    if (!(err instanceof PeriodError)) throw err;
    io.err(err.message);
    return 2;
  }
  const stores = await openCommandStores(bot.id, io);
  if (!stores) return 1;
  let report: AnalyticsReport;
  try {
    report = await buildAnalyticsReport(stores.analytics, bot, period, now());
  } finally {
    await stores.close();
  }
  const html = flags.out ?? join('reports', `${bot.id}-analytics-${period.fromDay}-${period.toDay}.html`);
  const json = html.replace(/\.html?$/i, '') + '.json';
  mkdirSync(dirname(html), { recursive: true });
  writeFileSync(html, renderAnalyticsHtml(report));
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  const s = report.summary;
  if (flags.json) io.out(JSON.stringify(report, null, 2));
  else {
    io.out(`${bot.name}, ${period.fromDay} to ${period.toDay} (${period.timezone}): ${s.conversations} conversation(s)`);
    io.out(`  containment ${percent(s.containmentRate)}, handoffs ${percent(s.handoffRate)}, not understood ${percent(s.fallbackRate)}`);
    io.out(`  CSAT ${s.csat.average === null ? '–' : `${s.csat.average.toFixed(2)} / 5`} (${s.csat.responses} rating(s)), FAQ helpful ${percent(s.faqHelpfulness.rate)}`);
    for (const [language, r] of Object.entries(s.byLanguage)) {
      if (Object.keys(s.byLanguage).length < 2) break;
      io.out(`  ${languageName(language)}: ${r.conversations} conversation(s), containment ${percent(r.containmentRate)}, CSAT ${r.csat === null ? '–' : `${r.csat.toFixed(2)} / 5`}`);
    }
    io.out(`  ${s.notUnderstood.length} message(s) not understood listed`);
  }
  (flags.json ? io.err : io.out)(`HTML report: ${html}\nJSON report: ${json}`);
  return 0;
}
