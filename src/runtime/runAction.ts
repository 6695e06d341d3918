// Runs an action registered in code with a time limit. A throw, a rejection, a time-out or a reply
// that is not `{ outcome }` becomes the `error` outcome: never a crash, never a hang.
import type { ActionContext, ActionDefinition } from '../config/botCode';
import type { ActionOutcome } from './actionOutcome';
import { withinMs } from './withinMs';

export async function runAction(action: ActionDefinition, call: Omit<ActionContext, 'signal'>, timeoutMs: number): Promise<ActionOutcome> {
  const controller = new AbortController();
  const run = Promise.resolve().then(() => action.run({ ...call, signal: controller.signal }));
  return withinMs(run.then(checked, (err: unknown) => failed(err)), timeoutMs, (): ActionOutcome => {
    controller.abort();
    return { outcome: 'error', error: `timed out after ${timeoutMs} ms` };
  });
}

function checked(result: unknown): ActionOutcome {
  if (typeof result !== 'object' || result === null || typeof (result as { outcome?: unknown }).outcome !== 'string') {
    return { outcome: 'error', error: 'the action returned no outcome' };
  }
  const { outcome, slots } = result as { outcome: string; slots?: unknown };
  return slots !== undefined && typeof slots === 'object' && slots !== null ? { outcome, slots: slots as ActionOutcome['slots'] } : { outcome };
}

function failed(err: unknown): ActionOutcome {
  return { outcome: 'error', error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
}
