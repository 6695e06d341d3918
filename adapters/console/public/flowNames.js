// Flows and states as agents read them: a flow by the authors' words (the goal of GET /api/agent/bot:
// its first trigger intent's title, else its title), a state by its name made readable (states have
// no titles); the id where the bot does not know the flow.

/** `return_item` -> "Return an item". */
export function flowName(bot, id) {
  const flow = bot?.flows && Object.hasOwn(bot.flows, id) ? bot.flows[id] : undefined;
  return flow?.goal ?? flow?.title ?? id;
}

/** `not_delivered` -> "Not delivered". */
export function stateName(id) {
  const text = String(id ?? '').replace(/[_-]+/g, ' ').trim();
  return text ? text[0].toUpperCase() + text.slice(1) : String(id ?? '');
}
