// Runs a transcript file through the real loader, NLU, engine and runtime, and reports every turn
// that does not do what the transcript expects, with its line in the file. A file that does not
// follow transcript.schema.json is not run: its problems are reported instead, each where it is.
import { dirname, resolve } from 'node:path';
import type { CompiledBot } from '../config/compiledBot';
import { loadBot } from '../config/loadBot';
import { locate } from '../config/locate';
import { sortProblems, type Problem } from '../config/problem';
import { readSourceFile, type SourceFile } from '../config/sourceFile';
import { createBotNlu } from '../nlu/createBotNlu';
import type { BotNlu } from '../runtime/botNlu';
import { manualClock } from '../runtime/clock';
import { createRuntime, type TurnOutcome } from '../runtime/createRuntime';
import { createMemoryStore } from '../store/memoryStore';
import { checkTurn } from './checkTurn';
import { DEFAULT_TEST_TIME, type ConversationSpec, type TranscriptFile, type TurnSpec } from './transcript';
import { transcriptSchemaCheck } from './transcriptSchemaCheck';
import { startWebhookStandIn } from './webhookStandIn';

export interface TurnFailure {
  readonly line: number;
  readonly col: number;
  readonly turn: number;
  readonly message: string;
  /** The problem of the file itself (YAML, schema) this failure reports, when it is one. */
  readonly problem?: Problem;
}

/** The name of the result of a file that could not be run. */
export const NOT_RUN = '(not run)';

export interface ConversationResult {
  readonly file: string;
  readonly name: string;
  readonly failures: readonly TurnFailure[];
}

export interface PreparedBot {
  readonly bot: CompiledBot;
  readonly nlu: BotNlu;
}

/** Loads and trains each bot once per run. */
export class BotCache {
  readonly #bots = new Map<string, PreparedBot | Error>();

  get(manifest: string): PreparedBot | Error {
    const key = resolve(manifest);
    let entry = this.#bots.get(key);
    if (!entry) {
      const { bot, problems } = loadBot(key);
      entry = bot ? { bot, nlu: createBotNlu(bot) } : new Error(`the bot does not load: ${problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line}:${p.col} ${p.code} ${p.message}`).join('; ')}`);
      this.#bots.set(key, entry);
    }
    return entry;
  }
}

export async function runTranscript(path: string, bots: BotCache, defaultBot?: string): Promise<ConversationResult[]> {
  const { source, problems } = readSourceFile(resolve(path));
  const file = source?.file ?? path;
  const broken = (message: string): ConversationResult[] => [{ file, name: NOT_RUN, failures: [{ line: 1, col: 1, turn: 0, message }] }];
  const errors = problems.filter((p) => p.severity === 'error');
  if (!source?.data || errors.length > 0) return errors.length > 0 ? notRun(file, errors) : broken('cannot be read');
  const schemaErrors = transcriptSchemaCheck(source);
  if (schemaErrors.length > 0) return notRun(file, schemaErrors);
  const spec = source.data as unknown as TranscriptFile;
  const manifest = spec.bot !== undefined ? resolve(dirname(source.absPath), spec.bot) : defaultBot;
  if (!manifest) return broken('names no `bot:` and no default manifest was found');
  const prepared = bots.get(manifest);
  if (prepared instanceof Error) return broken(prepared.message);
  const standIn = Object.keys(prepared.bot.webhooks).length > 0 ? await startWebhookStandIn(prepared.bot, spec.webhooks ?? {}) : undefined;
  try {
    const results: ConversationResult[] = [];
    for (const [index, conversation] of spec.conversations.entries()) {
      const bot = standIn?.bot ?? prepared.bot;
      results.push({ file, name: conversation.name, failures: await runConversation(source, index, conversation, bot, prepared.nlu, spec.at, conversation.locale ?? spec.locale) });
    }
    return results;
  } finally {
    await standIn?.close();
  }
}

function notRun(file: string, problems: readonly Problem[]): ConversationResult[] {
  const failures = sortProblems(problems).map((p) => ({ line: p.line, col: p.col, turn: 0, message: `${p.code} ${p.path ? `${p.path}: ` : ''}${p.message}`, problem: p }));
  return [{ file, name: NOT_RUN, failures }];
}

/** `locale`: the channel's, given at the start and with every message as a channel gives it. */
async function runConversation(source: SourceFile, index: number, conversation: ConversationSpec, bot: CompiledBot, nlu: BotNlu, at?: string, locale?: string): Promise<TurnFailure[]> {
  const clock = manualClock(at ?? DEFAULT_TEST_TIME);
  const runtime = createRuntime({ bot, nlu, store: createMemoryStore(), clock, actionTimeoutMs: 2000 });
  const id = `test-${index + 1}`;
  const failures: TurnFailure[] = [];
  // The channel's hint of the customer's language, as a page or a client sends it: at the start and with every message.
  const channel = locale !== undefined ? { locale } : {};
  let last: TurnOutcome | undefined = conversation.greet ? await runtime.start(id, undefined, channel) : undefined;
  for (const [t, turn] of conversation.turns.entries()) {
    const where = locate(source, ['conversations', index, 'turns', t]);
    const fail = (message: string): void => { failures.push({ ...where, turn: t + 1, message: `turn ${t + 1} (${describe(turn)}): ${message}` }); };
    if (turn.at) clock.set(turn.at);
    const input = inputOf(turn, last);
    if (typeof input === 'string') {
      fail(input);
      break;
    }
    const chosen = turn.language !== undefined ? { language: turn.language } : {};
    last = input.handBack ? await runtime.handBack(id, input.handBack) : await runtime.message(id, { text: input.text, payload: input.payload, ...channel, ...chosen });
    for (const problem of checkTurn(turn, last, bot.languages[0])) fail(problem);
  }
  return failures;
}

function inputOf(turn: TurnSpec, last: TurnOutcome | undefined): { text?: string; payload?: string; handBack?: TurnSpec['handBack'] } | string {
  if (turn.handBack) return { handBack: turn.handBack };
  if (turn.click !== undefined) {
    const offered = last?.replies.flatMap((r) => r.quickReplies ?? []) ?? [];
    const button = offered.find((q) => q.title.toLowerCase() === turn.click!.toLowerCase());
    if (!button) return `no button "${turn.click}" was offered; offered: ${offered.map((q) => `"${q.title}"`).join(', ') || 'none'}`;
    return { text: button.title, payload: button.payload };
  }
  if (turn.user === undefined && turn.payload === undefined) return 'a turn needs `user`, `click`, `payload` or `handBack`';
  return { text: turn.user ?? '', ...(turn.payload !== undefined ? { payload: turn.payload } : {}) };
}

function describe(turn: TurnSpec): string {
  if (turn.user !== undefined) return `user: ${JSON.stringify(turn.user.length > 60 ? `${turn.user.slice(0, 57)}...` : turn.user)}`;
  if (turn.click !== undefined) return `click: ${JSON.stringify(turn.click)}`;
  if (turn.handBack) return 'handBack';
  return `payload: ${JSON.stringify(turn.payload)}`;
}
