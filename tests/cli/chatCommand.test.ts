// `baton chat` as a real process with typed input: a return from start to label with an FAQ
// question in the middle, and nothing asked twice.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { BATON_BIN } from '../support/batonBin';

const ROOT = join(__dirname, '..', '..');

describe('baton chat', () => {
  it('carries a return from start to label with an FAQ in the middle, without re-asking anything', () => {
    const input = [
      'I want to return an item',
      '#12346',
      'how long do I have to return something?',
      'it arrived broken',
      '1',
      '/quit',
    ].join('\n');
    const r = spawnSync(process.execPath, [BATON_BIN, 'chat', 'bots/acme.yaml', '--debug'], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    const bot = r.stdout.split('\n').filter((l) => l.startsWith('Acme Support> ')).map((l) => l.slice('Acme Support> '.length));
    expect(bot.slice(1)).toEqual([
      'Which order is it? It looks like #12345.',
      'Why are you sending it back?',
      'You can return any item within 30 days of delivery, free of charge.',
      'Back to your return:',
      'Why are you sending it back?',
      "I'm sorry it arrived damaged.",
      'Shall I email you a free return label for your phone charger?',
      'Done: a return label for order 12346 is on its way to your inbox.',
      'Is there anything else I can help you with?',
    ]);
    expect(r.stdout).toContain('1) Yes, send it   2) No thanks');
    expect(r.stdout).toMatch(/\[intent: return_item \d\.\d\d.*\| state: return_item\.start \(waiting: slot order_id\)/);
    expect(bot.filter((t) => t.startsWith('Which order is it?'))).toHaveLength(1);
  });

  it('says with --debug why a message was judged out of scope', () => {
    const input = ["what's the weather like in paris tomorrow", '?!', '/quit'].join('\n');
    const r = spawnSync(process.execPath, [BATON_BIN, 'chat', 'bots/acme.yaml', '--debug'], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\(out of scope: \d+% of its words \(\d\) are unknown to the bot \([^)]*"weather", "paris"/);
    expect(r.stdout).toContain('(out of scope: no words to read)');
  });
});
