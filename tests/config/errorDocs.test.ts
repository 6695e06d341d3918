// Keeps docs/errors.md in step with the catalogue of codes in src/config/errorCodes.ts.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_CODES } from '../../src/config/errorCodes';

const ROOT = join(__dirname, '..', '..');
const doc = readFileSync(join(ROOT, 'docs', 'errors.md'), 'utf8');
const sections = new Map(doc.split(/^## /m).slice(1).map((section) => [section.split('\n')[0]!.trim(), section] as const));

describe('docs/errors.md', () => {
  it('documents exactly the codes of the catalogue', () => {
    expect([...sections.keys()].sort()).toEqual(Object.keys(ERROR_CODES).sort());
  });

  it.each(Object.entries(ERROR_CODES))('gives %s its severity, meaning, an example and the fix', (code, info) => {
    const section = sections.get(code)!;
    expect(section).toContain(`**${info.severity}**. ${info.title}`);
    expect(section).toContain('```text');
    expect(section).toContain(`Fix: ${info.hint}`);
  });

  it('is what the catalogue and the loader write today (run npm run docs:errors)', () => {
    const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const r = spawnSync(process.execPath, [tsx, join(ROOT, 'tests/support/writeErrorDocs.ts'), '--check'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.stdout.trim()).toBe('docs/errors.md is current');
    expect(r.status).toBe(0);
  });
});
