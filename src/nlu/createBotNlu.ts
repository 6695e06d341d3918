// A bot's NLU, built once per loaded bot: its classifier trained on the intents' and FAQ entries'
// examples, their regex patterns checked first, its entities (and one value list per choice slot,
// named `flow.slot`), and the message's sentiment.
import { BUILTIN_ENTITIES, type CompiledBot } from '../config/compiledBot';
import type { Understanding } from '../engine/understanding';
import { slotEntityName } from '../engine/slotFilling';
import type { BotNlu } from '../runtime/botNlu';
import { compileEntities, extractEntities, type EntityMatch, type EntitySpec } from './entities';
import { hasOnlyEntities, wordsBesideEntities } from './hasOnlyEntities';
import { maskEntities } from './maskEntities';
import { maskToken } from './maskToken';
import { trainingKey, type ModelCache } from './modelCache';
import { withBotOutOfScopeRule } from './botOutOfScopeRule';
import { classify, trainClassifier, type ClassifierModel } from './index';
import { preloadEnglishWords } from './entities/englishWords';
import { sentiment, warmUpSentiment } from './sentiment';
import { botLanguage } from '../language/botLanguage';
import { botLanguageDetector } from '../language/botLanguageDetector';
import { ENGLISH } from '../language/languages';

export interface BotNluOptions {
  /** A model trained earlier for the same examples (e.g. loaded from disk). */
  readonly model?: ClassifierModel;
  /** Where a model trained for the same examples may be found, and is kept when trained. */
  readonly cache?: ModelCache;
}

export interface LoadedBotNlu extends BotNlu {
  readonly model: ClassifierModel;
  /**
   * Loads and builds what understanding a first message would (the spelling indexes, the word list
   * of fuzzy entities, the sentiment analyser), which a start leaves for later: a server calls it
   * once it is listening, so it is ready sooner and its first customer does not wait either.
   */
  warmUp(): void;
}

/** The bot's NLU: one classifier per language it serves, each trained with that language's pipeline on its examples. */
export function createBotNlu(bot: CompiledBot, options: BotNluOptions = {}): LoadedBotNlu {
  const main = languageNlu(bot, options);
  const others = new Map(Object.entries(bot.byLanguage).map(([code, view]) => [code, languageNlu(view, options.cache ? { cache: options.cache } : {})]));
  if (others.size === 0) return main;
  return {
    model: main.model,
    warmUp() {
      main.warmUp();
      for (const nlu of others.values()) nlu.warmUp();
      // The first messages' language is detected from every language's words: learn them now, not on the first customer's turn.
      botLanguageDetector(bot);
    },
    understand: (text, now, language) => ((language !== undefined ? others.get(language) : undefined) ?? main).understand(text, now),
  };
}

/** The small words a day in words may have beside it and still be a bare answer: "on Friday", "el martes". */
const MAX_WORDS_BESIDE_A_DAY = 2;

/** Builtins that read days, masked for the classifier only when written with figures. */
const DAYS: ReadonlySet<string> = new Set(['date', 'datetime', 'date_range']);

function languageNlu(bot: CompiledBot, options: BotNluOptions): LoadedBotNlu {
  const specs = entitySpecs(bot);
  const language = botLanguage(bot);
  const entities = compileEntities(specs);
  const context = { timezone: bot.timezone, locale: bot.locale, ...(bot.country ? { defaultCountry: bot.country } : {}) };
  // Order numbers, emails, dates... say nothing about the intent; their kind does. The classifier sees
  // "where is 0x6f726465725f6964" (order_id's token) for "where is #12345", in training and in use alike.
  const masked = new Set(specs.filter((s) => s.kind !== 'values').map((s) => s.name));
  const maskTokens = new Set([...masked].map(maskToken));
  // A day said in words ("today", "this morning", "next-day", "el martes") stays words for the classifier:
  // "I ordered this morning" is about cancelling, "when would it arrive if I buy today" about delivery.
  // A day with a figure in it ("15 January", "12/03") is masked, as an order number is. A bare day is
  // still only a value (below).
  const dayInWords = new Set(specs.filter((s) => s.kind === 'builtin' && DAYS.has(s.builtin)).map((s) => s.name));
  const forClassifier = (text: string, found: readonly EntityMatch[]): string => maskEntities(text, found.filter((m) => masked.has(m.entity) && !(dayInWords.has(m.entity) && !/\d/.test(m.raw))));
  const forValueCheck = (text: string, found: readonly EntityMatch[]): string => maskEntities(text, found.filter((m) => masked.has(m.entity)));
  const calibrationOptions = { defaultMaxUnknown: bot.nlu.outOfScope.unknownWords };
  // English models keep the shape they always had; another language is named in the model's features.
  const features = language === ENGLISH ? {} : { features: { language: language.code } };
  // What the classifier sees is the examples masked with these entities: computed only to train.
  const maskedExamples = () => {
    const trainingNow = new Date('2026-01-01T12:00:00Z');
    return bot.training.map((e) => ({ text: forClassifier(e.text, extractEntities(entities, e.text, { ...context, now: trainingNow })), label: e.label }));
  };
  const cacheKey = { examples: bot.training.map((e) => ({ text: e.text, label: e.label })), specs, context, calibrationOptions, ...features, masking: 'days-in-figures' };
  const model = withBotOutOfScopeRule(options.model ?? trainCached(cacheKey, () => trainClassifier(maskedExamples(), { calibrationOptions, ...features }), options.cache), bot.nlu);
  const patterns = [...Object.values(bot.intents), ...Object.values(bot.faq)].flatMap((i) => i.patterns.map((p) => ({ label: i.name, pattern: p })));
  return {
    model,
    warmUp() {
      model.spelling.warmUp();
      if (specs.some((s) => s.kind === 'values' && s.fuzzy)) preloadEnglishWords();
      warmUpSentiment(language);
    },
    understand(text: string, now: Date): Understanding {
      const found = extractEntities(entities, text, { ...context, now });
      const feeling = sentiment(text, language);
      const byPattern = patterns.find((p) => p.pattern.test(text));
      if (byPattern) {
        return { intents: [{ name: byPattern.label, confidence: 1 }], outOfScope: false, byPattern: true, entities: found, sentiment: feeling, truncated: false };
      }
      const forModel = forClassifier(text, found);
      // A bare email, order number or date asks for nothing: no intent is claimed, so the engine takes
      // it as the answer to a waiting question, or says it did not understand. A day in words counts as
      // bare with at most two small words beside it ("tomorrow", "on Friday", "el lunes"): "can I get it
      // next day" and "that's it for today" are questions and goodbyes for the classifier.
      const asValues = forValueCheck(text, found);
      // Checked only for a message of values alone: most messages are not, and pay for one check.
      if (hasOnlyEntities(asValues, maskTokens, language) && (hasOnlyEntities(forModel, maskTokens, language) || wordsBesideEntities(asValues, maskTokens, language) <= MAX_WORDS_BESIDE_A_DAY)) {
        return { intents: [], outOfScope: true, reason: { kind: 'onlyEntities' }, byPattern: false, entities: found, sentiment: feeling, truncated: false };
      }
      const result = classify(model, forModel);
      return {
        intents: result.ranking.map((r) => ({ name: r.label, confidence: r.confidence })),
        outOfScope: result.outOfScope,
        ...(result.reason ? { reason: result.reason } : {}),
        byPattern: false,
        entities: found,
        sentiment: feeling,
        truncated: false,
      };
    },
  };
}

/** The model trained on what `inputs` describes, from the cache when it has one for them. */
function trainCached(inputs: unknown, train: () => ClassifierModel, cache: ModelCache | undefined): ClassifierModel {
  const key = cache ? trainingKey(inputs) : '';
  const cached = cache?.get(key);
  if (cached) return cached;
  const model = train();
  cache?.set(key, model);
  return model;
}

/** Declared entities, the built-ins slots name without declaring, and the choices of choice slots. */
export function entitySpecs(bot: CompiledBot): EntitySpec[] {
  const specs: EntitySpec[] = Object.values(bot.entities).map((e) => e);
  const declared = new Set(Object.keys(bot.entities));
  for (const flow of Object.values(bot.flows)) {
    for (const slot of Object.values(flow.slots)) {
      if (slot.entity && !declared.has(slot.entity) && (BUILTIN_ENTITIES as readonly string[]).includes(slot.entity)) {
        declared.add(slot.entity);
        specs.push({ kind: 'builtin', name: slot.entity, builtin: slot.entity as (typeof BUILTIN_ENTITIES)[number] });
      }
      const name = slot.choices ? slotEntityName(flow, slot)! : undefined;
      if (slot.choices && name !== undefined && !declared.has(name)) {
        declared.add(name);
        const values: Record<string, string[]> = {};
        for (const [value, synonyms] of Object.entries(slot.choices)) values[value] = [...synonyms];
        specs.push({ kind: 'values', name, values, fuzzy: true });
      }
    }
  }
  return specs;
}
