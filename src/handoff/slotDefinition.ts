// Which definition a slot of a handoff has, to read its value the way the bot writes it: the flow
// the handoff serves declares it, else the manifest, else the first flow that does.
import type { CompiledBot, CompiledSlot } from '../config/compiledBot';
import { ownEntry } from '../config/ownEntry';

export function slotDefinition(bot: CompiledBot, flow: string | undefined, name: string): CompiledSlot | undefined {
  const here = flow !== undefined ? ownEntry(bot.flows, flow) : undefined;
  return (here && ownEntry(here.slots, name)) ?? ownEntry(bot.slots, name) ?? Object.values(bot.flows).map((f) => ownEntry(f.slots, name)).find((s) => s !== undefined);
}
