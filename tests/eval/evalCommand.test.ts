// `baton eval`: the printed summary, the HTML file it writes, --json, and a bot that does not load.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evalCommand } from '../../src/cli/evalCommand';
import { BASE_FILES, makeFixture } from '../support/botFixture';
import { captureIO } from '../support/captureIO';

const ACME = join(__dirname, '..', '..', 'bots', 'acme.yaml');


let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'baton-eval-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('baton eval', () => {
  it('prints the accuracies, the weakest intents and the confused pairs, and writes the HTML report', async () => {
    const c = captureIO();
    const out = join(dir, 'nested', 'acme.html');
    expect(await evalCommand([ACME], { json: false, out }, c.io)).toBe(0);
    const text = c.out.join('\n');
    expect(text).toMatch(/^ {2}accuracy +\d+\.\d%/m);
    expect(text).toMatch(/^ {2}held-out accuracy +\d+\.\d%/m);
    expect(text).toContain('Weakest intents');
    expect(text).toContain('Most confused pairs');
    expect(text).toContain(`HTML report: ${out}`);
    expect(readFileSync(out, 'utf8')).toContain('id="confused-pairs"');
  });

  it('headlines the accuracy the bot acts on (a right intent judged out of scope is a miss) and lists every failing held-out test', async () => {
    const json = captureIO();
    expect(await evalCommand([ACME], { json: true, out: join(dir, 'a.html') }, json.io)).toBe(0);
    const report = JSON.parse(json.out.join('\n'));
    const c = captureIO();
    expect(await evalCommand([ACME], { json: false, out: join(dir, 'b.html') }, c.io)).toBe(0);
    const text = c.out.join('\n');
    const strict = (n: number) => `${(Math.round(n * 1000) / 10).toFixed(1)}%`;
    expect(text).toMatch(new RegExp(`^ {2}accuracy +${strict(report.crossValidation.strictAccuracy).replace('.', '\\.')} +\\(${report.crossValidation.correctInScope}/`, 'm'));
    expect(text).toMatch(new RegExp(`^ {2}held-out accuracy +${strict(report.heldOut.strictAccuracy).replace('.', '\\.')} +\\(${report.heldOut.correctInScope}/`, 'm'));
    const misses = (report.predictions.heldOut as Array<{ text: string; label: string; correct: boolean; outOfScope: boolean }>).filter((p) => !p.correct || p.outOfScope);
    expect(misses.length).toBeGreaterThan(0);
    expect(text).toContain(`Failing held-out tests (${misses.length})`);
    for (const miss of misses.slice(0, 20)) expect(text).toContain(`expected ${miss.label}, got`);
    const turnedDown = misses.filter((p) => p.outOfScope) as Array<{ text: string; outOfScopeReason?: string }>;
    expect(text).toMatch(new RegExp(`^ {2}turned down +[\\d.]+% +\\(${turnedDown.length}/${report.heldOut.examples} held-out tests judged out of scope\\)`, 'm'));
    for (const p of turnedDown) {
      expect(p.outOfScopeReason).toBeDefined();
      expect(text).toContain(`judged out of scope: ${p.outOfScopeReason}`);
    }
    const html = readFileSync(join(dir, 'b.html'), 'utf8');
    expect(html).toContain(strict(report.crossValidation.strictAccuracy));
    expect((html.match(/data-test-of=/g) ?? []).length).toBe(Math.min(misses.length, 100));
  });

  it('prints the whole report as JSON with --json and still writes the HTML', async () => {
    const c = captureIO();
    const out = join(dir, 'acme.html');
    expect(await evalCommand([ACME], { json: true, out, folds: 3 }, c.io)).toBe(0);
    const report = JSON.parse(c.out.join('\n'));
    expect(report).toMatchObject({ version: 1, bot: { id: 'acme' }, options: { folds: 3 }, crossValidation: { folds: 3 } });
    expect(existsSync(out)).toBe(true);
    expect(c.err.join('\n')).toContain(out);
  });

  it('writes reports/<bot>-eval.html by default', async () => {
    const c = captureIO();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect(await evalCommand([ACME], { json: false, folds: 2 }, c.io)).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    expect(existsSync(join(dir, 'reports', 'acme-eval.html'))).toBe(true);
    expect(c.out.join('\n')).toContain(join('reports', 'acme-eval.html'));
  });

  it('prints the problems and exits 1 when the bot does not load', async () => {
    const fixture = makeFixture({ 'flows/track.yaml': BASE_FILES['flows/track.yaml']!.replace('    next: check', '    next: chekc') });
    const c = captureIO();
    try {
      expect(await evalCommand([join(fixture.dir, 'bots/shop.yaml')], { json: false, out: join(dir, 'x.html') }, c.io)).toBe(1);
    } finally {
      fixture.remove();
    }
    expect(c.err.join('\n')).toContain('BATON_UNKNOWN_STATE');
    expect(existsSync(join(dir, 'x.html'))).toBe(false);
  });

  it('refuses fewer than two folds', async () => {
    const c = captureIO();
    expect(await evalCommand([ACME], { json: false, folds: 1 }, c.io)).toBe(2);
    expect(c.err.join('\n')).toContain('--folds');
  });
});
