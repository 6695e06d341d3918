// Collects the problems of one load, each located in its source file.
import type { ErrorCode } from './errorCodes';
import { locate, type PathSegment } from './locate';
import { problem, type Problem } from './problem';
import type { Localised } from './localiseData';
import type { SourceFile } from './sourceFile';

export interface ReportOptions {
  /** Point at the key of the last path segment instead of its value. */
  readonly part?: 'key' | 'value';
  readonly hint?: string;
}

export class Reporter {
  readonly problems: Problem[] = [];
  readonly #chosen = new Map<SourceFile, Localised<unknown>['chosen']>();

  report(code: ErrorCode, source: SourceFile, path: readonly PathSegment[], message: string, options: ReportOptions = {}): void {
    const at = this.#inSource(source, path);
    this.problems.push(problem({ code, file: source.file, at: locate(source, at, options.part), path: at, message, hint: options.hint }));
  }

  #inSource(source: SourceFile, path: readonly PathSegment[]): readonly PathSegment[] {
    const site = this.#chosen.get(source)?.find((c) => c.path.length <= path.length && c.path.every((segment, i) => segment === path[i]));
    return site ? [...site.path, site.key, ...path.slice(site.path.length)] : path;
  }

  add(problems: readonly Problem[]): void {
    this.problems.push(...problems);
  }

  /** Locates problems of the data `localiseData` made at the text of the language it chose, not at the map of texts. */
  localised(source: SourceFile, chosen: Localised<unknown>['chosen']): void {
    if (chosen.length > 0) this.#chosen.set(source, chosen);
  }

  get errorCount(): number {
    return this.problems.filter((p) => p.severity === 'error').length;
  }
}
