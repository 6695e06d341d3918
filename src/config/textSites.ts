// Where a file holds customer-facing texts and training examples, which may be given by language
// (`localText` and `localUtterances` of flows.schema.json; a test keeps this list and the schema in step).
import type { PathSegment } from './locate';
import type { FileKind } from './schemaCheck';

export interface TextSite {
  readonly path: readonly PathSegment[];
  /** Training examples rather than a text the bot says. */
  readonly examples: boolean;
  /** Held-out tests (`tests:`): a language has only its own, never another's, and may have none. */
  readonly heldOut?: true;
}

const SITES: Readonly<Record<FileKind, ReadonlyArray<readonly [section: string, fields: readonly string[], examples: boolean]>>> = {
  manifest: [['slots', ['ask', 'invalid'], false]],
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
      // An ask state's buttons: their titles and the words that choose them.
      if (kind === 'flowFile' && section === 'states' && Array.isArray(entry.choices)) {
        entry.choices.forEach((choice: unknown, i) => {
          if (!isMap(choice)) return;
          for (const field of ['title', 'synonyms']) if (choice[field] !== undefined) sites.push({ path: [section, name, 'choices', i, field], examples: false });
        });
      }
    }
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
