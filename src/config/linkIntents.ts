// Links the intents files of a bot: unique names across files, compiled patterns, entity
// definitions, and training examples that belong to exactly one intent.
import { humanise } from './humanise';
import type { CompiledFaq, CompiledIntent, EntityDefinition, Example } from './compiledBot';
import type { Entity, FaqEntry, Intent, IntentsFile } from './formats.generated';
import { oneLanguage } from './oneLanguage';
import { variations } from './checkTemplates';
import { locate } from './locate';
import { normaliseExample } from './normaliseExample';
import type { Reporter } from './reporter';
import type { SourceFile } from './sourceFile';

export interface IntentsInput {
  readonly source: SourceFile;
  readonly data: IntentsFile;
}

export interface LinkedIntents {
  readonly intents: Record<string, CompiledIntent>;
  readonly faq: Record<string, CompiledFaq>;
  readonly entities: Record<string, EntityDefinition>;
  readonly training: Example[];
  readonly tests: Example[];
  /** Where each intent and FAQ entry is defined, for problems found later. */
  readonly definedAt: Map<string, Defined>;
  /** Intents marked `builtin: false` or `builtin: true`, by their setting. */
  readonly builtinSwitches: Map<string, boolean>;
}

export type Defined = { source: SourceFile; path: string[] };

export function linkIntents(files: readonly IntentsInput[], reporter: Reporter): LinkedIntents {
  const labels = new Map<string, Defined>();
  const out: LinkedIntents = { intents: {}, faq: {}, entities: {}, training: [], tests: [], definedAt: labels, builtinSwitches: new Map() };
  const entityNames = new Map<string, Defined>();
  const examples = new Map<string, { label: string; source: SourceFile; path: (string | number)[] }>();

  const claim = (names: Map<string, Defined>, kind: string, name: string, source: SourceFile, path: string[]): boolean => {
    const first = names.get(name);
    if (first) {
      const at = locate(first.source, first.path, 'key');
      reporter.report('BATON_DUPLICATE_NAME', source, path, `${kind} "${name}" is already defined at ${first.source.file}:${at.line}:${at.col}.`, { part: 'key' });
      return false;
    }
    names.set(name, { source, path });
    return true;
  };

  const learn = (label: string, item: Intent | FaqEntry, source: SourceFile, base: string[]): void => {
    oneLanguage<readonly string[]>(item.examples).forEach((text, i) => {
      const key = normaliseExample(text);
      const seen = examples.get(key);
      if (seen && seen.label !== label) {
        const at = locate(seen.source, seen.path);
        reporter.report('BATON_DUPLICATE_EXAMPLE', source, [...base, 'examples', i],
          `"${text}" is also an example of "${seen.label}" (${seen.source.file}:${at.line}:${at.col}).`);
        return;
      }
      if (!seen) examples.set(key, { label, source, path: [...base, 'examples', i] });
      out.training.push({ text, label });
    });
    for (const text of oneLanguage<readonly string[]>(item.tests) ?? []) out.tests.push({ text, label });
  };

  const compile = (name: string, item: Intent | FaqEntry, source: SourceFile, base: string[]): CompiledIntent => ({
    name,
    title: oneLanguage<string>(item.title) ?? humanise(name),
    description: item.description,
    examples: oneLanguage<readonly string[]>(item.examples),
    patterns: compilePatterns(item.patterns ?? [], source, [...base, 'patterns'], reporter),
    tests: oneLanguage<readonly string[]>(item.tests) ?? [],
    file: source.file,
  });

  for (const { source, data } of files) {
    for (const [name, intent] of Object.entries(data.intents ?? {})) {
      const base = ['intents', name];
      if (!claim(labels, 'Intent', name, source, base)) continue;
      out.intents[name] = compile(name, intent, source, base);
      if (intent.builtin !== undefined) out.builtinSwitches.set(name, intent.builtin);
      learn(name, intent, source, base);
    }
    for (const [name, entry] of Object.entries(data.faq ?? {})) {
      const base = ['faq', name];
      if (!claim(labels, 'FAQ entry', name, source, base)) continue;
      const answer = variations(entry.answer)!;
      out.faq[name] = { ...compile(name, entry, source, base), answer, followUp: entry.followUp ?? true, ...(entry.anythingElse !== undefined ? { anythingElse: entry.anythingElse } : {}) };
      learn(name, entry, source, base);
    }
    for (const [name, entity] of Object.entries(data.entities ?? {})) {
      const base = ['entities', name];
      if (!claim(entityNames, 'Entity', name, source, base)) continue;
      const def = entityDefinition(name, entity, source, base, reporter);
      if (def) out.entities[name] = def;
    }
  }
  return out;
}

function entityDefinition(name: string, entity: Entity, source: SourceFile, base: string[], reporter: Reporter): EntityDefinition | undefined {
  if (entity.regex !== undefined) {
    const flags = entity.flags ?? 'i';
    if (!compileRegex(entity.regex, flags, source, [...base, 'regex'], reporter)) return undefined;
    return { kind: 'regex', name, pattern: entity.regex, flags };
  }
  if (entity.values !== undefined) {
    // Entries, not assignments: a value named `__proto__` is a value like any other.
    const values = Object.fromEntries(Object.entries(entity.values).map(([value, synonyms]) => [value, synonyms ?? []]));
    return { kind: 'values', name, values, fuzzy: entity.fuzzy ?? true };
  }
  if (entity.builtin !== undefined) return { kind: 'builtin', name, builtin: entity.builtin };
  return undefined;
}

function compilePatterns(patterns: readonly string[], source: SourceFile, base: string[], reporter: Reporter): RegExp[] {
  return patterns.flatMap((p, i) => compileRegex(p, 'i', source, [...base, i], reporter) ?? []);
}

function compileRegex(pattern: string, flags: string, source: SourceFile, path: (string | number)[], reporter: Reporter): RegExp | undefined {
  try {
    return new RegExp(pattern, flags);
  } catch (err) {
    const reason = (err as Error).message.replace(/^Invalid regular expression: /, '');
    reporter.report('BATON_BAD_REGEX', source, path, `The pattern does not compile: ${reason}.`);
    return undefined;
  }
}
