// `baton test` fails on a transcript that expects what the bot does not do, pointing at the turn.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
});
