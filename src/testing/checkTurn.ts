// Compares what one turn did with what its transcript expects; returns what does not match.
import { allSlotValues, visibleSlots } from '../engine/conversationState';
import type { TurnOutcome } from '../runtime/createRuntime';
import type { ReplyExpectation, TurnSpec } from './transcript';

/** `mainLanguage`: the bot's, which a conversation without a language of its own speaks. */
export function checkTurn(turn: TurnSpec, outcome: TurnOutcome, mainLanguage?: string): string[] {
  const problems: string[] = [];
  const replies = outcome.replies.map((r) => r.text);
  if (turn.bot !== undefined) {
    const expected = Array.isArray(turn.bot) ? turn.bot : [turn.bot];
    const fits = expected.length === replies.length && expected.every((e, i) => matches(e, replies[i]!));
    if (!fits) problems.push(`expected replies ${JSON.stringify(expected)}, got ${JSON.stringify(replies)}`);
  }
  if (turn.intent !== undefined) {
    const said = [...outcome.state.transcript].reverse().find((t) => t.from === 'customer');
    const got = said?.intent ?? '(none)';
    if (got !== turn.intent) problems.push(`expected intent ${turn.intent}, got ${got}`);
  }
  // Slots as the active flow sees them; a slot of a flow that is no longer active, as that flow kept it.
  const active = outcome.state.stack[outcome.state.stack.length - 1]?.flow;
  const held = { ...allSlotValues(outcome.state), ...visibleSlots(outcome.state, active) };
  for (const [slot, value] of Object.entries(turn.slots ?? {})) {
    const got = held[slot];
    if (value === null ? got !== undefined : JSON.stringify(got) !== JSON.stringify(value)) {
      problems.push(`expected slot ${slot} = ${JSON.stringify(value)}, got ${JSON.stringify(got ?? null)}`);
    }
  }
  if (turn.state !== undefined) {
    const frame = outcome.state.stack[outcome.state.stack.length - 1];
    const got = frame ? `${frame.flow}.${frame.state}` : 'none';
    if (got !== turn.state) problems.push(`expected to wait in ${turn.state}, got ${got}`);
  }
  if (turn.speaks !== undefined) {
    const got = outcome.state.language ?? mainLanguage ?? '(none)';
    if (got !== turn.speaks) problems.push(`expected the conversation in ${turn.speaks}, got ${got}`);
  }
  if (turn.quick !== undefined) {
    const got = [...outcome.replies].reverse().find((r) => r.quickReplies)?.quickReplies?.map((q) => q.title) ?? [];
    if (JSON.stringify(got) !== JSON.stringify(turn.quick)) problems.push(`expected quick replies ${JSON.stringify(turn.quick)}, got ${JSON.stringify(got)}`);
  }
  if (turn.handoff === false && outcome.handoff) problems.push(`expected no handoff, got one to ${outcome.handoff.packet.queue}`);
  if (turn.handoff && typeof turn.handoff === 'object') {
    if (!outcome.handoff) problems.push('expected a handoff, got none');
    else {
      const { mode, ...packet } = turn.handoff;
      if (mode !== undefined && mode !== outcome.handoff.mode) problems.push(`expected handoff mode ${mode}, got ${outcome.handoff.mode}`);
      const mismatch = subsetMismatch(outcome.handoff.packet, packet, 'handoff');
      if (mismatch) problems.push(mismatch);
    }
  }
  return problems;
}

function matches(expected: ReplyExpectation, actual: string): boolean {
  if (typeof expected === 'string') return expected === actual;
  if (expected.contains !== undefined) return actual.includes(expected.contains);
  return expected.pattern !== undefined && new RegExp(expected.pattern, 'i').test(actual);
}

/** Where `actual` differs from the fields `expected` names; lists must match item by item. */
export function subsetMismatch(actual: unknown, expected: unknown, path: string): string | undefined {
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return `expected ${path} to be ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
    if (Array.isArray(expected)) {
      if (!Array.isArray(actual) || actual.length < expected.length) return `expected ${path} to have ${expected.length} items, got ${JSON.stringify(actual)}`;
    }
    for (const [key, value] of Object.entries(expected)) {
      const inner = subsetMismatch((actual as Record<string, unknown>)[key], value, Array.isArray(expected) ? `${path}[${key}]` : `${path}.${key}`);
      if (inner) return inner;
    }
    return undefined;
  }
  return actual === expected ? undefined : `expected ${path} = ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}
