// The out-of-scope decision a bot's author can trust: a match the bot would act on is turned down
// only by the unknown-word rule (visible, tunable in the manifest's nlu.outOfScope), and every
// verdict says why.
import { join } from 'node:path';
import type { CompiledBot } from '../../src/config/compiledBot';
import { loadBot } from '../../src/config/loadBot';
import { trainClassifier } from '../../src/nlu';
import { withBotOutOfScopeRule } from '../../src/nlu/botOutOfScopeRule';
import { createBotNlu } from '../../src/nlu/createBotNlu';
import { describeOutOfScope } from '../../src/nlu/describeOutOfScope';
import { SUPPORT_EXAMPLES } from './supportBot';

const load = (name: string) => loadBot(join(__dirname, '..', '..', 'bots', `${name}.yaml`)).bot as CompiledBot;
const acme = load('acme');
const skyline = load('skyline');
const now = new Date('2026-11-24T10:00:00Z');

describe("a bot's out-of-scope rule", () => {
  const model = trainClassifier(SUPPORT_EXAMPLES, { calibration: { temperature: 1, threshold: 0.8, maxUnknown: 0.5 } });
  const nluOf = (outOfScope: CompiledBot['nlu']['outOfScope'], threshold = 0.5): CompiledBot['nlu'] => ({ threshold, ambiguity: 0.15, misunderstandings: 2, outOfScope });

  it('keeps a fitted confidence threshold at or below the threshold the bot acts on', () => {
    expect(withBotOutOfScopeRule(model, nluOf({ unknownWords: 0.75, confidence: 'auto' })).calibration.threshold).toBe(0.5);
    expect(withBotOutOfScopeRule(model, nluOf({ unknownWords: 0.75, confidence: 'auto' }, 0.9)).calibration.threshold).toBe(0.8);
  });

  it("uses the author's own numbers as they are", () => {
    const calibration = withBotOutOfScopeRule(model, nluOf({ unknownWords: 1, confidence: 0.65 })).calibration;
    expect(calibration).toMatchObject({ threshold: 0.65, maxUnknown: 1 });
  });

  it('comes from the manifest, with defaults', () => {
    expect(acme.nlu.outOfScope).toEqual({ unknownWords: 0.75, confidence: 'auto' });
  });
});

describe('the sample bots', () => {
  const shop = createBotNlu(acme);
  const broadband = createBotNlu(skyline);

  it.each([
    ['see you soon', 'goodbye'],
    ['when does my minimum term end', 'leaving_fee'],
  ])('do not veto a confident match for a word or two they never saw: "%s"', (text, intent) => {
    const u = broadband.understand(text, now);
    expect(u.intents[0]?.name).toBe(intent);
    expect(u.outOfScope).toBe(false);
  });

  it.each([
    ["what's the weather like in paris tomorrow", 'unknownWords', /"weather", "paris"/],
    ['xqzv blorft wubwub', 'unknownWords', /100% of its words \(3\)/],
    ['?!?! ...', 'noWords', /no words/],
    ['jane@example.com', 'onlyEntities', /only values/],
  ])('turn "%s" down and say why', (text, kind, words) => {
    const u = shop.understand(text, now);
    expect(u.outOfScope).toBe(true);
    expect(u.reason?.kind).toBe(kind);
    expect(describeOutOfScope(u.reason!)).toMatch(words);
  });
});
