// The `baton` command: dispatches to one command per file. Each command's module is loaded only
// when that command runs: together they pull in every store, channel and SDK, which would add
// seconds to the start of any one of them.
import { parseArgs } from 'node:util';
import { processIO, type CommandIO } from './commandIO';

const USAGE = `Usage: baton <command> [options]

Commands:
  init <folder> [--baton SPEC]
                             Write a bot project of your own into a new or empty folder.
  start [manifest] [--watch] Start the server: web chat at /, REST at /api/chat (PORT, default 3978);
                             --watch reloads the bot when its files change.
  agent add <id> [--name N] [--queues a,b] [--capacity N] [--languages en,es] [--bot manifest]
                             Create or update an agent account (password on stdin).
  agent token <id> | agent list
                             An API token for integrations; the accounts.
  data purge [--days N] | data export <customer> | data erase <customer>
                             Retention and privacy requests (customer: email:…, aad:…, web:… or an email).
  report [--from DAY] [--to DAY] [--out FILE] [--json]
                             Support analytics of a period as HTML and JSON (default: the last 7 days).
  validate [manifest...] [--against STORE]
                             Check bots for errors (default: every manifest in bots/). --json for editors and CI;
                             --against counts the stored conversations a new version would move (exit 3 when any).
  chat [manifest] [--debug]  Talk to a bot in the terminal; --debug shows intent, confidence, state and slots.
  test [file|folder|glob...] Run conversation transcripts (default: every *.yaml below tests/conversations/).
  eval [manifest] [--json] [--out FILE] [--folds N]
                             How well intents are understood: cross-validation, held-out tests,
                             confused pairs; writes an HTML report (default reports/<bot>-eval.html).
  graph [manifest] [--flow NAME] [--out FILE]
                             Draw flows as Mermaid state diagrams.

Run "baton <command> --help" for a command's options.`;

const HELP: Record<string, string> = {
  init: 'baton init <folder> [--baton SPEC]\n  Writes a bot project into a new or empty folder: package.json depending on Baton (SPEC: what to depend on, default this version), bots/<folder>.yaml, flows, intents with held-out tests, a code file importing from \'baton\', a transcript in tests/conversations/, a README and .gitignore. Then, in the folder: npm install, npx baton start. Refuses a folder that holds anything.',
  start: 'baton start [manifest]\n  Starts the server with the bot (default: the first manifest in bots/). PORT (default 3978) and HOST (default 0.0.0.0) choose where it listens. --watch reloads YAML on change: validated and trained beside the running bot, swapped in only when valid; conversations keep their state.',
  validate: 'baton validate [manifest...] [--json] [--against STORE]\n  Loads each bot and prints every problem as file:line:col CODE message; exits 1 on any error.\n  --against STORE reads the conversations stored for the bot (STORE as BATON_STORE names one: sqlite for BATON_DATA_DIR, a SQLite file or a data folder holding <bot>.db, or a redis:// address with BATON_REDIS_PREFIX) and reports how many this version would move, by flow.state and where to, and which slot values it would drop; exits 3 when any would (1 still wins: an error, or a store that cannot be read), so a deploy can stop or ask first. Nothing stored is changed.',
  chat: 'baton chat [manifest] [--debug]\n  Chats with the bot in the terminal. Type the number of a button to press it; /handback [flow.state] gives the conversation back from the agent; /quit ends.',
  agent: 'baton agent add <id> [--name NAME] [--queues a,b] [--capacity N] [--languages en,es] [--bot manifest]\n  Creates or updates an agent account of the bot, reading the password from stdin (or BATON_AGENT_PASSWORD).\n  --languages: the languages the agent speaks (default: the bot\'s main language only).\nbaton agent token <id>\n  Prints an API token for integrations.\nbaton agent list',
  data: 'baton data purge [--days N] [--bot manifest]\n  Deletes conversations idle, and handoffs closed, for more than N days (default: the manifest\'s retention.days), and web chat conversations whose last activity is older.\nbaton data export <customer>\n  Prints everything stored about the customer as JSON: profile, conversations with full transcripts, handoffs, web chat activities.\nbaton data erase <customer>\n  Deletes the customer\'s profile, conversations, transcripts, handoffs, analytics events, waiting replies and web chat activities.\nA customer is a key (email:ann@example.com, aad:<object id>, web:<user id>), an email address or a profile id. The stores are those of BATON_STORE.',
  eval: 'baton eval [manifest] [--json] [--out FILE] [--folds N]\n  Stratified k-fold cross-validation over the training examples plus the held-out tests: accuracy, per-intent precision/recall/F1, the most-confused pairs with their examples, and examples closer to another intent. Writes a self-contained HTML report; --json prints the report as JSON.',
  graph: 'baton graph [manifest] [--flow NAME] [--out FILE]\n  Draws flows as Mermaid state diagrams: one flow with --flow, otherwise a Markdown document of every flow for a README or GitHub.',
  report: 'baton report [--from DAY] [--to DAY] [--out FILE] [--json] [--bot manifest]\n  The support analytics of a period: containment, handoffs by reason, intent and flow state, fallbacks, FAQ helpfulness, CSAT, response and wait times, per channel and per day, and the messages not understood. Days are YYYY-MM-DD in the bot\'s time zone, both included (or ISO times); default the last 7 days. Writes a self-contained HTML file (default reports/<bot>-analytics-<from>-<to>.html) and the same report as JSON beside it. The stores are those of BATON_STORE.',
  test: 'baton test [file|folder|glob...]\n  Runs YAML conversation transcripts through the real bot: files, every *.yaml and *.yml below a folder, the files a glob matches (default: everything below tests/conversations/). Each file is checked against transcript.schema.json first; a file with problems is not run and its problems are printed. Exits 1 when a turn does not do what its transcript expects, or when an argument names no transcript. The format: docs/transcripts.md.',
};

export async function main(argv: readonly string[], io: CommandIO = processIO): Promise<number> {
  const [command, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        debug: { type: 'boolean', default: false },
        watch: { type: 'boolean', default: false },
        against: { type: 'string' },
        flow: { type: 'string' },
        out: { type: 'string', short: 'o' },
        folds: { type: 'string' },
        bot: { type: 'string' },
        name: { type: 'string' },
        queues: { type: 'string' },
        capacity: { type: 'string' },
        languages: { type: 'string' },
        days: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        baton: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    io.err(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { positionals, values } = parsed;
  if (command !== undefined && values.help && HELP[command]) {
    io.out(HELP[command]!);
    return 0;
  }
  switch (command) {
    case 'init':
      return (require('./initCommand') as typeof import('./initCommand')).initCommand(positionals, { ...(values.baton !== undefined ? { baton: values.baton } : {}) }, io);
    case 'start':
      return (require('./startCommand') as typeof import('./startCommand')).startCommand(positionals, { watch: values.watch }, io);
    case 'validate':
      return (require('./validateCommand') as typeof import('./validateCommand')).validateCommand(positionals, { json: values.json, ...(values.against !== undefined ? { against: values.against } : {}) }, io);
    case 'chat':
      return (require('./chatCommand') as typeof import('./chatCommand')).chatCommand(positionals, { debug: values.debug }, io);
    case 'test':
      return (require('./testCommand') as typeof import('./testCommand')).testCommand(positionals, io);
    case 'agent':
      return (require('./agentCommand') as typeof import('./agentCommand')).agentCommand(positionals, { bot: values.bot, name: values.name, queues: values.queues, capacity: values.capacity, languages: values.languages }, io);
    case 'data':
      return (require('./dataCommand') as typeof import('./dataCommand')).dataCommand(positionals, { bot: values.bot, days: values.days }, io);
    case 'report':
      return (require('./reportCommand') as typeof import('./reportCommand')).reportCommand({ from: values.from, to: values.to, out: values.out, json: values.json, bot: values.bot }, io);
    case 'eval':
      return (require('./evalCommand') as typeof import('./evalCommand')).evalCommand(positionals, { json: values.json, ...(values.out !== undefined ? { out: values.out } : {}), ...(values.folds !== undefined ? { folds: Number(values.folds) } : {}) }, io);
    case 'graph':
      return (require('./graphCommand') as typeof import('./graphCommand')).graphCommand(positionals, { flow: values.flow, out: values.out }, io);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.out(USAGE);
      return 0;
    default:
      io.err(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}
