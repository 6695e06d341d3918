// The transfer and hand-back dialogs. Hand back offers the bot's flows and states and the flow's
// details (slots), pre-filled with what the customer gave, so the bot resumes without asking again.
import { byId, fill, h, humanize, slotText } from './dom.js';

/** The flow that uses most of the details the customer gave (the handoff's own flow on a tie), or ''. */
function likelyFlow(bot, packet) {
  const filled = Object.keys(packet.slots.filled);
  const here = packet.flow && bot.flows[packet.flow.name] ? packet.flow.name : '';
  let [best, most] = [here, 0];
  for (const [name, flow] of Object.entries(bot.flows)) {
    const count = flow.slots.filter((s) => filled.includes(s)).length + (name === here ? 0.5 : 0);
    if (count > most) [best, most] = [name, count];
  }
  return best;
}

function fillStates(bot, packet) {
  const flow = byId('hb-flow').value;
  const outline = bot.flows[flow];
  const select = byId('hb-state');
  select.disabled = !outline;
  fill(select, outline ? outline.states.map((s) => h('option', { value: s }, s === outline.start ? `${s} (first step)` : s)) : h('option', { value: '' }, '—'));
  if (outline) select.value = packet.flow?.name === flow && outline.states.includes(packet.flow.state) ? packet.flow.state : outline.start;
  const slots = outline ? outline.slots : Object.keys(packet.slots.filled);
  fill(byId('hb-slots'), h('legend', {}, 'Details the bot will know'),
    slots.length ? slots.map((slot) => h('div', { class: 'field' },
      h('label', { for: `hb-slot-${slot}` }, slot),
      h('input', { id: `hb-slot-${slot}`, name: slot, type: 'text', value: slotText(packet.slots.filled[slot]), autocomplete: 'off', dataset: { slot, kind: typeof packet.slots.filled[slot] } })))
      : h('p', { class: 'muted' }, 'This flow collects no details.'));
}

/** Opens the hand-back dialog for `record`; resolves with the request body, or undefined if cancelled. */
export function askHandBack(bot, record) {
  const packet = record.packet;
  const flowSelect = byId('hb-flow');
  fill(flowSelect, h('option', { value: '' }, 'Where the bot left off'),
    Object.entries(bot.flows).map(([name, f]) => h('option', { value: name, title: f.title }, `${humanize(name)} (${name})`)));
  flowSelect.value = likelyFlow(bot, packet);
  fillStates(bot, packet);
  flowSelect.onchange = () => fillStates(bot, packet);
  return run('handback-dialog', () => {
    const flow = flowSelect.value;
    if (!flow) return {};
    const slots = {};
    for (const input of byId('hb-slots').querySelectorAll('input[data-slot]')) {
      const raw = input.value.trim();
      if (raw === '') continue;
      const kind = input.dataset.kind;
      slots[input.dataset.slot] = kind === 'number' && Number.isFinite(Number(raw)) ? Number(raw)
        : kind === 'boolean' && (raw === 'true' || raw === 'false') ? raw === 'true'
          : kind === 'object' ? parseOr(raw) : raw;
    }
    return { flow, state: byId('hb-state').value, ...(Object.keys(slots).length ? { slots } : {}) };
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
