/**
 * The sample bot's held-out `tests:` in one language, for `bench:nlu -- --language xx`. The sample in
 * a language is `--bot` when given, else bots/acme.yaml or bots/acme-<code>.yaml, whichever serves that
 * language (its `locale` or one of its `languages`), as it speaks that language. Baton is measured as `baton eval` measures held-out tests (the bot's real NLU: patterns,
 * entity masking, its out-of-scope rule); the peers train on the same examples.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { CompiledBot } from '../src/config/compiledBot';
import { loadBot } from '../src/config/loadBot';
import { botInLanguage } from '../src/config/botInLanguage';
import { languageCode } from '../src/language/languageOf';
import { createBotNlu } from '../src/nlu/createBotNlu';
import { predict } from '../src/eval/predict';
import type { IntentData } from './nlu-data';

const FIXED_NOW = new Date('2026-01-01T12:00:00Z');

export type SampleTests =
  | { readonly manifest: string; readonly bot: CompiledBot; readonly data: IntentData }
  | { readonly note: string };

/** The languages a manifest serves: its `locale`, then its `languages`. */
function manifestLanguages(manifest: string): string[] {
  const parsed = parse(readFileSync(manifest, 'utf8')) as { locale?: unknown; languages?: unknown } | null;
  const others = Array.isArray(parsed?.languages) ? parsed.languages.filter((l): l is string => typeof l === 'string') : [];
  return [typeof parsed?.locale === 'string' ? parsed.locale : 'en', ...others].map(languageCode);
}

/** The sample bot's held-out tests in `code`, or a note saying why there are none. */
export function sampleTests(code: string, manifestArg?: string): SampleTests {
  const candidates = manifestArg !== undefined ? [manifestArg] : ['bots/acme.yaml', `bots/acme-${code}.yaml`];
  const manifest = candidates.find((m) => existsSync(m) && manifestLanguages(m).includes(code));
  if (!manifest) return { note: `the sample bot has no ${code} tests` };
  const { bot: loaded, problems } = loadBot(manifest);
  // A bot of several languages: its view in `code` (that language's examples, tests and pipeline).
  const bot = loaded ? botInLanguage(loaded, code) : undefined;
  if (!bot) throw new Error(`${manifest} does not load: ${problems.filter((p) => p.severity === 'error').map((p) => p.message).join('; ')}`);
  if (bot.tests.length === 0) return { note: `the sample bot has no ${code} tests` };
  return { manifest, bot, data: { train: bot.training, val: [], test: bot.tests, oosTrain: [], oosVal: [], oosTest: [] } };
}

/** Baton's accuracy on the bot's held-out tests: right and not out of scope, as `baton eval`'s strict accuracy. */
export function batonOnSample(bot: CompiledBot): number {
  const nlu = createBotNlu(bot);
  const right = bot.tests.filter((e) => {
    const p = predict(nlu, e, -1, FIXED_NOW);
    return p.correct && !p.outOfScope;
  });
  return right.length / bot.tests.length;
}
