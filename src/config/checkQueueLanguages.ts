// The languages each handoff queue's `matchLanguage` lists: every one must be a language the bot
// serves (its `locale` or one of its `languages`); each other is a located error with the served ones.
import type { Manifest } from './formats.generated';
import type { Reporter } from './reporter';
import type { SourceFile } from './sourceFile';
import { didYouMean } from './didYouMean';

export function checkQueueLanguages(data: Manifest, served: readonly string[], source: SourceFile, reporter: Reporter): void {
  for (const [name, queue] of Object.entries(data.handoff?.queues ?? {})) {
    const listed = queue?.matchLanguage;
    if (!Array.isArray(listed)) continue;
    listed.forEach((code, i) => {
      if (served.includes(code)) return;
      reporter.report('BATON_QUEUE_LANGUAGE', source, ['handoff', 'queues', name, 'matchLanguage', i], `"${code}" is not a language of the bot: it serves ${served.join(', ')}.`, {
        hint: didYouMean(code, new Set(served), 'Add it to the manifest\'s `languages`, or list one the bot serves.'),
      });
    });
  }
}
