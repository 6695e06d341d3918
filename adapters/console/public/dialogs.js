// The transfer, hand-back and resolve dialogs. Hand back offers the bot's flows and states and the
// flow's details (slots), pre-filled with what the customer gave, so the bot resumes without asking
// again. Resolving asks first: it cannot be undone (the bot takes the conversation back at once and
// tells the customer).
import { byId, fill, h, slotText } from './dom.js';
import { flowName, stateName } from './flowNames.js';

/** Where the bot should go on: the place the handoff names (where the customer was), or ''. */
function proposedPlace(bot, packet) {
  const place = packet.handBackTo ?? packet.flow;
  return place && bot.flows[place.name] ? place : undefined;
}

function fillStates(bot, packet) {
  const flow = byId('hb-flow').value;
  const outline = bot.flows[flow];
  const select = byId('hb-state');
  select.disabled = !outline;
  fill(select, outline ? outline.states.map((s) => h('option', { value: s, title: s }, s === outline.start ? `${stateName(s)} (first step)` : stateName(s))) : h('option', { value: '' }, '—'));
  const place = proposedPlace(bot, packet);
  if (outline) select.value = place?.name === flow && outline.states.includes(place.state) ? place.state : outline.start;
  const slots = outline ? outline.slots : Object.keys(packet.slots.filled);
  const label = (slot) => outline?.labels?.[slot] ?? packet.slots.labels?.[slot] ?? slot;
  fill(byId('hb-slots'), h('legend', {}, 'Details the bot will know'),
    slots.length ? slots.map((slot) => h('div', { class: 'field' },
      h('label', { for: `hb-slot-${slot}` }, label(slot)),
      h('input', { id: `hb-slot-${slot}`, name: slot, type: 'text', value: slotText(packet.slots.filled[slot]), autocomplete: 'off', dataset: { slot, kind: typeof packet.slots.filled[slot] } })))
      : h('p', { class: 'muted' }, 'This flow collects no details.'));
}

/** What the customer wrote that nobody answered, with the choice to let the bot answer the last of it. */
function fillUnanswered(record) {
  const box = byId('hb-unanswered');
  const messages = record.unanswered ?? [];
  box.hidden = messages.length === 0;
  fill(box, messages.length === 0 ? [] : [
    h('h3', {}, 'Not answered yet'),
    h('ul', {}, messages.map((text) => h('li', { class: 'bubble-quote' }, text))),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', id: 'hb-answer-last' }), ` Let the bot answer the last one: “${messages[messages.length - 1]}”`),
  ]);
}

/** Opens the hand-back dialog for `record`; resolves with the request body, or undefined if cancelled. */
export function askHandBack(bot, record) {
  const packet = record.packet;
  fillUnanswered(record);
  const flowSelect = byId('hb-flow');
  fill(flowSelect, h('option', { value: '' }, 'Where the bot left off'),
    Object.keys(bot.flows).map((name) => h('option', { value: name, title: name }, flowName(bot, name))));
  flowSelect.value = proposedPlace(bot, packet)?.name ?? '';
  fillStates(bot, packet);
  flowSelect.onchange = () => fillStates(bot, packet);
  return run('handback-dialog', () => {
    const flow = flowSelect.value;
    const answerLast = byId('hb-answer-last')?.checked ? { answerLast: true } : {};
    if (!flow) return answerLast;
    const slots = {};
    for (const input of byId('hb-slots').querySelectorAll('input[data-slot]')) {
      const raw = input.value.trim();
      if (raw === '') continue;
      const kind = input.dataset.kind;
      slots[input.dataset.slot] = kind === 'number' && Number.isFinite(Number(raw)) ? Number(raw)
        : kind === 'boolean' && (raw === 'true' || raw === 'false') ? raw === 'true'
          : kind === 'object' ? parseOr(raw) : raw;
    }
    return { flow, state: byId('hb-state').value, ...(Object.keys(slots).length ? { slots } : {}), ...answerLast };
  });
}

function parseOr(raw) {
  try { return JSON.parse(raw); } catch { return raw; }
}

/** Opens the transfer dialog; resolves with { queue } or { agentId }, or undefined if cancelled. */
export function askTransfer(bot, record, me) {
  fill(byId('tr-queue'), bot.queues.map((q) => h('option', { value: q.name }, q.description ? `${q.name}: ${q.description}` : q.name)));
  byId('tr-queue').value = bot.queues.find((q) => q.name !== record.queue)?.name ?? record.queue;
  const others = bot.agents.filter((a) => a.id !== me);
  fill(byId('tr-agent'), others.length ? others.map((a) => h('option', { value: a.id }, `${a.name} (${a.id}) · ${a.queues.join(', ')}`)) : h('option', { value: '' }, 'No other agents'));
  byId('tr-to-queue').checked = true;
  const sync = () => {
    byId('tr-queue').disabled = !byId('tr-to-queue').checked;
    byId('tr-agent').disabled = byId('tr-to-queue').checked || others.length === 0;
  };
  byId('tr-to-queue').onchange = sync;
  byId('tr-to-agent').onchange = sync;
  sync();
  return run('transfer-dialog', () => (byId('tr-to-queue').checked ? { queue: byId('tr-queue').value } : byId('tr-agent').value ? { agentId: byId('tr-agent').value } : undefined));
}

/** Asks the agent to confirm resolving; resolves true when confirmed, undefined when cancelled. */
export const askResolve = () => run('resolve-dialog', () => true);

/** Asks whether to send a reply whose saved-reply markers (`[name]`) are still unfilled; resolves true to send it as it is. */
export function askSendWithMarkers(markers) {
  fill(byId('markers-list'), markers.map((m) => h('li', {}, h('code', {}, m))));
  return run('markers-dialog', () => true);
}

/** Shows a modal dialog; resolves with `read()` when its form is submitted, undefined when dismissed. */
function run(id, read) {
  const dialog = byId(id);
  const form = dialog.querySelector('form');
  return new Promise((resolve) => {
    const finish = (value) => {
      form.onsubmit = null;
      dialog.onclose = null;
      if (dialog.open) dialog.close();
      resolve(value);
    };
    form.onsubmit = (event) => {
      event.preventDefault();
      finish(read());
    };
    dialog.onclose = () => finish(undefined);
    for (const button of dialog.querySelectorAll('[data-cancel]')) button.onclick = () => finish(undefined);
    dialog.showModal();
  });
}
