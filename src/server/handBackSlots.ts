// Checks the slots an agent gives with a hand-back against the flow the bot goes on in (or the
// conversation's slots without one): names the flow declares, values a person can type (text,
// numbers, yes/no). Returns what is wrong, or undefined.
import type { CompiledBot } from '../config/compiledBot';
import { ownEntry } from '../config/ownEntry';

export function handBackSlotsProblem(bot: CompiledBot, flow: string | undefined, slots: Readonly<Record<string, unknown>>): string | undefined {
  const declared = flow !== undefined ? ownEntry(bot.flows, flow)?.slots ?? {} : bot.slots;
  for (const [name, value] of Object.entries(slots)) {
    if (!ownEntry(declared, name)) return `"${name}" is not a slot ${flow !== undefined ? `of flow ${flow}` : 'of the conversation'}.`;
    if (!['string', 'number', 'boolean'].includes(typeof value)) return `The value of "${name}" must be text, a number or true/false.`;
  }
  return undefined;
}
