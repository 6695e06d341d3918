// `baton validate [manifest...] [--json]`: loads each bot and reports every problem; exit 1 on any error.
import { loadBot } from '../config/loadBot';
import type { Problem } from '../config/problem';
import { findManifests } from './findManifests';
import { formatProblem } from './formatProblem';
import type { CommandIO } from './commandIO';

export function validateCommand(args: readonly string[], flags: { json: boolean }, io: CommandIO): number {
  const manifests = args.length > 0 ? [...args] : findManifests();
  if (manifests.length === 0) {
    io.err('BATON_MANIFEST_NOT_FOUND: no bot manifest in bots/. Pass one: baton validate bots/acme.yaml');
    return 1;
  }
  let errors = 0;
  const report: Array<{ manifest: string; ok: boolean; problems: readonly Problem[] }> = [];
  for (const manifest of manifests) {
    const { bot, problems } = loadBot(manifest);
    const count = problems.filter((p) => p.severity === 'error').length;
    errors += count;
    report.push({ manifest, ok: count === 0, problems });
    if (flags.json) continue;
    for (const p of problems) io.out(`${formatProblem(p)}\n`);
    const warnings = problems.length - count;
    const summary = bot
      ? `${manifest}: ok: ${Object.keys(bot.intents).length} intents, ${Object.keys(bot.faq).length} FAQ entries, ${Object.keys(bot.flows).length} flows`
      : `${manifest}: ${count} error${count === 1 ? '' : 's'}`;
    io.out(`${summary}${warnings > 0 ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}`);
  }
  if (flags.json) io.out(JSON.stringify({ ok: errors === 0, bots: report }, null, 2));
  return errors > 0 ? 1 : 0;
}
