// The loader's side of the conversation-design keys: what they compile to, and every unknown name in
// them reported at its place with a suggestion.
import type { LoadResult } from '../../src/config/loadBot';
import { BASE_FILES, makeFixture } from '../support/botFixture';

const SHOP = BASE_FILES['bots/shop.yaml']!;
const MANIFEST = `${SHOP}globals: { human: greet }\nslots:\n  email: { entity: email, ask: "What's your email?" }\nconversation: { interrupt: ask, resume: never, confirmCancel: true, anythingElse: false }\n`;

const TRACK = BASE_FILES['flows/track.yaml']!.replace('trigger: track\n', '');
const REPORT_FLOW = `flow: report
title: your report
trigger:
  - track
interrupt: switch
anythingElse: true
forget: { keep: [category] }
slots:
  category: { choices: [No connection, Slow connection], ask: What kind of fault? }
  description: { ask: Tell me what happens. }
  email: { ask: Which email is on the account? }
states:
  start:
    clear: [description]
    collect: [email, category, description]
    next: done
  done:
    say: "Thanks, {{email}}: {{category}}."
    end: all
`;

function load(files: Readonly<Record<string, string>>): { result: LoadResult; at: (code: string) => string[]; hints: (code: string) => string } {
  const fixture = makeFixture(files);
  try {
    const result = fixture.load();
    const of = (code: string) => result.problems.filter((p) => p.code === code);
    return {
      result,
      at: (code) => of(code).map((p) => `${fixture.rel(p.file)}:${p.line}:${p.col}`),
      hints: (code) => of(code).map((p) => `${p.message} ${p.hint ?? ''}`).join('\n'),
    };
  } finally {
    fixture.remove();
  }
}

describe('the conversation-design keys', () => {
  it('compile to the flow policies, with the manifest as default and the flow overriding it', () => {
    const { result } = load({ 'bots/shop.yaml': MANIFEST, 'flows/report.yaml': REPORT_FLOW, 'flows/track.yaml': TRACK });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const bot = result.bot!;
    expect(bot.conversation).toEqual({ interrupt: 'ask', resume: 'never', confirmCancel: true, anythingElse: false });
    expect(bot.flows.report).toMatchObject({ interrupt: 'switch', resume: 'never', confirmCancel: true, anythingElse: true, forget: { keep: ['category'] } });
    expect(bot.flows.hello).toMatchObject({ interrupt: 'ask', resume: 'never', anythingElse: false });
    expect(bot.flows.report!.states.start).toMatchObject({ kind: 'collect', clear: ['description'] });
    expect(bot.flows.report!.states.done).toMatchObject({ kind: 'end', all: true });
  });

  it('keep a conversation slot the conversation\'s where a flow asks for it in its own words, and make a slot with neither entity nor choices free text', () => {
    const { result } = load({ 'bots/shop.yaml': MANIFEST, 'flows/report.yaml': REPORT_FLOW, 'flows/track.yaml': TRACK });
    const slots = result.bot!.flows.report!.slots;
    expect(slots.email).toMatchObject({ scope: 'conversation', entity: 'email', ask: ['Which email is on the account?'] });
    expect(slots.description).toMatchObject({ scope: 'flow', freeText: true, escapes: ['greet', 'cancel'] });
    expect(slots.category).toMatchObject({ scope: 'flow', freeText: false });
    expect(result.bot!.flows.track!.slots.email).toMatchObject({ scope: 'conversation', ask: ["What's your email?"] });
  });

  it('read a trigger that sets slots', () => {
    const flow = REPORT_FLOW.replace('  - track\n', '  - track\n  - { intent: greet, set: { category: Slow connection } }\n');
    const { result } = load({ 'bots/shop.yaml': MANIFEST, 'flows/report.yaml': flow, 'flows/hello.yaml': 'flow: hello\nstates:\n  start:\n    say: Hi\n    next: end\n', 'flows/track.yaml': TRACK });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.bot!.flows.report).toMatchObject({ triggers: ['track', 'greet'], triggerSets: { greet: { category: 'Slow connection' } } });
    expect(result.bot!.triggers.greet).toBe('report');
  });

  it.each([
    ['an escape that is not an intent', REPORT_FLOW.replace('description: { ask: Tell me what happens. }', 'description: { ask: Tell me what happens., escapes: [@@talk_to_humn] }'), 'BATON_UNKNOWN_INTENT', /not an intent/],
    ['a slot to keep that the flow does not have', REPORT_FLOW.replace('forget: { keep: [category] }', 'forget: { keep: [@@categry] }'), 'BATON_UNKNOWN_SLOT', /Did you mean "category"\?/],
    ['a slot to clear that the flow does not have', REPORT_FLOW.replace('clear: [description]', 'clear: [@@descripton]'), 'BATON_UNKNOWN_SLOT', /Did you mean "description"\?/],
    ['a trigger that sets a slot the flow does not have', REPORT_FLOW.replace('  - track\n', '  - { intent: track, set: { @@categori: No connection } }\n'), 'BATON_UNKNOWN_SLOT', /Did you mean "category"\?/],
    ['a trigger that names no intent', REPORT_FLOW.replace('  - track\n', '  - { intent: @@trak }\n'), 'BATON_UNKNOWN_INTENT', /Did you mean "track"\?/],
    ['a free-text slot that also has choices', REPORT_FLOW.replace('category: { choices', 'category: { @@freeText: true, choices'), 'BATON_SLOT_CONFLICT', /free text/],
  ])('report %s at its place', (_title, flow, code, hint) => {
    const fixture = makeFixture({ 'bots/shop.yaml': MANIFEST, 'flows/report.yaml': flow, 'flows/track.yaml': TRACK });
    try {
      const { problems, bot } = fixture.load();
      const found = problems.filter((p) => p.code === code);
      expect(found.map((p) => `${fixture.rel(p.file)}:${p.line}:${p.col}`)).toContain(`${fixture.markers[0]!.file}:${fixture.markers[0]!.line}:${fixture.markers[0]!.col}`);
      expect(found.map((p) => `${p.message} ${p.hint ?? ''}`).join('\n')).toMatch(hint);
      expect(bot).toBeUndefined();
    } finally {
      fixture.remove();
    }
  });

  it('accept a conversation slot among those a flow keeps: it is kept anyway', () => {
    const { result } = load({ 'bots/shop.yaml': MANIFEST, 'flows/report.yaml': REPORT_FLOW.replace('forget: { keep: [category] }', 'forget: { keep: [category, email] }'), 'flows/track.yaml': TRACK });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.bot!.flows.report!.forget).toEqual({ keep: ['category', 'email'] });
  });

  it('report a policy value the format does not have, with the values it allows', () => {
    const fixture = makeFixture({ 'bots/shop.yaml': MANIFEST, 'flows/report.yaml': REPORT_FLOW.replace('interrupt: switch', 'interrupt: @@later'), 'flows/track.yaml': TRACK });
    try {
      const { problems } = fixture.load();
      const found = problems.find((p) => p.code === 'BATON_SCHEMA_VALUE');
      expect(found && `${fixture.rel(found.file)}:${found.line}:${found.col}`).toBe(`flows/report.yaml:${fixture.markers[0]!.line}:${fixture.markers[0]!.col}`);
      expect(`${found!.message} ${found!.hint ?? ''}`).toMatch(/switch.*ask.*never/);
    } finally {
      fixture.remove();
    }
  });

  it('report a conversation slot that names a state to go to, since it belongs to no flow', () => {
    const { at, hints } = load({ 'bots/shop.yaml': MANIFEST.replace('email: { entity: email, ask: "What\'s your email?" }', 'email: { entity: email, ask: "What\'s your email?", exhausted: human }') });
    expect(at('BATON_SLOT_SCOPE')).toHaveLength(1);
    expect(hints('BATON_SLOT_SCOPE')).toMatch(/belongs to no flow/);
  });
});
