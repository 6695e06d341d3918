// Where a file holds customer-facing texts and training examples, which may be given by language
// (`localText`, `localUtterances`, `localLabel(s)`, `localWords` and `localString` of flows.schema.json;
// a test keeps this list and the schema in step). Texts only agents read stay in the bot's main
// language: a slot's `label`, a handoff's `summary`, a queue's `description`, saved replies.
import type { PathSegment } from './locate';
import type { FileKind } from './schemaCheck';

export interface TextSite {
  readonly path: readonly PathSegment[];
  /** Training examples rather than a text the bot says. */
  readonly examples: boolean;
  /** Words that one list may give in all languages at once (a choice value's synonyms): only a map by language is checked for missing languages. */
  readonly anyLanguage?: boolean;
  /** Held-out tests (`tests:`): a language has only its own, never another's, and may have none. */
  readonly heldOut?: true;
}

const SITES: Readonly<Record<FileKind, ReadonlyArray<readonly [section: string, fields: readonly string[], examples: boolean]>>> = {
  manifest: [['slots', ['ask', 'invalid'], false], ['webhooks', ['title'], false]],
  flowFile: [['slots', ['ask', 'invalid'], false], ['states', ['say', 'ask', 'quick'], false]],
  intentsFile: [['intents', ['examples'], true], ['intents', ['title'], false], ['faq', ['examples'], true], ['faq', ['title', 'answer'], false]],
  repliesFile: [],
};

/** The texts and lists of examples a file of `kind` gives, in file order of their sections. */
export function textSites(kind: FileKind, data: Readonly<Record<string, unknown>>): TextSite[] {
  const sites: TextSite[] = [];
  // The manifest's own wording of built-in messages: every key of `messages` is a text.
  if (kind === 'manifest') for (const key of Object.keys(mapAt(data, 'messages'))) sites.push({ path: ['messages', key], examples: false });
  // How the flow is named to customers ("Back to your return:").
  if (kind === 'flowFile' && data.title !== undefined) sites.push({ path: ['title'], examples: false });
  for (const [section, fields, examples] of SITES[kind]) {
    for (const [name, entry] of Object.entries(mapAt(data, section))) {
      if (!isMap(entry)) continue;
      for (const field of fields) if (entry[field] !== undefined) sites.push({ path: [section, name, field], examples });
      if (kind === 'intentsFile' && fields.includes('examples') && entry.tests !== undefined) sites.push({ path: [section, name, 'tests'], examples: true, heldOut: true });
      // A choice slot's words for each value: by language, they title the value's button too.
      if (section === 'slots' && isMap(entry.choices)) {
        for (const [value, words] of Object.entries(entry.choices)) if (words !== undefined && words !== null) sites.push({ path: [section, name, 'choices', value], examples: false, anyLanguage: true });
      }
      // An ask state's buttons: their titles and the words that choose them.
      if (kind === 'flowFile' && section === 'states' && Array.isArray(entry.choices)) {
        entry.choices.forEach((choice: unknown, i) => {
          if (!isMap(choice)) return;
          for (const field of ['title', 'synonyms']) if (choice[field] !== undefined) sites.push({ path: [section, name, 'choices', i, field], examples: false });
        });
      }
      // A state's card: its title (the image's alternative text too), subtitle, body and link buttons.
      if (kind === 'flowFile' && section === 'states' && isMap(entry.card)) sites.push(...cardSites([section, name, 'card'], entry.card));
    }
  }
  return sites;
}

function cardSites(path: readonly PathSegment[], card: Readonly<Record<string, unknown>>): TextSite[] {
  const sites: TextSite[] = [];
  for (const field of ['title', 'subtitle', 'text']) if (card[field] !== undefined) sites.push({ path: [...path, field], examples: false });
  if (Array.isArray(card.links)) {
    card.links.forEach((link: unknown, i) => {
      if (isMap(link) && link.title !== undefined) sites.push({ path: [...path, 'links', i, 'title'], examples: false });
    });
  }
  return sites;
}

function mapAt(data: Readonly<Record<string, unknown>>, key: string): Readonly<Record<string, unknown>> {
  const value = Object.hasOwn(data, key) ? data[key] : undefined;
  return isMap(value) ? value : {};
}

/** A YAML map (not a list): in a text's place, the text by language. */
export function isMap(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
