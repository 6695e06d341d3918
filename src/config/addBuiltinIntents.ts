// Gives each built-in global role its built-in examples: they extend the examples of the intent the
// role names, or are its only examples when no intents file declares the role's default intent (it
// is then created with the catalogue's title, which a declared intent without a title takes too; an
// intent the manifest names must exist). An intent
// with `builtin: false` keeps its own examples only. The author's examples win: a built-in example
// that is already an example of any intent is left out.
import type { BuiltinCatalogue } from './builtinCatalogue';
import { BUILTIN_ROLES, isBuiltinRole } from './builtinRoles';
import type { CompiledBot, CompiledIntent, Example } from './compiledBot';
import type { LinkedIntents } from './linkIntents';
import { normaliseExample } from './normaliseExample';
import { hasOwnEntry, ownEntry } from './ownEntry';
import type { Reporter } from './reporter';
import { displayPath } from './sourceFile';

export function addBuiltinIntents(linked: LinkedIntents, globals: CompiledBot['globals'], catalogue: BuiltinCatalogue | undefined, reporter: Reporter): LinkedIntents {
  const roleIntents = new Set(Object.entries(globals).flatMap(([role, name]) => (isBuiltinRole(role) && name !== undefined && catalogue ? [name] : [])));
  for (const name of linked.builtinSwitches.keys()) {
    if (roleIntents.has(name)) continue;
    const at = linked.definedAt.get(name)!;
    reporter.report('BATON_BUILTIN_NOT_ROLE', at.source, [...at.path, 'builtin'],
      `Intent "${name}" is not the intent of a role with built-in examples, so \`builtin\` changes nothing.`);
  }
  if (!catalogue) return linked;
  const intents: Record<string, CompiledIntent> = { ...linked.intents };
  const known = new Set(linked.training.map((e) => normaliseExample(e.text)));
  const added: Example[] = [];
  for (const [role, name] of Object.entries(globals)) {
    if (!isBuiltinRole(role) || name === undefined || linked.builtinSwitches.get(name) === false || hasOwnEntry(linked.faq, name)) continue;
    const own = ownEntry(intents, name);
    if (!own && name !== BUILTIN_ROLES[role]) continue;
    const { title, examples } = catalogue.roles[role];
    const fresh = examples.filter((text) => {
      const key = normaliseExample(text);
      if (known.has(key)) return false;
      known.add(key);
      return true;
    });
    // An intent declared without a `title` shows the catalogue's ("Hallo", "Bonjour") in "Did you
    // mean ...?", in the language's own words, rather than its name made readable ("Greet").
    const at = own ? linked.definedAt.get(name) : undefined;
    const untitled = at !== undefined && at.source.doc.getIn([...at.path, 'title']) === undefined;
    intents[name] = own
      ? { ...own, ...(untitled ? { title } : {}), examples: [...own.examples, ...fresh] }
      : { name, title, examples: fresh, patterns: [], tests: [], file: displayPath(catalogue.file) };
    for (const text of fresh) added.push({ text, label: name, builtin: true });
  }
  return { ...linked, intents, training: [...linked.training, ...added] };
}
