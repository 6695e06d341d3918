// Transcripts of a bot with several languages: a conversation's `locale` (the channel's hint, sent at
// the start and with every message), a turn's `language` check, and the handoff packet's `language`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BotCache, runTranscript } from '../../src/testing/runTranscript';

const BOT = join(__dirname, '../fixtures/bilingualHandoff/bots/shop.yaml');
const dir = mkdtempSync(join(tmpdir(), 'baton-transcript-language-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const bots = new BotCache();

async function run(yaml: string): Promise<string[]> {
  const file = join(dir, `t${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, `bot: ${JSON.stringify(BOT)}\n${yaml}`);
  const results = await runTranscript(file, bots);
  return results.flatMap((r) => r.failures.map((f) => `${r.name} ${f.line}: ${f.message}`));
}

describe('a transcript of a bot with several languages', () => {
  it('greets in the conversation\'s locale and checks the language after each turn', async () => {
    expect(await run(`conversations:
  - name: a Spanish browser
    locale: es-ES
    greet: true
    turns:
      - user: cuánto cuesta el envío
        speaks: es
        bot: [El envío es gratis a partir de 50., { pattern: "." }]
      - user: in English please
        speaks: en
  - name: the locale holds while the words say nothing
    locale: es-ES
    turns:
      - user: "12345"
        speaks: es
  - name: no locale, English words
    turns:
      - user: how much is shipping
        speaks: en
`)).toEqual([]);
  }, 30_000);

  it('reports a turn in another language than expected, and a handoff in another language', async () => {
    expect(await run(`conversations:
  - name: wrong language
    locale: es-ES
    turns:
      - user: cuánto cuesta el envío
        speaks: en
      - user: quiero hablar con el equipo
        handoff: { queue: orders, language: en }
`)).toEqual([
      'wrong language 6: turn 1 (user: "cuánto cuesta el envío"): expected the conversation in en, got es',
      'wrong language 8: turn 2 (user: "quiero hablar con el equipo"): expected handoff.language = "en", got "es"',
    ]);
  }, 30_000);

  it('refuses a locale that is not a language tag, at its place', async () => {
    const failures = await run(`conversations:
  - name: bad
    locale: "español!"
    turns:
      - user: hola
`);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^\(not run\) 4: BATON_SCHEMA/);
  }, 30_000);
});
