// A real `baton start` child process on a free port, for tests that restart, kill or run several
// servers. Its environment is given whole (plus PATH), so no setting of the test run leaks in.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { BATON_BIN } from './batonBin';

const ROOT = join(__dirname, '..', '..');
export { BATON_BIN };

export interface BatonProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** SIGKILL, and wait for the exit. */
  kill(): Promise<void>;
  /** SIGTERM, and wait for the exit. */
  stop(): Promise<void>;
}

export function batonEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'silent', ...env };
}

/** `manifest` undefined: no manifest argument, as `npm start` runs it (the sample bot). */
export function startBaton(manifest: string | undefined, env: Record<string, string>): Promise<BatonProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BATON_BIN, 'start', ...(manifest === undefined ? [] : [manifest])], { cwd: ROOT, env: batonEnv({ PORT: '0', HOST: '127.0.0.1', ...env }) });
    let out = '';
    const fail = (why: string): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`baton start ${why}: ${out}`));
    };
    const timer = setTimeout(() => fail('did not listen within 60 s'), 60_000);
    child.stderr!.on('data', (c: Buffer) => { out += c.toString(); });
    child.once('exit', (code) => fail(`exited with ${code}`));
    let listening = false;
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      // A server on every interface (HOST 0.0.0.0) calls itself localhost: it is reached at 127.0.0.1.
      const m = listening ? null : /http:\/\/(?:127\.0\.0\.1|localhost):\d+/.exec(out);
      if (!m) return;
      listening = true;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      const ended = (signal: NodeJS.Signals) => async (): Promise<void> => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exit = new Promise((r) => child.once('exit', r));
        child.kill(signal);
        await exit;
      };
      resolve({ url: m[0].replace('localhost', '127.0.0.1'), child, output: () => out, kill: ended('SIGKILL'), stop: ended('SIGTERM') });
    });
  });
}

/** `baton agent token`: a new API token for the agent, in the given environment. */
export function agentApiToken(manifest: string, env: Record<string, string>, id: string): string {
  const r = spawnSync(process.execPath, [BATON_BIN, 'agent', 'token', id, '--bot', manifest], { cwd: ROOT, encoding: 'utf8', env: batonEnv(env) });
  if (r.status !== 0) throw new Error(`baton agent token failed: ${r.stdout}${r.stderr}`);
  return r.stdout.trim().split(/\s+/).at(-1) ?? '';
}

/** `baton agent add` with the password on stdin, in the given environment. */
export function addAgent(manifest: string, env: Record<string, string>, id: string, password: string, queues: string): void {
  const r = spawnSync(process.execPath, [BATON_BIN, 'agent', 'add', id, '--queues', queues, '--bot', manifest], { cwd: ROOT, input: `${password}\n`, encoding: 'utf8', env: batonEnv(env) });
  if (r.status !== 0) throw new Error(`baton agent add failed: ${r.stdout}${r.stderr}`);
}

/** A JSON POST, answering the parsed body and status. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function postJson(url: string, path: string, body: unknown, token?: string): Promise<{ status: number; json: any }> {
  const res = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined };
}
