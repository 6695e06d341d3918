// A redis-server of a test's own, on a free port, that the test may freeze (SIGSTOP), thaw, kill and
// start again. With `dir`, it keeps an append-only file there, fsynced on every write, so a Redis
// killed and started again holds every write it acknowledged.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect, createServer } from 'node:net';

export const REDIS_SERVER = '/usr/bin/redis-server';
export const CAN_RUN_REDIS = existsSync(REDIS_SERVER);

export interface RedisProcess {
  readonly port: number;
  readonly url: string;
  freeze(): void;
  thaw(): void;
  /** SIGKILL, and wait for the exit. */
  kill(): Promise<void>;
  /** Starts it again on the same port and directory, once killed. */
  restart(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

async function launch(port: number, dir: string | undefined): Promise<ChildProcess> {
  const persistence = dir ? ['--dir', dir, '--appendonly', 'yes', '--appendfsync', 'always'] : ['--appendonly', 'no'];
  const redis = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', ...persistence], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    if (await answers(port)) return redis;
    await new Promise((r) => setTimeout(r, 100));
  }
  redis.kill('SIGKILL');
  throw new Error(`redis-server did not start on port ${port}`);
}

export async function startRedisProcess(options: { dir?: string } = {}): Promise<RedisProcess> {
  const port = await freePort();
  let child = await launch(port, options.dir);
  const kill = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGCONT');
    child.kill('SIGKILL');
    await exited;
  };
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    freeze: () => { child.kill('SIGSTOP'); },
    thaw: () => { child.kill('SIGCONT'); },
    kill,
    restart: async () => {
      await kill();
      child = await launch(port, options.dir);
    },
  };
}
