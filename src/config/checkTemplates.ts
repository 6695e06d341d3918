// Checks the `{{slot}}` placeholders of a text (or its variations) against the names allowed there.
import { templateReferences, TemplateError } from '../engine/template';
import type { Variations } from './compiledBot';
import { didYouMean } from './didYouMean';
import type { Text } from './formats.generated';
import type { PathSegment } from './locate';
import type { Reporter } from './reporter';
import type { SourceFile } from './sourceFile';

export function variations(text: Text | undefined): Variations | undefined {
  if (text === undefined) return undefined;
  return typeof text === 'string' ? [text] : text;
}

export function checkTemplates(
  text: Text | undefined,
  allowed: ReadonlySet<string>,
  source: SourceFile,
  path: readonly PathSegment[],
  reporter: Reporter,
): Variations | undefined {
  const list = variations(text);
  list?.forEach((item, i) => {
    const at = typeof text === 'string' ? path : [...path, i];
    try {
      for (const name of templateReferences(item)) {
        if (!allowed.has(name)) {
          const hint = didYouMean(name, allowed, 'Declare it under the flow\'s `slots:`.');
          reporter.report('BATON_UNKNOWN_SLOT', source, at, `{{${name}}} names no slot of this flow.`, { hint });
        }
      }
    } catch (err) {
      if (!(err instanceof TemplateError)) throw err;
      reporter.report('BATON_BAD_TEMPLATE', source, at, err.message);
    }
  });
  return list;
}
