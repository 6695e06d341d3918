// Every name a compiled bot refers to, checked against what the bot really defines (its own keys,
// so `constructor` or `toString` never passes for a flow or a validator). A bot the loader accepted
// must have none dangling: the runtime looks these names up mid-conversation.
import { BUILTIN_ENTITIES, type CompiledBot, type CompiledFlow, type CompiledState } from '../../src/config/compiledBot';
import { conditionReferences } from '../../src/engine/condition';

/** `where -> name` for each reference that names nothing the bot defines. */
export function danglingReferences(bot: CompiledBot): string[] {
  const dangling: string[] = [];
  const check = (where: string, name: string | undefined, defined: object, extra: readonly string[] = []): void => {
    if (name !== undefined && !Object.hasOwn(defined, name) && !extra.includes(name)) dangling.push(`${where} -> ${name}`);
  };
  check('start', bot.start, bot.flows);
  check('handoff.offline', bot.handoff.offline, bot.flows);
  check('handoff.default', bot.handoff.defaultQueue, bot.handoff.queues);
  for (const [role, intent] of Object.entries(bot.globals)) check(`globals.${role}`, intent, bot.intents);
  for (const [intent, flow] of Object.entries(bot.triggers)) {
    check(`triggers.${intent}`, intent, bot.intents);
    check(`triggers.${intent}`, flow, bot.flows);
  }
  for (const [name, flow] of Object.entries(bot.flows)) {
    check(`flows.${name}.start`, flow.start, flow.states);
    for (const [slotName, slot] of Object.entries(flow.slots)) {
      const at = `flows.${name}.slots.${slotName}`;
      check(`${at}.entity`, slot.entity, bot.entities, BUILTIN_ENTITIES);
      check(`${at}.validate`, slot.validate, bot.code.validators);
      check(`${at}.exhausted`, slot.exhausted, flow.states, ['end']);
    }
    for (const [stateName, state] of Object.entries(flow.states)) stateReferences(bot, flow, state, `flows.${name}.states.${stateName}`, check);
  }
  return dangling;
}

type Check = (where: string, name: string | undefined, defined: object, extra?: readonly string[]) => void;

function stateReferences(bot: CompiledBot, flow: CompiledFlow, state: CompiledState, at: string, check: Check): void {
  const target = (where: string, name: string | undefined): void => check(`${at}.${where}`, name, flow.states, ['end']);
  switch (state.kind) {
    case 'say': target('next', state.next); break;
    case 'collect':
      state.collect.forEach((slot) => check(`${at}.collect`, slot, flow.slots));
      target('next', state.next);
      break;
    case 'ask':
      for (const choice of state.choices) {
        check(`${at}.choices.intent`, choice.intent, bot.intents);
        for (const slot of Object.keys(choice.set)) check(`${at}.choices.set`, slot, flow.slots);
        target('choices.next', choice.next);
      }
      break;
    case 'branch':
      for (const c of state.branch) {
        const refs = c.when ? conditionReferences(c.when) : { slots: [], names: [] };
        refs.slots.forEach((slot) => check(`${at}.branch.when`, slot, flow.slots));
        refs.names.forEach((name) => check(`${at}.branch.when`, name, bot.code.conditions));
        target('branch.next', c.next);
      }
      break;
    case 'call':
      if (!Object.hasOwn(bot.code.actions, state.call)) check(`${at}.call`, state.call, bot.webhooks);
      for (const [outcome, next] of Object.entries(state.on)) target(`on.${outcome}`, next);
      break;
    case 'goto':
      check(`${at}.goto`, state.flow, bot.flows);
      if (state.state !== undefined && Object.hasOwn(bot.flows, state.flow)) check(`${at}.goto`, state.state, bot.flows[state.flow]!.states);
      break;
    case 'handoff':
      check(`${at}.handoff.queue`, state.handoff.queue, bot.handoff.queues);
      target('next', state.next);
      break;
    case 'end': break;
  }
}
