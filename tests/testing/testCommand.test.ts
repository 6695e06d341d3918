// `baton test` fails on a transcript that expects what the bot does not do, pointing at the turn;
// runs what folders and globs hold; and does not run a file that breaks transcript.schema.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testCommand } from '../../src/cli/testCommand';

const ACME = join(__dirname, '..', '..', 'bots', 'acme.yaml');

describe('baton test', () => {
  it('passes a transcript the bot follows and fails one it does not, naming the file, line and turn', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-transcript-'));
    const file = join(dir, 'wrong.yaml');
    writeFileSync(file, [
      `bot: ${JSON.stringify(ACME)}`,
      'conversations:',
      '  - name: right',
      '    turns:',
      '      - user: how much is shipping',
      '        intent: shipping_cost',
      '  - name: wrong',
      '    turns:',
      '      - user: how much is shipping',
      '        intent: shipping_cost',
      '      - user: "yes"',
      '        bot: [Goodbye forever]',
      '',
    ].join('\n'));
    const out: string[] = [];
    try {
      const code = await testCommand([file], { out: (t) => out.push(t), err: (t) => out.push(t) });
      const text = out.join('\n');
      expect(code).toBe(1);
      expect(text).toMatch(/ok {3}.*wrong\.yaml: right/);
      expect(text).toMatch(/FAIL .*wrong\.yaml: wrong/);
      expect(text).toMatch(/wrong\.yaml:11:9 turn 2 \(user: "yes"\): expected replies \["Goodbye forever"\], got \["Is there anything else I can help you with\?"\]/);
      expect(text).toContain('1 passed, 1 failed');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does not run a transcript with an unknown key, and reports the key at its line and column with a hint', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-transcript-'));
    const file = join(dir, 'typo.yaml');
    writeFileSync(file, [
      `bot: ${JSON.stringify(ACME)}`,
      'conversations:',
      '  - name: a typo',
      '    turns:',
      '      - usr: how much is shipping',
      '        intent: shipping_cost',
      '',
    ].join('\n'));
    try {
      const { code, text } = await run([file]);
      expect(code).toBe(1);
      expect(text).toMatch(/FAIL .*typo\.yaml: \(not run\)/);
      expect(text).toMatch(/typo\.yaml:5:9 BATON_SCHEMA_UNKNOWN_FIELD conversations\[0\]\.turns\[0\]\.usr: "usr" is not a field of conversations\[0\]\.turns\[0\]\./);
      expect(text).toContain('hint: Did you mean "user"?');
      expect(text).toMatch(/5 \| {7}- usr: how much is shipping\n\s+\| {9}\^/);
      expect(text).toContain('0 passed, 1 failed');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs every transcript below a folder, and only those a glob matches', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-transcripts-'));
    mkdirSync(join(dir, 'isp', 'billing'), { recursive: true });
    // Files the schema turns down: found and reported without loading a bot.
    writeFileSync(join(dir, 'top.yaml'), 'conversations: []\n');
    writeFileSync(join(dir, 'isp', 'billing', 'deep.yml'), 'conversations: []\n');
    try {
      const folder = await run([dir]);
      expect(folder.code).toBe(1);
      expect(folder.text).toMatch(/isp\/billing\/deep\.yml:1:16 BATON_SCHEMA_VALUE conversations must have at least 1 item/);
      expect(folder.text).toMatch(/top\.yaml:1:16 BATON_SCHEMA_VALUE/);
      expect(folder.text).toContain('0 passed, 2 failed');
      const glob = await run([`${dir}/**/*.yml`]);
      expect(glob.text).toMatch(/deep\.yml/);
      expect(glob.text).not.toMatch(/top\.yaml/);
      expect(glob.text).toContain('0 passed, 1 failed');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 1 without running anything when a folder or glob matches nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-transcripts-'));
    writeFileSync(join(dir, 'ok.yaml'), 'conversations: []\n');
    try {
      const { code, text } = await run([join(dir, 'ok.yaml'), join(dir, 'nothing'), `${dir}/**/*.json`]);
      expect(code).toBe(1);
      expect(text).toContain(`${join(dir, 'nothing')}: no such file or folder.`);
      expect(text).toContain(`${dir}/**/*.json: no file matches this pattern.`);
      expect(text).not.toContain('ok.yaml');
      expect(text).not.toContain('passed');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

async function run(args: string[]): Promise<{ code: number; text: string }> {
  const out: string[] = [];
  const code = await testCommand(args, { out: (t) => out.push(t), err: (t) => out.push(t) });
  return { code, text: out.join('\n') };
}
