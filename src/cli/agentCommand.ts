// `baton agent add|list|token`: agent accounts of a bot, in the stores BATON_STORE names (default:
// its SQLite database under BATON_DATA_DIR).
//   baton agent add ann --name "Ann Lee" --queues orders,billing --capacity 3 --languages en,es   (password on stdin)
// An agent given no --languages speaks the bot's main language only, so a queue with `matchLanguage`
// never hands them a conversation in another language nobody said they speak.
//   baton agent token ann      an API token for integrations
//   baton agent list
import type { CommandIO } from './commandIO';
import { openCommandStores } from './openCommandStores';
import { loadCommandBot } from './loadCommandBot';
import { agentLanguages } from '../handoff/agentLanguages';
import { languageName } from '../language/languageName';

export interface AgentFlags {
  readonly bot?: string;
  readonly name?: string;
  readonly queues?: string;
  readonly capacity?: string;
  readonly languages?: string;
}

export async function agentCommand(args: readonly string[], flags: AgentFlags, io: CommandIO, readPassword: () => Promise<string> = readStdinLine): Promise<number> {
  const [action, id] = args;
  const loaded = loadCommandBot('agent', flags.bot, io);
  if (!loaded) return 1;
  const { bot } = loaded;
  const stores = await openCommandStores(bot.id, io);
  if (!stores) return 1;
  const accounts = stores.agents;
  try {
    if (action === 'list') {
      const all = await accounts.list();
      if (all.length === 0) io.out('No agent accounts yet: add one with  baton agent add <id> --queues <queue,...>  (password on stdin).');
      for (const a of all) io.out(`${a.id}\t${a.name}\tqueues: ${a.queues.join(', ')}\tcapacity: ${a.capacity}\tlanguages: ${agentLanguages(a, bot).join(', ')}`);
      return 0;
    }
    if (!id || !/^[a-z0-9._-]{1,64}$/i.test(id)) {
      io.err('Usage: baton agent add <id> [--name NAME] [--queues a,b] [--capacity N] [--languages en,es] (password on stdin) | baton agent token <id> | baton agent list');
      return 2;
    }
    if (action === 'token') {
      io.out(await accounts.createApiToken(id));
      return 0;
    }
    if (action !== 'add') {
      io.err(`Unknown action "${action}": use add, token or list.`);
      return 2;
    }
    const queues = (flags.queues ?? Object.keys(bot.handoff.queues).join(',')).split(',').map((q) => q.trim()).filter(Boolean);
    const unknown = queues.filter((q) => !bot.handoff.queues[q]);
    if (unknown.length > 0) {
      io.err(`BATON_UNKNOWN_QUEUE: ${unknown.join(', ')} ${unknown.length === 1 ? 'is not a queue' : 'are not queues'} of bot ${bot.id}; its queues: ${Object.keys(bot.handoff.queues).join(', ')}.`);
      return 1;
    }
    const capacity = Number(flags.capacity ?? 3);
    if (!Number.isInteger(capacity) || capacity < 1 || capacity > 50) {
      io.err('--capacity must be a whole number from 1 to 50.');
      return 2;
    }
    const languages = flags.languages === undefined ? undefined : flags.languages.split(',').map((l) => l.trim().toLowerCase()).filter(Boolean);
    const unserved = (languages ?? []).filter((l) => !bot.languages.includes(l));
    if (languages !== undefined && (languages.length === 0 || unserved.length > 0)) {
      io.err(`--languages ${languages.length === 0 ? 'lists none' : `names ${unserved.join(', ')}, not ${unserved.length === 1 ? 'a language' : 'languages'} of bot ${bot.id}`}; its languages: ${bot.languages.join(', ')}.`);
      return 2;
    }
    const agent = { id, name: flags.name ?? id, queues, capacity, ...(languages ? { languages } : {}) };
    await accounts.save(agent, (await readPassword()).trim());
    io.out(`Agent ${id} can sign in at /agent and serves ${queues.join(', ')} (up to ${capacity} at once), speaking ${agentLanguages(agent, bot).map(languageName).join(', ')}.`);
    return 0;
  } catch (err) {
    io.err((err as Error).message);
    return 1;
  } finally {
    await stores.close();
  }
}

async function readStdinLine(): Promise<string> {
  if (process.env.BATON_AGENT_PASSWORD) return process.env.BATON_AGENT_PASSWORD;
  if (process.stdin.isTTY) process.stderr.write('Password (at least 8 characters): ');
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split('\n')[0] ?? '';
}
