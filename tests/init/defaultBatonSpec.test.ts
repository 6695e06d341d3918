// What a new bot project depends on for Baton when `baton init` is not told: the checkout it ran from
// by path (the registry's package named `baton` is another project), or an installed Baton's version.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultBatonSpec, initBot } from '../../src/init/initBot';

describe('the Baton a new bot project depends on', () => {
  it('is the checkout by path when Baton runs from a clone', () => {
    expect(defaultBatonSpec('/home/ann/my-bot', { root: '/home/ann/baton', version: '0.1.0' })).toBe('file:../baton');
    expect(defaultBatonSpec('/home/ann/baton/examples/bot', { root: '/home/ann/baton', version: '0.1.0' })).toBe('file:../..');
  });

  it('is the version when Baton is installed below node_modules', () => {
    expect(defaultBatonSpec('/home/ann/my-bot', { root: '/home/ann/tools/node_modules/baton', version: '0.3.2' })).toBe('^0.3.2');
  });

  it('is written into the package.json of a project made from this checkout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-init-spec-'));
    try {
      initBot(join(dir, 'shop-bot'));
      const pkg = JSON.parse(readFileSync(join(dir, 'shop-bot', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
      expect(pkg.dependencies.baton).toMatch(/^file:(\.\.\/)+/);
      expect(join(dir, 'shop-bot', pkg.dependencies.baton!.slice('file:'.length), 'package.json')).toBe(join(__dirname, '..', '..', 'package.json'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
