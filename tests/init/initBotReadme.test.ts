import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initBot } from '../../src/init/initBot';

describe('the README of a project baton init writes', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'baton-init-readme-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('points at the installed Baton\'s guide, never at the registry\'s unrelated baton package', () => {
    const folder = join(dir, 'gym-desk');
    initBot(folder);
    const readme = readFileSync(join(folder, 'README.md'), 'utf8');
    expect(readme).not.toContain('npmjs.com/package/baton');
    expect(readme).toContain('node_modules/baton/README.md');
    expect(readme.startsWith('# Gym Desk')).toBe(true);
  });
});
