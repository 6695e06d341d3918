// The bot a command works on: the manifest given, or the first in bots/. Prints its problems (to
// stderr, so a command's output can be piped) and why when there is none or it does not load.
import type { CompiledBot } from '../config/compiledBot';
import { loadBot } from '../config/loadBot';
import type { CommandIO } from './commandIO';
import { findManifests } from './findManifests';
import { formatProblem } from './formatProblem';

export function loadCommandBot(command: string, manifestArg: string | undefined, io: CommandIO): { bot: CompiledBot; manifest: string } | undefined {
  const manifest = manifestArg ?? findManifests()[0];
  if (!manifest) {
    io.err(`BATON_MANIFEST_NOT_FOUND: no bot manifest in bots/. Pass one: baton ${command} bots/acme.yaml`);
    return undefined;
  }
  const { bot, problems } = loadBot(manifest);
  for (const p of problems) io.err(formatProblem(p));
  if (!bot) {
    const count = problems.filter((p) => p.severity === 'error').length;
    io.err(`${manifest}: ${count} error${count === 1 ? '' : 's'}; the bot does not load.`);
    return undefined;
  }
  return { bot, manifest };
}
