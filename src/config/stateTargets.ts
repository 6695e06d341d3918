// The states a state can lead to within its flow (`end` excluded), for reachability and graphs.
import type { CompiledState } from './compiledBot';

export function stateTargets(state: CompiledState): string[] {
  const targets: string[] = [];
  switch (state.kind) {
    case 'say':
    case 'collect': targets.push(state.next); break;
    case 'ask': targets.push(...state.choices.map((c) => c.next)); break;
    case 'branch': targets.push(...state.branch.map((c) => c.next)); break;
    case 'call': targets.push(...Object.values(state.on)); break;
    case 'handoff': if (state.next) targets.push(state.next); break;
    case 'goto':
    case 'end': break;
  }
  return targets.filter((t) => t !== 'end');
}
