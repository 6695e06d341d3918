// `baton validate`: exit codes, the printed location with excerpt and caret, JSON output, and the
// real command as a child process for files that must never produce a stack trace.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { BATON_BIN as BIN } from '../support/batonBin';
import { BASE_FILES, makeFixture } from '../support/botFixture';
import { captureIO } from '../support/captureIO';

const ROOT = join(__dirname, '..', '..');


function runBin(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('baton validate', () => {
  it('exits 0 for the sample bot', async () => {
    const c = captureIO();
    expect(await main(['validate', join(ROOT, 'bots', 'acme.yaml')], c.io)).toBe(0);
    expect(c.out.join('\n')).toMatch(/ok: \d+ intents, \d+ FAQ (entry|entries), \d+ flows, \d+ saved (reply|replies)/);
  });

  it('exits 1 for a misspelled state and prints its file, line, column, suggestion and caret', async () => {
    const fixture = makeFixture({ 'flows/track.yaml': BASE_FILES['flows/track.yaml']!.replace('    next: check', '    next: chekc') });
    const c = captureIO();
    try {
      const cwd = process.cwd();
      process.chdir(fixture.dir);
      try {
        expect(await main(['validate', 'bots/shop.yaml'], { ...c.io, out: (t) => c.out.push(t), err: (t) => c.err.push(t) })).toBe(1);
      } finally {
        process.chdir(cwd);
      }
      const text = c.out.join('\n');
      expect(text).toContain('flows/track.yaml:8:11 BATON_UNKNOWN_STATE states.start.next: "chekc" is not a state of flow track.');
      expect(text).toContain('hint: Did you mean "check"?');
      expect(text).toContain('  8 |     next: chekc\n    |           ^');
    } finally {
      fixture.remove();
    }
  });

  it('prints the problems as JSON with --json', async () => {
    const fixture = makeFixture({ 'flows/hello.yaml': 'flow: hello\ntrigger: greet\nstates:\n  start:\n    say: Hi\n' });
    const c = captureIO();
    try {
      expect(await main(['validate', join(fixture.dir, 'bots/shop.yaml'), '--json'], c.io)).toBe(1);
      const report = JSON.parse(c.out.join('\n'));
      expect(report.ok).toBe(false);
      expect(report.bots[0].problems[0]).toMatchObject({ code: 'BATON_NO_WAY_OUT', severity: 'error', line: 4, col: 3, path: 'states.start' });
    } finally {
      fixture.remove();
    }
  });

  it('says plainly when there is no manifest to check', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-empty-'));
    const cwd = process.cwd();
    const c = captureIO();
    try {
      process.chdir(dir);
      expect(await main(['validate'], c.io)).toBe(1);
      expect(c.err.join('\n')).toContain('BATON_MANIFEST_NOT_FOUND');
    } finally {
      process.chdir(cwd);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers an unknown command with the usage and exit 2', async () => {
    const c = captureIO();
    expect(await main(['valdate'], c.io)).toBe(2);
    expect(c.err.join('\n')).toContain('Unknown command "valdate"');
  });

  describe('as a real process', () => {
    const hostile: Array<[string, Record<string, string | Buffer>]> = [
      ['non-UTF-8 bytes', { 'intents/bad.yaml': Buffer.from([0x69, 0x6e, 0x74, 0x3a, 0x20, 0xff, 0xfe, 0x0a]) }],
      ['a glob that includes the manifest', { 'bots/shop.yaml': BASE_FILES['bots/shop.yaml']!.replace('[../flows/*.yaml]', '[../flows/*.yaml, ../bots/*.yaml]') }],
      ['a 5 MB file', { 'flows/huge.yaml': `flow: huge\n${'# x\n'.repeat(1_300_000)}` }],
      ['a file that is a list', { 'flows/hello.yaml': '- a\n- b\n' }],
      ['tabs and duplicate keys', { 'flows/hello.yaml': 'flow: hello\nflow: hello\nstates:\n\tstart: {}\n' }],
    ];
    it.each(hostile)('reports %s with a location and no stack trace', (_name, files) => {
      const fixture = makeFixture(files);
      try {
        const r = runBin(['validate', 'bots/shop.yaml'], fixture.dir);
        expect(r.status).toBe(1);
        expect(r.stdout).toMatch(/^\S+\.yaml:\d+:\d+ BATON_[A-Z_]+ /m);
        expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
      } finally {
        fixture.remove();
      }
    });
  });
});
