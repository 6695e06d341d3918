// Links agents' saved replies: one id per reply across all reply files, queues the manifest has, and
// placeholders that name a slot of the bot or a detail Baton fills (customer.name, agent.name, ...).
import { checkTemplates, type UnknownPlaceholder } from './checkTemplates';
import type { CompiledSavedReply } from './compiledBot';
import { didYouMean } from './didYouMean';
import type { RepliesFile } from './formats.generated';
import { locate } from './locate';
import type { Reporter } from './reporter';
import { SAVED_REPLY_DETAILS } from './savedReplyDetails';
import type { SourceFile } from './sourceFile';

export interface RepliesInput {
  readonly source: SourceFile;
  readonly data: RepliesFile;
}

export interface ReplyNames {
  /** The manifest's handoff queues. */
  readonly queues: ReadonlySet<string>;
  /** Every slot of the bot: the manifest's and every flow's. */
  readonly slots: ReadonlySet<string>;
}

const UNKNOWN_PLACEHOLDER: UnknownPlaceholder = {
  code: 'BATON_UNKNOWN_PLACEHOLDER',
  message: (name) => `{{${name}}} is neither a slot of the bot nor a detail Baton fills.`,
  fallbackHint: `Use a slot of one of the bot's flows or of the manifest, or one of ${SAVED_REPLY_DETAILS.join(', ')}.`,
  pinpoint: true,
};

export function linkReplies(files: readonly RepliesInput[], names: ReplyNames, reporter: Reporter): CompiledSavedReply[] {
  const allowed = new Set<string>([...names.slots, ...SAVED_REPLY_DETAILS]);
  const first = new Map<string, SourceFile>();
  const replies: CompiledSavedReply[] = [];
  for (const { source, data } of files) {
    for (const [id, reply] of Object.entries(data.replies)) {
      const path = ['replies', id];
      const earlier = first.get(id);
      if (earlier) {
        const at = locate(earlier, path, 'key');
        reporter.report('BATON_DUPLICATE_NAME', source, path, `Saved reply "${id}" is already defined at ${earlier.file}:${at.line}:${at.col}.`, { part: 'key' });
        continue;
      }
      first.set(id, source);
      reply!.queues?.forEach((queue, i) => {
        if (!names.queues.has(queue)) reporter.report('BATON_UNKNOWN_QUEUE', source, [...path, 'queues', i], `"${queue}" is not a queue of the manifest.`, { hint: didYouMean(queue, names.queues, 'Use a queue under `handoff.queues`.') });
      });
      checkTemplates(reply!.text, allowed, source, [...path, 'text'], reporter, UNKNOWN_PLACEHOLDER);
      replies.push({ id, title: reply!.title, text: reply!.text, ...(reply!.queues ? { queues: reply!.queues } : {}), file: source.file });
    }
  }
  return replies;
}
