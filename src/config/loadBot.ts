// The loader: parse (keeping source ranges) -> schema check (all errors) -> link across files ->
// a frozen CompiledBot. Every problem of every file is reported in one run, errors and warnings apart.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { addBuiltinIntents } from './addBuiltinIntents';
import { EMPTY_BOT_CODE, loadBotCode, type BotCode } from './botCode';
import { builtinCatalogue } from './builtinCatalogue';
import type { CompiledBot, CompiledWebhook } from './compiledBot';
import { deepFreeze } from './deepFreeze';
import type { FlowFile, IntentsFile, Manifest, RepliesFile } from './formats.generated';
import { linkFlows } from './linkFlows';
import { linkIntents, type IntentsInput } from './linkIntents';
import { linkManifest } from './linkManifest';
import { linkReplies, type RepliesInput } from './linkReplies';
import type { FlowInput } from './linkContext';
import { sortProblems, type Problem } from './problem';
import { Reporter } from './reporter';
import { checkLanguages } from './checkLanguages';
import { checkLocale } from './checkLocale';
import { checkTranslations } from './checkTranslations';
import { localiseData } from './localiseData';
import { oneLanguage } from './oneLanguage';
import { textSites, type TextSite } from './textSites';
import type { Language } from '../language/language';
import { resolveGlobals } from './resolveGlobals';
import { fileKindOf, schemaCheck, type FileKind } from './schemaCheck';
import { displayPath, readSourceFile, type SourceFile } from './sourceFile';

export interface LoadOptions {
  /** Code to use instead of the manifest's `code` module (tests, embedding applications). */
  readonly code?: BotCode;
}

export interface LoadResult {
  /** The bot, when there are no errors (warnings allowed). */
  readonly bot?: CompiledBot;
  /** Errors and warnings, sorted by file and position. */
  readonly problems: readonly Problem[];
}

export function loadBot(manifestPath: string, options: LoadOptions = {}): LoadResult {
  const reporter = new Reporter();
  // Each file is read and parsed once, though the globs look into it first to see whether it is a manifest.
  const parsed = new Map<string, ReadResult>();
  const read: ReadSource = (abs) => {
    let result = parsed.get(abs);
    if (!result) parsed.set(abs, (result = readSourceFile(abs)));
    return result;
  };
  const readChecked = (abs: string, kind: FileKind, reporter: Reporter): SourceFile | undefined => readCheckedWith(read, abs, kind, reporter);
  const expand = (manifest: SourceFile, key: 'intents' | 'flows' | 'replies', dir: string, reporter: Reporter): string[] => expandWith(read, manifest, key, dir, reporter);
  const manifestAbs = resolve(manifestPath);
  const manifest = readChecked(manifestAbs, 'manifest', reporter);
  if (!manifest) return finish(reporter);
  const data = manifest.data as unknown as Manifest;
  const language = checkLocale(data.locale, manifest, reporter);
  const dir = dirname(manifestAbs);

  const intentFiles = expand(manifest, 'intents', dir, reporter).flatMap((abs): IntentsInput[] => {
    const source = readChecked(abs, 'intentsFile', reporter);
    return source ? [{ source, data: source.data as IntentsFile }] : [];
  });
  const flowFiles = expand(manifest, 'flows', dir, reporter).flatMap((abs): FlowInput[] => {
    const source = readChecked(abs, 'flowFile', reporter);
    return source ? [{ source, data: source.data as unknown as FlowFile }] : [];
  });
  const replyFiles = expand(manifest, 'replies', dir, reporter).flatMap((abs): RepliesInput[] => {
    const source = readChecked(abs, 'repliesFile', reporter);
    return source ? [{ source, data: source.data as unknown as RepliesFile }] : [];
  });
  const code = options.code ?? loadCode(manifest, data, dir, reporter);
  // Link only what parsed and fits the schema: names in broken files would cascade into false errors.
  if (reporter.errorCount > 0 || !code) return finish(reporter);

  // Each language gets its own view of the files (texts and examples in it, the main language's where
  // it has none) linked on its own: its built-in messages and examples, its classifier's training set.
  const languages = [language, ...checkLanguages(data.languages, language, manifest, reporter)];
  const sited = <T extends { source: SourceFile }>(kind: FileKind, input: T): Sited<T> => ({ input, sites: textSites(kind, input.source.data ?? {}) });
  const manifestSited = sited('manifest', { source: manifest, data });
  const intentsSited = intentFiles.map((f) => sited('intentsFile', f));
  const flowsSited = flowFiles.map((f) => sited('flowFile', f));
  for (const { input, sites } of [manifestSited, ...intentsSited, ...flowsSited]) checkTranslations(input.source, sites, languages, reporter);
  if (reporter.errorCount > 0) return finish(reporter);
  const inLanguage = (current: Language, into: Reporter): CompiledBot => {
    const local = <T extends { source: SourceFile; data: unknown }>({ input, sites }: Sited<T>): T => {
      const localised = localiseData(input.data, sites, current.code, language.code);
      into.localised(input.source, localised.chosen);
      return { ...input, data: localised.data };
    };
    const manifestData = local(manifestSited).data;
    return linkLanguage({
      manifest, data: current === language ? manifestData : { ...manifestData, locale: current.code }, language: current, code, replyFiles,
      intentFiles: intentsSited.map(local), flowFiles: flowsSited.map(local),
    }, into);
  };
  const main = inLanguage(language, reporter);
  if (reporter.errorCount > 0) return finish(reporter);
  const byLanguage: Record<string, CompiledBot> = {};
  for (const other of languages.slice(1)) {
    const own = new Reporter();
    byLanguage[other.code] = { ...inLanguage(other, own), languages: languages.map((l) => l.code) };
    addNew(reporter, own.problems);
  }
  if (reporter.errorCount > 0) return finish(reporter);
  const bot: CompiledBot = { ...main, languages: languages.map((l) => l.code), byLanguage };
  return { bot: deepFreeze(bot), problems: sortProblems(reporter.problems) };
}

/** A file's input to the linker, with the places it may give texts by language. */
interface Sited<T> {
  readonly input: T;
  readonly sites: readonly TextSite[];
}

interface LanguageInput {
  readonly manifest: SourceFile;
  readonly data: Manifest;
  readonly language: Language;
  readonly intentFiles: readonly IntentsInput[];
  readonly flowFiles: readonly FlowInput[];
  readonly replyFiles: readonly RepliesInput[];
  readonly code: BotCode;
}

/** Links the files of one language (see localiseData) into a bot that speaks it. */
function linkLanguage({ manifest, data, language, intentFiles, flowFiles, replyFiles, code }: LanguageInput, reporter: Reporter): CompiledBot {
  // Yes, no, stop, a person, hello and thanks: Baton's examples for the bot's language, on the intents `globals` names.
  const catalogue = builtinCatalogue(language.code);
  if (!catalogue) {
    reporter.report('BATON_UNTRANSLATED', manifest, ['locale'], `Baton has no built-in ${language.name} examples: the bot understands yes, no, stop, a person, hello and thanks only from its own intents.`);
  }
  const globals = resolveGlobals(data.globals, catalogue !== undefined);
  const intents = addBuiltinIntents(linkIntents(intentFiles, reporter), globals, catalogue, reporter);
  const webhooks: Record<string, CompiledWebhook> = {};
  for (const [name, w] of Object.entries(data.webhooks ?? {})) {
    webhooks[name] = { name, url: w!.url, ...(w!.title !== undefined ? { title: oneLanguage(w!.title) } : {}), timeoutMs: w!.timeoutMs ?? 5000, retries: w!.retries ?? 1, headers: (w!.headers ?? {}) as Record<string, string>, outcomes: w!.outcomes };
  }
  const manifestPart = linkManifest({ source: manifest, data, language, globals, intents, flowFiles, code, webhooks, reporter });
  const flows = linkFlows(flowFiles, manifestPart.context, manifestPart.enteredFromOutside);
  manifestPart.checkAfterFlows(flows);
  const slotNames = new Set([...Object.keys(manifestPart.bot.slots), ...Object.values(flows.flows).flatMap((f) => Object.keys(f.slots))]);
  const replies = linkReplies(replyFiles, { queues: new Set(Object.keys(data.handoff?.queues ?? {})), slots: slotNames }, reporter);

  return {
    ...manifestPart.bot,
    intents: intents.intents,
    faq: intents.faq,
    entities: intents.entities,
    flows: flows.flows,
    triggers: flows.triggers,
    webhooks,
    replies,
    training: intents.training,
    tests: intents.tests,
    code,
    files: [manifest.absPath, ...intentFiles.map((f) => f.source.absPath), ...flowFiles.map((f) => f.source.absPath), ...replyFiles.map((f) => f.source.absPath)],
    manifestFile: manifest.absPath,
    languages: [language.code],
    byLanguage: {},
  };
}

/** Adds the problems another language's linking found that the main language's did not. */
function addNew(reporter: Reporter, problems: readonly Problem[]): void {
  const key = (p: Problem) => JSON.stringify([p.code, p.file, p.line, p.col, p.message]);
  const seen = new Set(reporter.problems.map(key));
  reporter.add(problems.filter((p) => !seen.has(key(p))));
}

function finish(reporter: Reporter): LoadResult {
  return { problems: sortProblems(reporter.problems) };
}

/** Reads a file and checks it against its kind's schema; returns it only when it is sound. */
type ReadResult = ReturnType<typeof readSourceFile>;
type ReadSource = (abs: string) => ReadResult;

function readCheckedWith(read: ReadSource, abs: string, kind: FileKind, reporter: Reporter): SourceFile | undefined {
  const { source, problems } = read(abs);
  reporter.add(problems);
  if (!source?.data || problems.some((p) => p.severity === 'error')) return undefined;
  const actual = fileKindOf(source.data);
  if (actual !== kind) {
    const what = { manifest: 'a bot manifest', intentsFile: 'an intents file', flowFile: 'a flow file', repliesFile: 'a file of saved replies' };
    const globs = { manifest: 'manifest', intentsFile: 'intents', flowFile: 'flows', repliesFile: 'replies' };
    reporter.report('BATON_FILE_KIND', source, [], `This is ${what[actual]}, but the manifest's \`${globs[kind]}\` globs read it as ${what[kind]}.`);
    return undefined;
  }
  const schemaProblems = schemaCheck(source, kind);
  reporter.add(schemaProblems);
  return schemaProblems.length === 0 ? source : undefined;
}

function expandWith(read: ReadSource, manifest: SourceFile, key: 'intents' | 'flows' | 'replies', dir: string, reporter: Reporter): string[] {
  const patterns = manifest.data?.[key];
  if (!Array.isArray(patterns)) return [];
  const files = new Set<string>();
  patterns.forEach((pattern, i) => {
    if (typeof pattern !== 'string') return;
    const matches = globSync([pattern], { cwd: dir, absolute: true, onlyFiles: true }).sort();
    if (matches.length === 0) reporter.report('BATON_GLOB_EMPTY', manifest, [key, i], `"${pattern}" matches no file; globs are relative to the manifest's folder.`);
    for (const match of matches) {
      if (resolve(match) === manifest.absPath || isManifest(read(resolve(match)))) {
        reporter.report('BATON_INCLUDE_CYCLE', manifest, [key, i], `"${pattern}" matches ${resolve(match) === manifest.absPath ? 'this manifest itself' : `the bot manifest ${displayPath(match)}`}.`);
      } else {
        files.add(resolve(match));
      }
    }
  });
  return [...files];
}

function isManifest({ source }: ReadResult): boolean {
  return source?.data !== undefined && 'bot' in source.data;
}

function loadCode(manifest: SourceFile, data: Manifest, dir: string, reporter: Reporter): BotCode | undefined {
  if (data.code === undefined) return EMPTY_BOT_CODE;
  const abs = resolve(dir, data.code);
  if (!existsSync(abs)) {
    reporter.report('BATON_CODE_LOAD', manifest, ['code'], `"${data.code}" does not exist (${displayPath(abs)}).`);
    return undefined;
  }
  try {
    return loadBotCode(abs);
  } catch (err) {
    const reason = (err as Error).message.split('\n')[0];
    reporter.report('BATON_CODE_LOAD', manifest, ['code'], `"${data.code}" cannot be loaded: ${reason}.`);
    return undefined;
  }
}
