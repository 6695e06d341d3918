// `baton eval [manifest] [--json] [--out file] [--folds n]`: how well a bot's intents are
// understood. Prints a short summary (or the whole report as JSON) and writes an HTML report,
// by default to reports/<bot>-eval.html (and reports/<bot>-eval-<language>.html for each other language).
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
  const generatedAt = new Date();
  writeFileSync(out, renderEvalHtml(report, { generatedAt }));
  // A bot of several languages: an HTML report per other language beside the main one (acme-eval-es.html).
  const others = Object.entries(report.byLanguage ?? {}).map(([code, own]) => {
    const file = out.replace(/(\.html?)?$/i, (ext) => `-${code}${ext || '.html'}`);
    writeFileSync(file, renderEvalHtml(own, { generatedAt }));
    return file;
  });
  const where = [`HTML report: ${out}`, ...others.map((file) => `HTML report (${file.slice(out.replace(/\.html?$/i, '').length + 1).replace(/\.html?$/i, '')}): ${file}`)];
  if (flags.json) {
    io.out(JSON.stringify(report, null, 2));
    for (const line of where) io.err(line);
  } else {
    for (const line of formatEvalSummary(report)) io.out(line);
    io.out(`\n${where.join('\n')}`);
  }
  return 0;
}
