// A problem found while loading a bot: a code from the catalogue, where it is, and what to do.
import { ERROR_CODES, type ErrorCode, type Severity } from './errorCodes';

export interface SourcePosition {
  readonly line: number; // 1-based
  readonly col: number; // 1-based
}

export interface Problem {
  readonly code: ErrorCode;
  readonly severity: Severity;
  readonly file: string;
  readonly line: number;
  readonly col: number;
  /** Where in the file's data, e.g. `states.check.next`. Empty for the whole file. */
  readonly path: string;
  readonly message: string;
  readonly hint: string;
}

export interface ProblemInput {
  readonly code: ErrorCode;
  readonly file: string;
  readonly at?: SourcePosition;
  readonly path?: ReadonlyArray<string | number>;
  readonly message: string;
  /** Replaces the catalogue's hint, e.g. with a "Did you mean" suggestion. */
  readonly hint?: string;
}

export function problem(input: ProblemInput): Problem {
  const info = ERROR_CODES[input.code];
  return {
    code: input.code,
    severity: info.severity,
    file: input.file,
    line: input.at?.line ?? 1,
    col: input.at?.col ?? 1,
    path: formatDataPath(input.path ?? []),
    message: input.message,
    hint: input.hint ?? info.hint,
  };
}

export function formatDataPath(path: ReadonlyArray<string | number>): string {
  return path.map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? seg : `.${seg}`)).join('');
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.code.localeCompare(b.code),
  );
}
