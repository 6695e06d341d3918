// Baton as a package: `npm pack`, the tarball installed into a folder of its own, `baton init`
// there, then validate, test and start with no path arguments, one REST turn and a clean stop.
// The install is offline: a lockfile made from Baton's own pins every dependency to the version
// `npm ci` already put in npm's cache. Install scripts are skipped and better-sqlite3's native
// binary comes from Baton's node_modules (the same version, built for this Node), which is what
// a prebuilt download would give; compiling SQLite again would only test better-sqlite3.
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compiledIsCurrent } from '../support/batonBin';

const ROOT = join(__dirname, '..', '..');
const NPM_ENV = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

function run(cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: NPM_ENV, timeout: 240_000 });
  if (r.error) throw r.error;
  return r;
}

function ok(r: SpawnSyncReturns<string>, what: string): string {
  if (r.status !== 0) throw new Error(`${what} exited with ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** A lockfile for the project: Baton from the tarball, its dependencies as Baton's lockfile pins them. */
function writeLockfile(project: string, tarball: string): void {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
  const baton = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
  const own = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { name: string; version: string; dependencies: Record<string, string> };
  const packages: Record<string, unknown> = {
    '': { name: own.name, version: own.version, dependencies: own.dependencies },
    'node_modules/baton': {
      version: baton.version, resolved: own.dependencies.baton,
      integrity: `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`,
      license: baton.license, dependencies: baton.dependencies, bin: baton.bin, engines: baton.engines,
    },
  };
  for (const [path, entry] of Object.entries(lock.packages)) if (path.startsWith('node_modules/') && !entry.dev) packages[path] = entry;
  writeFileSync(join(project, 'package-lock.json'), JSON.stringify({ name: own.name, version: own.version, lockfileVersion: 3, requires: true, packages }, null, 2));
}

describe('Baton packed and installed into a bot project of its own', () => {
  let dir: string;
  let bot: string;

  beforeAll(() => {
    if (!compiledIsCurrent()) ok(run('npm', ['run', 'build'], ROOT), 'npm run build');
    dir = mkdtempSync(join(tmpdir(), 'baton-pack-'));
    const packed = JSON.parse(ok(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT), 'npm pack')) as [{ filename: string }];
    const tarball = join(dir, packed[0].filename);
    const init = ok(run(process.execPath, [join(ROOT, 'dist/src/cli/bin.js'), 'init', 'bot', '--baton', `file:../${packed[0].filename}`], dir), 'baton init');
    expect(init).toContain('bots/bot.yaml');
    bot = join(dir, 'bot');
    writeLockfile(bot, tarball);
    ok(run('npm', ['ci', '--offline', '--ignore-scripts'], bot), 'npm ci');
    const binary = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
    cpSync(join(ROOT, binary), join(bot, binary));
  }, 600_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('installs compiled code, the schemas the YAML files point at, and no TypeScript sources', () => {
    const installed = join(bot, 'node_modules/baton');
    expect(existsSync(join(installed, 'dist/src/index.js'))).toBe(true);
    expect(existsSync(join(installed, 'dist/src/index.d.ts'))).toBe(true);
    expect(existsSync(join(installed, 'dist/adapters/webchat/index.html'))).toBe(true);
    expect(existsSync(join(installed, 'src'))).toBe(false);
    expect(readFileSync(join(bot, 'bots/bot.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/node_modules\/baton\/flows\.schema\.json$/m);
    expect(existsSync(join(bot, 'bots/../node_modules/baton/flows.schema.json'))).toBe(true);
    expect(existsSync(join(bot, 'tests/conversations/../../node_modules/baton/transcript.schema.json'))).toBe(true);
    expect(readFileSync(join(bot, 'bots/bot.code.ts'), 'utf8')).toContain("from 'baton'");
    expect(readFileSync(join(bot, '.gitignore'), 'utf8')).toContain('node_modules/');
  });

  it('validates the new bot and passes its transcript with no path arguments', () => {
    expect(ok(run('npx', ['baton', 'validate'], bot), 'baton validate')).toMatch(/bots\/bot\.yaml: ok: \d+ intents/);
    const tested = ok(run('npx', ['baton', 'test'], bot), 'baton test');
    expect(tested).toMatch(/^2 passed, 0 failed$/m);
  });

  it('starts, answers a REST turn with the code file\'s action, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [join(bot, 'node_modules/.bin/baton'), 'start'], {
      cwd: bot, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' },
    });
    try {
      let out = '';
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`baton start did not listen within 60 s: ${out}`)), 60_000);
        child.stderr!.on('data', (c: Buffer) => { out += c.toString(); });
        child.stdout!.on('data', (c: Buffer) => {
          out += c.toString();
          const m = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
          if (m) { clearTimeout(timer); resolve(m[0]); }
        });
        child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`baton start exited with ${code}: ${out}`)); });
      });
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      const res = await fetch(`${url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: 'kim', text: 'where is my order 12346' }) });
      expect(res.status).toBe(200);
      const body = await res.json() as { replies: { text: string }[] };
      expect(body.replies.map((r) => r.text)).toContain('Order 12346 is delivered.');
      expect(existsSync(join(bot, 'data'))).toBe(true);
    } finally {
      child.removeAllListeners('exit');
      const exited = new Promise((r) => child.once('exit', r));
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    }
    expect(child.exitCode).toBe(0);
  }, 120_000);
});
