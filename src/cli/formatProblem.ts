// Prints a problem for a terminal: `file:line:col CODE message`, the hint, and the line with a caret.
import { readFileSync } from 'node:fs';
import type { Problem } from '../config/problem';

export function formatProblem(p: Problem, readLine: (file: string, line: number) => string | undefined = lineOf): string {
  // A message that already starts with the data path ("slots.x.retries must be a whole number") is not prefixed with it again.
  const where = p.path && !p.message.startsWith(`${p.path} `) ? `${p.path}: ` : '';
  const head = `${p.file}:${p.line}:${p.col} ${p.code} ${p.severity === 'warning' ? 'warning: ' : ''}${where}${p.message}`;
  const lines = [head, `  hint: ${p.hint}`];
  const text = readLine(p.file, p.line);
  if (text !== undefined && text.trim() !== '') {
    const gutter = String(p.line);
    const shown = text.length > 120 ? `${text.slice(0, 117)}...` : text;
    lines.push(`  ${gutter} | ${shown.replace(/\t/g, ' ')}`);
    lines.push(`  ${' '.repeat(gutter.length)} | ${' '.repeat(Math.min(p.col - 1, 119))}^`);
  }
  return lines.join('\n');
}

const cache = new Map<string, string[] | undefined>();

function lineOf(file: string, line: number): string | undefined {
  if (!cache.has(file)) {
    try {
      const buf = readFileSync(file);
      cache.set(file, buf.length > 1024 * 1024 ? undefined : buf.toString('utf8').split(/\r?\n/));
    } catch {
      cache.set(file, undefined);
    }
  }
  return cache.get(file)?.[line - 1];
}
