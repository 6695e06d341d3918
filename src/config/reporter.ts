// Collects the problems of one load, each located in its source file.
import type { ErrorCode } from './errorCodes';
import { locate, type PathSegment } from './locate';
import { problem, type Problem } from './problem';
import type { SourceFile } from './sourceFile';

export interface ReportOptions {
  /** Point at the key of the last path segment instead of its value. */
  readonly part?: 'key' | 'value';
  readonly hint?: string;
}

export class Reporter {
  readonly problems: Problem[] = [];

  report(code: ErrorCode, source: SourceFile, path: readonly PathSegment[], message: string, options: ReportOptions = {}): void {
    this.problems.push(problem({ code, file: source.file, at: locate(source, path, options.part), path, message, hint: options.hint }));
  }

  add(problems: readonly Problem[]): void {
    this.problems.push(...problems);
  }

  get errorCount(): number {
    return this.problems.filter((p) => p.severity === 'error').length;
  }
}
