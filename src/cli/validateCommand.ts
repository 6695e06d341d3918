// `baton validate [manifest...] [--json] [--against <store>]`: loads each bot and reports every
// problem; with --against, also what the bot would change in the conversations the store holds.
// Exit 1 on any error (or a store that cannot be read), else 3 when stored conversations would move
// or lose slot values, else 0.
import { loadBot } from '../config/loadBot';
import type { Problem } from '../config/problem';
import { describeConversationMoves } from '../runtime/describeConversationMoves';
import { changesStored, checkAgainstStore, type StoreCheck } from './checkAgainstStore';
import { findManifests } from './findManifests';
import { formatProblem } from './formatProblem';
import type { CommandIO } from './commandIO';

/** The exit code when the bot is valid but would move stored conversations or drop their slot values. */
export const EXIT_STORED_CHANGES = 3;

export interface ValidateFlags {
  readonly json: boolean;
  /** A store as BATON_STORE names one: sqlite, a SQLite file or data folder, or a redis:// address. */
  readonly against?: string;
}

export async function validateCommand(args: readonly string[], flags: ValidateFlags, io: CommandIO): Promise<number> {
  const manifests = args.length > 0 ? [...args] : findManifests();
  if (manifests.length === 0) {
    io.err('BATON_MANIFEST_NOT_FOUND: no bot manifest in bots/. Pass one: baton validate bots/acme.yaml');
    return 1;
  }
  let errors = 0;
  let changes = false;
  const report: Array<{ manifest: string; ok: boolean; problems: readonly Problem[]; against?: StoreCheck }> = [];
  for (const manifest of manifests) {
    const { bot, problems } = loadBot(manifest);
    const count = problems.filter((p) => p.severity === 'error').length;
    const against = bot && flags.against !== undefined ? await checkAgainstStore(bot, flags.against) : undefined;
    errors += count + (against?.ok === false ? 1 : 0);
    changes ||= changesStored(against);
    report.push({ manifest, ok: count === 0, problems, ...(against ? { against } : {}) });
    if (flags.json) continue;
    for (const p of problems) io.out(`${formatProblem(p)}\n`);
    const warnings = problems.length - count;
    const summary = bot
      ? `${manifest}: ok: ${counted(Object.keys(bot.intents).length, 'intent', 'intents')}, ${counted(Object.keys(bot.faq).length, 'FAQ entry', 'FAQ entries')}, ${counted(Object.keys(bot.flows).length, 'flow', 'flows')}${bot.replies.length ? `, ${counted(bot.replies.length, 'saved reply', 'saved replies')}` : ''}`
      : `${manifest}: ${count} error${count === 1 ? '' : 's'}`;
    io.out(`${summary}${warnings > 0 ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}`);
    if (against?.ok === false) io.err(`${manifest}: ${against.error}`);
    if (against?.ok) io.out(`${manifest}: against ${against.store}: ${describeConversationMoves(against.found)}.`);
  }
  if (flags.json) io.out(JSON.stringify({ ok: errors === 0, ...(flags.against !== undefined ? { storedChanges: changes } : {}), bots: report }, null, 2));
  return errors > 0 ? 1 : changes ? EXIT_STORED_CHANGES : 0;
}

/** "1 FAQ entry", "2 FAQ entries". */
function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
