// `baton graph [manifest] [--flow NAME] [--out FILE]`: draws flows as Mermaid state diagrams; one flow's
// diagram with --flow, otherwise a Markdown document of every flow. Exit 1 when the bot does not load.
import { writeFileSync } from 'node:fs';
import { didYouMean } from '../config/didYouMean';
import { botToMermaid } from '../graph/botToMermaid';
import { flowToMermaid } from '../graph/flowToMermaid';
import type { CommandIO } from './commandIO';
import { loadCommandBot } from './loadCommandBot';

export function graphCommand(args: readonly string[], flags: { flow?: string; out?: string }, io: CommandIO): number {
  if (args.length > 1) {
    io.err(`baton graph draws one bot; got ${args.length} manifests. Usage: baton graph [manifest] [--flow NAME] [--out FILE]`);
    return 1;
  }
  const loaded = loadCommandBot('graph', args[0], io);
  if (!loaded) return 1;
  const { bot } = loaded;
  let text: string;
  if (flags.flow !== undefined) {
    if (!bot.flows[flags.flow]) {
      io.err(`BATON_UNKNOWN_FLOW: bot ${bot.id} has no flow "${flags.flow}". ${didYouMean(flags.flow, Object.keys(bot.flows).sort(), 'Use a flow of the bot.')}`);
      return 1;
    }
    text = `${flowToMermaid(bot, flags.flow)}\n`;
  } else {
    text = botToMermaid(bot);
  }
  if (flags.out === undefined) {
    io.out(text.trimEnd());
    return 0;
  }
  try {
    writeFileSync(flags.out, text);
  } catch (err) {
    io.err(`Cannot write ${flags.out}: ${(err as Error).message}`);
    return 1;
  }
  const count = flags.flow !== undefined ? 1 : Object.keys(bot.flows).length;
  io.out(`${flags.out}: ${count} flow${count === 1 ? '' : 's'} drawn`);
  return 0;
}
