// `baton start --watch` as a real process: it serves, reloads a changed flow, and keeps the old
// bot serving when a change has errors.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BATON_BIN } from '../support/batonBin';

const ROOT = join(__dirname, '..', '..');

function waitFor(child: ChildProcess, pattern: RegExp, stream: 'stdout' | 'stderr' = 'stdout', ms = 40_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; saw: ${seen}`)), ms);
    child[stream]!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const m = pattern.exec(seen);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    });
  });
}

async function ask(url: string, text: string): Promise<string[]> {
  const res = await fetch(`${url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: 'w', text }) });
  return ((await res.json()) as { replies: Array<{ text: string }> }).replies.map((r) => r.text);
}

describe('baton start --watch', () => {
  it('reloads a changed bot and keeps the old one serving when the change has errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-watch-'));
    for (const folder of ['bots', 'intents', 'flows']) cpSync(join(ROOT, folder), join(dir, folder), { recursive: true });
    const code = join(dir, 'bots', 'acme.code.ts');
    writeFileSync(code, readFileSync(code, 'utf8').replace("'../src/config/botCode'", JSON.stringify(join(ROOT, 'src/config/botCode'))));
    const child = spawn(process.execPath, [BATON_BIN, 'start', '--watch', 'bots/acme.yaml'], { cwd: dir, env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' } });
    try {
      const url = (await waitFor(child, /http:\/\/127\.0\.0\.1:\d+/));
      expect((await ask(url, 'how much is shipping'))).toContain('Shipping is free on orders over £50; otherwise it is £4.99.');
      const faq = join(dir, 'intents', 'orders.yaml');
      writeFileSync(faq, readFileSync(faq, 'utf8').replace('Shipping is free on orders over £50; otherwise it is £4.99.', 'Shipping is always free.'));
      await waitFor(child, /Reloaded Acme Support/);
      expect(await ask(url, 'how much is shipping')).toContain('Shipping is always free.');
      const flow = join(dir, 'flows', 'return-item.yaml');
      writeFileSync(flow, readFileSync(flow, 'utf8').replace('next: check', 'next: chekc'));
      const errors = await waitFor(child, /keeps serving/, 'stderr');
      expect(errors).toContain('keeps serving');
      expect(await ask(url, 'how much is shipping')).toContain('Shipping is always free.');
    } finally {
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
