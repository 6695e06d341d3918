// Flow diagrams: the sample bot's return_item flow drawn as expected, every state of every flow
// shown, hostile text escaped, stable output, and `baton graph`'s exit codes. No Mermaid parser runs
// in plain Node (the `mermaid` package needs a DOM; `@mermaid-js/parser` has no state diagrams), so
// `checkSyntax` holds every line to the statement shapes of Mermaid's state diagram grammar instead.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphCommand } from '../../src/cli/graphCommand';
import type { CompiledBot, CompiledFlow } from '../../src/config/compiledBot';
import { loadBot } from '../../src/config/loadBot';
import { botToMermaid } from '../../src/graph/botToMermaid';
import { flowToMermaid } from '../../src/graph/flowToMermaid';
import { BASE_FILES, makeFixture } from '../support/botFixture';

const MANIFEST = join(__dirname, '..', '..', 'bots', 'acme.yaml');

function sampleBot(): CompiledBot {
  const { bot, problems } = loadBot(MANIFEST);
  if (!bot) throw new Error(`the sample bot does not load: ${problems.map((p) => p.message).join('; ')}`);
  return bot;
}

/** Mermaid's own first pass: entity codes such as `#35;` become placeholders before lexing. */
const preEncode = (text: string): string => text.replace(/#\w+;/g, (s) => `\u{FB02}\u00B0${s.slice(1, -1)}\u00B6\u00DF`);
const ID = '[A-Za-z][A-Za-z0-9_]*';
const NODE = `(?:\\[\\*\\]|${ID})`;
const SHAPES = {
  state: new RegExp(`^  state "([^"\\n]+)" as (${ID})$`),
  edge: new RegExp(`^  (${NODE}) --> (${NODE})(?: : [^:;\\n]+)?$`),
  classDef: /^ {2}classDef [a-z]\w* [^;\n]+$/,
  class: new RegExp(`^  class ${ID}(?:,${ID})* [a-z]\\w*$`),
};
/** Words the state diagram lexer takes as keywords wherever an id stands, and ids of `[*]` nodes. */
const KEYWORDS = /^(state|note|class|classdef|default|scale|direction|acctitle|accdescr|statediagram|end|root|root_start|root_end|start\d+|end\d+)$/i;

/** Every problem a line of the diagram would give Mermaid's state diagram lexer or parser. */
function checkSyntax(diagram: string): string[] {
  const problems: string[] = [];
  const [first, ...lines] = preEncode(diagram).split('\n');
  if (first !== 'stateDiagram-v2') problems.push(`first line: ${first}`);
  if (/direction\s+(tb|bt|rl|lr)/i.test(diagram) || diagram.includes('%%')) problems.push('a direction statement or comment hides in the text');
  const declared = new Set<string>();
  const used: string[] = [];
  for (const line of lines) {
    if (/(style|classDef).*:\S*#.*;/.test(line)) problems.push(`mangled by the entity pre-pass: ${line}`);
    const state = SHAPES.state.exec(line);
    const edge = SHAPES.edge.exec(line);
    if (state) {
      if (declared.has(state[2]!)) problems.push(`declared twice: ${state[2]}`);
      declared.add(state[2]!);
      if (/<<|>>|\[\[|\]\]/.test(state[1]!)) problems.push(`fork/join/choice marker in ${line}`);
    } else if (edge) {
      used.push(edge[1]!, edge[2]!);
    } else if (!SHAPES.classDef.test(line) && !SHAPES.class.test(line)) {
      problems.push(`not a statement: ${line}`);
    }
  }
  for (const id of [...declared, ...used]) if (KEYWORDS.test(id)) problems.push(`keyword as id: ${id}`);
  for (const id of used) if (id !== '[*]' && !declared.has(id)) problems.push(`undeclared: ${id}`);
  return problems;
}

/** A flow whose names are Mermaid keywords and whose texts hold every character that could break it. */
function hostileBot(): CompiledBot {
  const bot = sampleBot();
  const nasty = 'Is "it" {{order_id}}: #1; <<fork>> [[choice]] 50% & `code`\nsecond line direction LR';
  const flow: CompiledFlow = {
    name: 'tricky', title: 'tricky', triggers: [], triggerSets: {}, file: 'tricky.yaml', start: 'note',
    interrupt: 'switch', resume: 'now', confirmCancel: false, anythingElse: true, urgent: false, collects: ['code'],
    slots: { code: { name: 'code', label: 'Code', retries: 1, confirm: false, exhausted: 'default', scope: 'flow', freeText: true, escapes: [] } },
    states: {
      note: { name: 'note', kind: 'collect', collect: ['code'], next: 'state' },
      state: { name: 'state', kind: 'ask', ask: [nasty], choices: [
        { title: 'Yes: "really"; #1', synonyms: [], set: {}, next: 'default' },
        { title: 'wrong direction LR', synonyms: [], set: {}, next: 'end' },
      ] },
      default: { name: 'default', kind: 'branch', branch: [
        { when: { kind: 'compare', slot: 'code', op: '==', value: 'a:b;c' }, whenText: 'code == "a:b;c"', next: 'direction' },
        { next: 'note_state' },
      ] },
      direction: { name: 'direction', kind: 'handoff', handoff: { queue: 'orders', reason: 'x;y' } },
      note_state: { name: 'note_state', kind: 'say', say: [nasty], next: 'end' },
    },
  };
  return { ...bot, flows: { ...bot.flows, tricky: flow } };
}

describe('flowToMermaid', () => {
  it('draws the return_item flow with a start arrow, labelled transitions and a styled handoff', () => {
    const diagram = flowToMermaid(sampleBot(), 'return_item');
    const lines = diagram.split('\n').map((l) => l.trim());
    expect(lines[0]).toBe('stateDiagram-v2');
    expect(lines).toEqual(expect.arrayContaining([
      '[*] --> start',
      'state "collect: order_id, reason" as start',
      'state "call return_policy" as check',
      'state "handoff → queue orders (return_outside_window)" as human',
      'start --> check : next',
      'check --> triage : eligible',
      'check --> too_late : too_late',
      'check --> human : error',
      'triage --> sorry : is_damaged',
      'triage --> confirm : else',
      'confirm --> done : Yes, send it',
      'confirm --> kept : No thanks',
      'done --> [*] : next',
      'too_late --> human : next',
      'not_delivered --> flow_cancel_order : goto start',
      'classDef handoff fill:#fde2e1,stroke:#c0392b,color:#000',
      'class human handoff',
    ]));
    expect(lines.filter((l) => l.startsWith('[*] -->'))).toEqual(['[*] --> start']);
  });

  it('shortens long texts to about forty characters with an ellipsis', () => {
    const diagram = flowToMermaid(sampleBot(), 'return_item');
    expect(diagram).toContain('state "ask: Shall I email you a free return label f…" as confirm');
  });

  it('shows every state of every flow of the sample bot, in valid state diagram syntax', () => {
    const bot = sampleBot();
    for (const flow of Object.values(bot.flows)) {
      const diagram = flowToMermaid(bot, flow.name);
      for (const name of Object.keys(flow.states)) expect(diagram).toMatch(new RegExp(`^ {2}state ".+" as ${name}$`, 'm'));
      expect(checkSyntax(diagram)).toEqual([]);
    }
  });

  it('escapes quotes, colons, semicolons, braces, hashes and newlines, and renames keyword states', () => {
    const diagram = flowToMermaid(hostileBot(), 'tricky');
    expect(checkSyntax(diagram)).toEqual([]);
    expect(diagram).toContain('#quot;it#quot; #123;#123;order_id#125;#125;#58; #35;1#59;');
    expect(diagram).toContain(' : Yes#58; #quot;really#quot;#59; #35;1');
    expect(diagram).toContain(' : code == #quot;a#58;b#59;c#quot;');
    expect(diagram).toMatch(/^ {2}note_state --> default_state : retries used up$/m);
    expect(diagram).toContain(' : wrong directio#110; LR');
    expect(diagram).toMatch(/^ {2}class dirn handoff$/m);
    expect(diagram).toMatch(/^ {2}state ".*" as note_state_2$/m);
  });

  it('has a syntax check that rejects what would break Mermaid', () => {
    const declared = '  state "x" as a\n  state "y" as b\n';
    const broken = [
      '  state "say "hi"" as c',
      '  a --> b : ask: which?',
      '  a --> b : one; two',
      '  state "x" as note',
      '  a --> c : next',
      '  state "wait <<fork>>" as c',
      '  state "turn\n  direction LR" as c',
    ];
    expect(checkSyntax(`stateDiagram-v2\n${declared}  a --> b : next`)).toEqual([]);
    for (const body of broken) expect(checkSyntax(`stateDiagram-v2\n${declared}${body}`)).not.toEqual([]);
  });

  it('gives the same text on every run', () => {
    const bot = sampleBot();
    expect(flowToMermaid(sampleBot(), 'order_status')).toBe(flowToMermaid(bot, 'order_status'));
    expect(botToMermaid(sampleBot())).toBe(botToMermaid(bot));
  });

  it('throws for a flow the bot does not have', () => {
    expect(() => flowToMermaid(sampleBot(), 'nope')).toThrow('Unknown flow "nope"');
  });
});

describe('botToMermaid', () => {
  it('puts every flow under its own heading in a mermaid block', () => {
    const bot = sampleBot();
    const doc = botToMermaid(bot);
    for (const name of Object.keys(bot.flows)) expect(doc).toContain(`## ${name}\n`);
    expect(doc.match(/^```mermaid$/gm)).toHaveLength(Object.keys(bot.flows).length);
    expect(doc).toContain(`\`\`\`mermaid\n${flowToMermaid(bot, 'return_item')}\n\`\`\``);
  });
});

describe('baton graph', () => {
  const capture = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out, err };
  };

  it('prints one flow with --flow and the Markdown of all flows without it', () => {
    const one = capture();
    expect(graphCommand([MANIFEST], { flow: 'return_item' }, one.io)).toBe(0);
    expect(one.out.join('\n')).toBe(flowToMermaid(sampleBot(), 'return_item'));
    const all = capture();
    expect(graphCommand([MANIFEST], {}, all.io)).toBe(0);
    expect(all.out.join('\n')).toContain('## welcome');
  });

  it('exits 1 with a suggestion for an unknown flow', () => {
    const c = capture();
    expect(graphCommand([MANIFEST], { flow: 'return_itme' }, c.io)).toBe(1);
    expect(c.err.join('\n')).toContain('Did you mean "return_item"?');
  });

  it('writes the document to --out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-graph-'));
    try {
      const c = capture();
      expect(graphCommand([MANIFEST], { out: join(dir, 'flows.md') }, c.io)).toBe(0);
      expect(readFileSync(join(dir, 'flows.md'), 'utf8')).toBe(botToMermaid(sampleBot()));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints the problems and exits 1 when the bot does not load', () => {
    const fixture = makeFixture({ 'flows/track.yaml': BASE_FILES['flows/track.yaml']!.replace('    next: check', '    next: chekc') });
    try {
      const c = capture();
      expect(graphCommand([join(fixture.dir, 'bots', 'shop.yaml')], {}, c.io)).toBe(1);
      expect(c.err.join('\n')).toContain('BATON_UNKNOWN_STATE');
      expect(c.out).toEqual([]);
    } finally {
      fixture.remove();
    }
  });
});
