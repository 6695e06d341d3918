// The one catalogue of problem codes the loader reports. Codes are stable and never reused;
// docs/errors.md describes each with an example and the fix (a test keeps the two in step).

export type Severity = 'error' | 'warning';

export interface ErrorCodeInfo {
  readonly severity: Severity;
  /** One line: what is wrong. */
  readonly title: string;
  /** One line: how to fix it, shown after the message. */
  readonly hint: string;
}

const code = (severity: Severity, title: string, hint: string): ErrorCodeInfo => ({ severity, title, hint });

export const ERROR_CODES = {
  // Reading files
  BATON_FILE_UNREADABLE: code('error', 'A file cannot be read.', 'Check that the file exists and that the server may read it.'),
  BATON_FILE_TOO_LARGE: code('error', 'A file is larger than the loader reads (1 MB).', 'Split it into several files: globs in the manifest pick them all up.'),
  BATON_FILE_ENCODING: code('error', 'A file is not valid UTF-8.', 'Save the file as UTF-8.'),
  BATON_FILE_EMPTY: code('error', 'A file holds no YAML document.', 'Write the file\'s content, or remove it from the globs that match it.'),
  BATON_FILE_NOT_MAP: code('error', 'A file\'s top level is not a map of keys.', 'Start the file with its top-level keys, e.g. `flow: name` and `states:`.'),
  BATON_FILE_KIND: code('error', 'A file is not the kind its glob expects.', 'Intents globs must match intents files, flows globs flow files; a manifest is never matched by a glob.'),
  // YAML syntax
  BATON_YAML_SYNTAX: code('error', 'The YAML cannot be parsed.', 'Fix the syntax at the caret: check indentation, quotes and colons.'),
  BATON_YAML_TAB: code('error', 'A tab is used for indentation.', 'Indent YAML with spaces only.'),
  BATON_YAML_DUPLICATE_KEY: code('error', 'A key appears twice in one map.', 'Remove or rename one of the two keys.'),
  BATON_YAML_CUT_TEXT: code('error', 'A text is cut short by a `#` that YAML reads as the start of a comment.', 'Put the text in quotes, e.g. `ask: "Which order? It looks like #12345."`.'),
  // Schema
  BATON_SCHEMA_REQUIRED: code('error', 'A required field is missing.', 'Add the field named in the message.'),
  BATON_SCHEMA_UNKNOWN_FIELD: code('error', 'A field is not part of the format.', 'Check the spelling against flows.schema.json, or remove the field.'),
  BATON_SCHEMA_TYPE: code('error', 'A value has the wrong type.', 'Give a value of the type named in the message.'),
  BATON_SCHEMA_VALUE: code('error', 'A value is outside what the format allows.', 'Use a value the message allows.'),
  BATON_SCHEMA_NAME: code('error', 'A name is not lower case letters, digits and underscores.', 'Rename it, e.g. `order_status`.'),
  // Linking files
  BATON_MANIFEST_NOT_FOUND: code('error', 'No bot manifest was found.', 'Pass a manifest path, or put manifests in bots/.'),
  BATON_GLOB_EMPTY: code('error', 'A glob of the manifest matches no file.', 'Fix the pattern; it is relative to the manifest.'),
  BATON_INCLUDE_CYCLE: code('error', 'A glob matches a bot manifest, which would include it in itself.', 'Narrow the glob to intents or flow files.'),
  BATON_CODE_LOAD: code('error', 'The bot\'s code module cannot be loaded.', 'Check the `code` path and that the module loads without errors.'),
  BATON_DUPLICATE_NAME: code('error', 'Two definitions share one name.', 'Rename one of them; names are unique across all files of a bot.'),
  BATON_DUPLICATE_EXAMPLE: code('error', 'The same training example belongs to two intents.', 'Keep the example under the one intent it means.'),
  BATON_UNKNOWN_INTENT: code('error', 'An intent is named that no intents file defines.', 'Use an intent (or FAQ entry) that exists.'),
  BATON_UNKNOWN_ENTITY: code('error', 'An entity is named that neither an intents file nor the built-ins define.', 'Use a declared entity or a built-in: email, phone, number, money, date, time, datetime, date_range, url.'),
  BATON_UNKNOWN_SLOT: code('error', 'A slot is named that the flow does not declare.', 'Declare the slot under `slots:`, or fix the name.'),
  BATON_UNKNOWN_FLOW: code('error', 'A flow is named that no flow file defines.', 'Use a flow that exists.'),
  BATON_UNKNOWN_STATE: code('error', 'A state is named that the flow does not have.', 'Use a state of the flow, or `end`.'),
  BATON_UNKNOWN_ACTION: code('error', 'An action is called that neither the bot\'s code nor its webhooks define.', 'Register the action in the code module, or declare a webhook.'),
  BATON_UNKNOWN_OUTCOME: code('error', 'An outcome is mapped that the action never returns.', 'Use one of the action\'s outcomes, or `error`.'),
  BATON_UNKNOWN_VALIDATOR: code('error', 'A validator is named that the bot\'s code does not register.', 'Register it in the code module, or fix the name.'),
  BATON_UNKNOWN_CONDITION: code('error', 'A branch names a condition that the bot\'s code does not register.', 'Register it in the code module, or compare a slot, e.g. `email is set`.'),
  BATON_UNKNOWN_QUEUE: code('error', 'A handoff queue is named that the manifest does not define.', 'Use a queue under `handoff.queues`.'),
  BATON_DUPLICATE_TRIGGER: code('error', 'Two flows start on the same intent.', 'Keep the trigger on one flow; the other can be reached with `goto`.'),
  BATON_SLOT_CONFLICT: code('error', 'A slot is told to be filled in two ways at once.', 'Keep one of `entity`, `choices` or `freeText: true`.'),
  BATON_SLOT_DATES: code('error', 'A slot says which way to read dates (`dates`) but is not filled by a date.', 'Remove `dates`, or fill the slot with `date`, `datetime`, `date_range` or an entity built on one of them.'),
  BATON_SLOT_SCOPE: code('error', 'A conversation slot is declared in a way that only a flow\'s own slot can be.', 'Fill a conversation slot the same way everywhere; give a flow\'s different detail a name of its own.'),
  BATON_BAD_SLOT_VALUE: code('error', 'A value set for a slot is not one of its choices.', 'Use one of the slot\'s choices, spelled as the slot lists it.'),
  BATON_UNDECLARED_SLOT: code('warning', 'An action sets a slot that neither the flow nor the manifest declares.', 'Declare the slot under the flow\'s `slots:` (or the manifest\'s, for every flow); values of undeclared slots are dropped.'),
  BATON_SLOT_NO_ASK: code('error', 'A slot is collected but has no question.', 'Give the slot an `ask:` text.'),
  BATON_STATE_CONFLICT: code('error', 'A state does two things at once, or a field that needs a partner lacks it.', 'Split it into two states joined by `next`.'),
  BATON_NO_WAY_OUT: code('error', 'A state has no way out.', 'Add `next:`, or end the flow with `end: true`.'),
  BATON_UNREACHABLE_STATE: code('warning', 'No transition reaches a state.', 'Point a transition at it, or remove it.'),
  BATON_UNHANDLED_OUTCOME: code('warning', 'An outcome of a called action has no next state.', 'Map the outcome under `on:`; an unmapped outcome offers a human.'),
  BATON_UNUSED_INTENT: code('warning', 'An intent starts no flow and no global behaviour uses it.', 'Give a flow a `trigger` for it, or use it in `globals` or a choice.'),
  BATON_BUILTIN_NOT_ROLE: code('warning', 'An intent sets `builtin`, but no global role with built-in examples names it.', 'Name the intent under a built-in role of the manifest\'s `globals` (affirm, deny, cancel, human, greet, thanks), or remove `builtin`.'),
  BATON_BAD_REGEX: code('error', 'A regular expression does not compile.', 'Fix the pattern (JavaScript syntax); escape backslashes in double-quoted YAML strings.'),
  BATON_BAD_HOURS: code('error', 'Opening hours cannot be read.', 'Write them like `Mon-Fri 08:00-18:00 Europe/London`.'),
  BATON_UNSUPPORTED_LOCALE: code('error', 'The manifest\'s `locale` names a language Baton does not understand.', 'Use one of the supported languages: en, es, de, fr, it, pt, nl (with a region if you like, e.g. `es-ES`).'),
  BATON_UNTRANSLATED: code('warning', 'Baton\'s catalogue for the bot\'s language lacks built-in messages or examples, which are then in English (messages) or absent (examples).', 'Give the messages in the bot\'s language under the manifest\'s `messages:`, and yes/no/help examples in an intents file.'),
  BATON_DUPLICATE_LANGUAGE: code('error', 'The manifest\'s `languages` lists a language twice, or the main language (`locale`).', 'List each other language once; the main language is `locale`.'),
  BATON_UNDECLARED_LANGUAGE: code('error', 'A text or examples are given in a language the bot does not serve.', 'Add the language to the manifest\'s `languages`, or remove the text.'),
  BATON_QUEUE_LANGUAGE: code('error', 'A queue\'s `matchLanguage` lists a language the bot does not serve.', 'List languages of the manifest\'s `locale` and `languages`, or write `matchLanguage: true` for all of them.'),
  BATON_MISSING_TRANSLATION: code('warning', 'A text or an intent\'s examples lack one of the bot\'s languages: conversations in it get the main language\'s.', 'Give the text or examples by language, e.g. `say: { en: Hello, es: Hola }`.'),
  BATON_BAD_TIMEZONE: code('error', 'A time zone is not an IANA zone.', 'Use a name like `Europe/London` or `America/New_York`.'),
  BATON_BAD_CONDITION: code('error', 'A branch condition cannot be read.', 'Write a condition name or a comparison like `total > 50` or `email is set`.'),
  BATON_BAD_TEMPLATE: code('error', 'A message template is malformed.', 'Write placeholders as `{{slot_name}}`.'),
  BATON_UNKNOWN_PLACEHOLDER: code('error', 'A saved reply names a placeholder that is neither a slot of the bot nor a detail Baton fills.', 'Use a slot of one of the bot\'s flows or of the manifest, or one of customer.name, customer.first_name, customer.email, customer.phone, agent.name, agent.first_name, bot.name.'),
  BATON_UNKNOWN_WORD_PLACEHOLDER: code('error', 'A web chat word names a placeholder the page does not fill there.', 'Only `agentTyping` takes `{{name}}` and only `launcherOpenUnread` takes `{{count}}`; other words take none.'),
} as const satisfies Record<string, ErrorCodeInfo>;

export type ErrorCode = keyof typeof ERROR_CODES;
