// Baton's built-in yes/no test list (src/nlu/builtin/en.yesno.yaml): answers no bot trains on,
// classified by the real NLU of the sample bots and of a tiny bot that declares no yes or no of its
// own. The bot must act on the right one of affirm and deny: confident, at its own threshold.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BUILTIN_FOLDER } from '../../src/config/builtinCatalogue';
import type { CompiledBot } from '../../src/config/compiledBot';
import { loadBot } from '../../src/config/loadBot';
import { normaliseExample } from '../../src/config/normaliseExample';
import { decideIntent } from '../../src/engine/decideIntent';
import { createBotNlu } from '../../src/nlu/createBotNlu';
import { loadTinyBot } from '../support/tinyBot';

interface YesNoList {
  readonly language: string;
  readonly affirm: readonly string[];
  readonly deny: readonly string[];
}

const LIST = parse(readFileSync(join(BUILTIN_FOLDER, 'en.yesno.yaml'), 'utf8')) as YesNoList;
const ANSWERS = [...LIST.affirm.map((text) => ({ text, role: 'affirm' as const })), ...LIST.deny.map((text) => ({ text, role: 'deny' as const }))];
const NOW = new Date('2026-11-24T10:00:00Z');
const ROOT = join(__dirname, '..', '..');

function sampleBot(file: string): CompiledBot {
  const { bot, problems } = loadBot(join(ROOT, 'bots', file));
  if (!bot) throw new Error(`${file} does not load: ${problems.map((p) => p.message).join('; ')}`);
  return bot;
}

/** The answers the bot gets wrong: not confidently the intent of the right role. */
function misread(bot: CompiledBot): string[] {
  const nlu = createBotNlu(bot);
  return ANSWERS.flatMap(({ text, role }) => {
    const decision = decideIntent(bot, nlu.understand(text, NOW));
    const right = decision.kind === 'confident' && decision.intent === bot.globals[role];
    return right ? [] : [`${text} (${role}) -> ${decision.kind === 'confident' ? decision.intent : decision.kind}`];
  });
}

describe('the built-in yes/no test list', () => {
  it('holds at least 200 different answers, both kinds well represented', () => {
    expect(LIST.language).toBe('en');
    expect(LIST.affirm.length).toBeGreaterThanOrEqual(100);
    expect(LIST.deny.length).toBeGreaterThanOrEqual(100);
    expect(new Set(ANSWERS.map((a) => normaliseExample(a.text))).size).toBe(ANSWERS.length);
  });

  const bots: ReadonlyArray<readonly [string, () => CompiledBot]> = [
    ['the sample bot (acme)', () => sampleBot('acme.yaml')],
    ['the Skyline bot', () => sampleBot('skyline.yaml')],
    ['a tiny bot with no yes or no intents of its own', () => loadTinyBot()],
  ];

  describe.each(bots)('read by %s', (_, make) => {
    let bot: CompiledBot;
    beforeAll(() => {
      bot = make();
    });

    it('trains on none of the answers', () => {
      const trained = new Set(bot.training.map((e) => normaliseExample(e.text)));
      expect(ANSWERS.filter((a) => trained.has(normaliseExample(a.text))).map((a) => a.text)).toEqual([]);
    });

    it('acts on the right one of yes and no for at least 98 % of them', () => {
      const wrong = misread(bot);
      const share = 1 - wrong.length / ANSWERS.length;
      if (share < 0.98) throw new Error(`${(share * 100).toFixed(1)} % right; misread:\n${wrong.join('\n')}`);
      expect(share).toBeGreaterThanOrEqual(0.98);
    });
  });
});
