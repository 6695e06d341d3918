// `baton eval [manifest] [--json] [--out file] [--folds n]`: how well a bot's intents are
// understood. Prints a short summary (or the whole report as JSON) and writes an HTML report,
// by default to reports/<bot>-eval.html.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ownExamples } from '../eval/crossValidate';
import { evaluateBot } from '../eval/evaluateBot';
import { formatEvalSummary } from '../eval/formatEvalSummary';
import { renderEvalHtml } from '../eval/renderEvalHtml';
import type { CommandIO } from './commandIO';
import { loadCommandBot } from './loadCommandBot';

export async function evalCommand(args: readonly string[], flags: { json: boolean; out?: string; folds?: number }, io: CommandIO): Promise<number> {
  if (flags.folds !== undefined && (!Number.isInteger(flags.folds) || flags.folds < 2)) {
    io.err(`--folds must be a whole number of at least 2 (got ${flags.folds}).`);
    return 2;
  }
  const loaded = loadCommandBot('eval', args[0], io);
  if (!loaded) return 1;
  const { bot, manifest } = loaded;
  if (ownExamples(bot).length === 0) {
    io.err(`${manifest}: the bot has no training examples of its own to evaluate.`);
    return 1;
  }
  const report = evaluateBot(bot, flags.folds !== undefined ? { folds: flags.folds } : {});
  const out = flags.out ?? join('reports', `${bot.id}-eval.html`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, renderEvalHtml(report, { generatedAt: new Date() }));
  if (flags.json) {
    io.out(JSON.stringify(report, null, 2));
    io.err(`HTML report: ${out}`);
  } else {
    for (const line of formatEvalSummary(report)) io.out(line);
    io.out(`\nHTML report: ${out}`);
  }
  return 0;
}
