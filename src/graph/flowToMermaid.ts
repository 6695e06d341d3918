// One flow as a Mermaid `stateDiagram-v2`: each state aliased with a short label of what it does, each
// transition labelled (outcome, choice, condition, `next`...), handoffs styled, gotos drawn to a node
// named after the other flow. Text is shortened and escaped with Mermaid entity codes (`#35;`) so no
// label can break the diagram; output follows the flow file's state order, so it is deterministic.
import type { CompiledBot, CompiledFlow, CompiledState } from '../config/compiledBot';

/** Longest free text (what the bot says or asks) shown in a label, ellipsis included. */
const TEXT_MAX = 40;
/** Longest label of any kind (slot lists, handoff reasons). */
const LABEL_MAX = 60;
/** Words Mermaid's state diagram lexer reads as keywords, and ids it gives `[*]` nodes: never node ids. */
const RESERVED = /^(state|note|class|classdef|default|scale|direction|acctitle|accdescr|statediagram|end|hide|root|root_start|root_end|start\d+|end\d+)$/i;

interface Edge { readonly from: string; readonly to: string; readonly label: string }

export function flowToMermaid(bot: CompiledBot, flowName: string): string {
  const flow = bot.flows[flowName];
  if (!flow) throw new Error(`Unknown flow "${flowName}".`);
  const ids = new Ids();
  const stateIds = new Map(Object.keys(flow.states).map((name) => [name, ids.take(name)]));
  const idOf = (target: string): string => (target === 'end' ? '[*]' : stateIds.get(target) ?? ids.take(target));

  const lines = ['stateDiagram-v2'];
  const edges: Edge[] = [{ from: '[*]', to: idOf(flow.start), label: '' }];
  const others = new Map<string, string>(); // other flow -> node id
  const handoffs: string[] = [];
  for (const state of Object.values(flow.states)) {
    const id = idOf(state.name);
    lines.push(`  state "${labelOf(state)}" as ${id}`);
    if (state.kind === 'handoff') handoffs.push(id);
    if (state.kind === 'goto' && state.flow !== flow.name) {
      if (!others.has(state.flow)) others.set(state.flow, ids.take(`flow_${state.flow}`));
      edges.push({ from: id, to: others.get(state.flow)!, label: state.state ? `goto ${state.state}` : 'goto' });
    } else {
      for (const [to, label] of transitions(state, flow)) edges.push({ from: id, to: idOf(to), label });
    }
  }
  for (const [name, id] of others) lines.push(`  state "${text(`flow ${name}`, LABEL_MAX)}" as ${id}`);
  for (const e of edges) {
    const label = text(e.label, LABEL_MAX);
    lines.push(`  ${e.from} --> ${e.to}${label ? ` : ${label}` : ''}`);
  }
  if (handoffs.length > 0) lines.push('  classDef handoff fill:#fde2e1,stroke:#c0392b,color:#000', `  class ${handoffs.join(',')} handoff`);
  if (others.size > 0) lines.push('  classDef otherflow fill:#e8f0fe,stroke:#4a6fa5,color:#000', `  class ${[...others.values()].join(',')} otherflow`);
  return lines.join('\n');
}

/** What a state does, in a few words, escaped: the label's own colon stays readable. */
function labelOf(state: CompiledState): string {
  const said = state.say?.[0];
  switch (state.kind) {
    case 'say': return said !== undefined ? `say: ${text(said, TEXT_MAX)}` : 'say';
    case 'collect': return `collect: ${text(state.collect.join(', '), LABEL_MAX)}`;
    case 'ask': return `ask: ${text(state.ask[0] ?? '', TEXT_MAX)}`;
    case 'branch': return 'branch';
    case 'call': return text(`call ${state.call}`, LABEL_MAX);
    case 'goto': return text(`goto ${state.flow}${state.state ? `.${state.state}` : ''}`, LABEL_MAX);
    case 'handoff': return text(`handoff → queue ${state.handoff.queue} (${state.handoff.reason})`, LABEL_MAX);
    case 'end': return said !== undefined ? `say: ${text(said, TEXT_MAX)}` : 'end';
  }
}

/** Where a state can go (a state name or `end`) and the label of each way. */
function transitions(state: CompiledState, flow: CompiledFlow): Array<[string, string]> {
  switch (state.kind) {
    case 'say': return [[state.next, 'next']];
    case 'collect': {
      const exhausted = [...new Set(state.collect.flatMap((s) => flow.slots[s]?.exhausted ?? []))];
      return [[state.next, 'next'], ...exhausted.map((to): [string, string] => [to, 'retries used up'])];
    }
    case 'ask': return state.choices.map((c) => [c.next, c.title]);
    case 'branch': return state.branch.map((c) => [c.next, c.when === undefined && c.whenText === undefined ? 'else' : c.whenText ?? 'when']);
    case 'call': return Object.entries(state.on).map(([outcome, to]) => [to, outcome]);
    case 'goto': return [[state.state ?? flow.start, 'goto']];
    case 'handoff': return state.next !== undefined ? [[state.next, 'handed back']] : [['end', 'handed over']];
    case 'end': return [['end', state.all ? 'end all' : 'end']];
  }
}

/** Text for a label: shortened first, so that an entity code is never cut in half, then escaped. */
function text(raw: string, max: number): string {
  return escape(shorten(raw, max));
}

/** Cuts text to `max` characters, ending with an ellipsis; whitespace runs become one space. */
function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Mermaid entity codes for every character its lexer or the label renderer could misread. */
function escape(text: string): string {
  return text
    .replace(/[#":;{}<>[\]%&\\`]/g, (c) => (c === '"' ? '#quot;' : `#${c.charCodeAt(0)};`))
    .replace(/(directio)n/gi, '$1#110;');
}

/** Node ids: a state's own name where Mermaid reads it as a plain id, otherwise a unique stand-in. */
class Ids {
  readonly #used = new Set<string>();

  take(wanted: string): string {
    const base = /^[A-Za-z][A-Za-z0-9_]*$/.test(wanted) ? wanted.replace(/direction/gi, 'dirn') : `s_${wanted.replace(/\W/g, '_')}`;
    let id = RESERVED.test(base) ? `${base}_state` : base;
    for (let n = 2; this.#used.has(id); n++) id = `${base}_${n}`;
    this.#used.add(id);
    return id;
  }
}
