import { formatProblem } from '../../src/cli/formatProblem';
import type { Problem } from '../../src/config/problem';

const base: Problem = { code: 'BATON_SCHEMA_TYPE', severity: 'error', file: 'flows/track.yaml', line: 4, col: 61, path: 'slots.order_id.retries', message: '', hint: 'A whole number.' };
const noLine = (): undefined => undefined;

describe('formatProblem', () => {
  it('names the data path once when the message already starts with it', () => {
    const head = formatProblem({ ...base, message: 'slots.order_id.retries must be a whole number.' }, noLine).split('\n')[0];
    expect(head).toBe('flows/track.yaml:4:61 BATON_SCHEMA_TYPE slots.order_id.retries must be a whole number.');
  });

  it('puts the data path before a message that does not name it', () => {
    const head = formatProblem({ ...base, code: 'BATON_UNKNOWN_STATE', path: 'states.start.next', message: '"chekc" is not a state of flow track.' }, noLine).split('\n')[0];
    expect(head).toBe('flows/track.yaml:4:61 BATON_UNKNOWN_STATE states.start.next: "chekc" is not a state of flow track.');
  });

  it('prefixes the path when the message starts with a longer path that merely begins the same way', () => {
    const head = formatProblem({ ...base, path: 'slots.a', message: 'slots.ab must be text.' }, noLine).split('\n')[0];
    expect(head).toContain('slots.a: slots.ab must be text.');
  });
});
