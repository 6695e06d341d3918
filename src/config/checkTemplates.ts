// Checks the `{{slot}}` placeholders of a text (or its variations) against the names allowed there.
import { templateReferences, TemplateError } from '../engine/template';
import type { Variations } from './compiledBot';
import { didYouMean } from './didYouMean';
import type { ErrorCode } from './errorCodes';
import type { LocalText, Text } from './formats.generated';
import { oneLanguage } from './oneLanguage';
import type { PathSegment } from './locate';
import { locatePlaceholder } from './locatePlaceholder';
import { problem } from './problem';
import type { Reporter } from './reporter';
import type { SourceFile } from './sourceFile';

/** A text's variations; the linker sees texts of one language only (localiseData picked it). */
export function variations(text: LocalText | undefined): Variations | undefined {
  const one = oneLanguage<Text>(text);
  return typeof one === 'string' ? [one] : one;
}

/** How a name that is not allowed is reported: by default, as a slot the flow does not declare, at the text's start. */
export interface UnknownPlaceholder {
  readonly code: ErrorCode;
  readonly message: (name: string) => string;
  /** The hint when no allowed name is close. */
  readonly fallbackHint: string;
  /** Point at the placeholder itself rather than at the start of the text. */
  readonly pinpoint?: boolean;
}

const UNKNOWN_SLOT: UnknownPlaceholder = {
  code: 'BATON_UNKNOWN_SLOT',
  message: (name) => `{{${name}}} names no slot of this flow.`,
  fallbackHint: 'Declare it under the flow\'s `slots:`.',
};

export function checkTemplates(
  text: LocalText | undefined,
  allowed: ReadonlySet<string>,
  source: SourceFile,
  path: readonly PathSegment[],
  reporter: Reporter,
  unknown: UnknownPlaceholder = UNKNOWN_SLOT,
): Variations | undefined {
  const list = variations(text);
  list?.forEach((item, i) => {
    const at = typeof text === 'string' ? path : [...path, i];
    try {
      const seen = new Map<string, number>();
      for (const name of templateReferences(item)) {
        const occurrence = seen.get(name) ?? 0;
        seen.set(name, occurrence + 1);
        if (allowed.has(name)) continue;
        const hint = didYouMean(name, allowed, unknown.fallbackHint);
        if (unknown.pinpoint) {
          reporter.add([problem({ code: unknown.code, file: source.file, at: locatePlaceholder(source, at, name, occurrence), path: at, message: unknown.message(name), hint })]);
        } else {
          reporter.report(unknown.code, source, at, unknown.message(name), { hint });
        }
      }
    } catch (err) {
      if (!(err instanceof TemplateError)) throw err;
      reporter.report('BATON_BAD_TEMPLATE', source, at, err.message);
    }
  });
  return list;
}
