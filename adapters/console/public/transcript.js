// The whole conversation: what was said before the handoff (the packet's transcript), a marker
// for the handoff, then everything since (customer, agents, internal notes, system lines).
import { clockTime } from './botClock.js';
import { fill, h, percent } from './dom.js';

const WHO = { customer: 'Customer', bot: 'Bot', agent: 'Agent', note: 'Internal note', system: 'System' };

function line(entry, names) {
  const from = WHO[entry.from] ? entry.from : 'system';
  if (from === 'system') {
    return h('li', { class: 'msg from-system' }, h('span', { class: 'system-text' }, entry.text), h('time', { class: 'muted', datetime: entry.at }, clockTime(entry.at)));
  }
  const who = from === 'customer' ? names.customer
    : from === 'bot' ? names.bot
      : from === 'note' ? `Internal note · ${names.agent(entry.agentId)}`
        : names.agent(entry.agentId);
  return h('li', { class: `msg from-${from}` },
    h('div', { class: 'msg-meta' },
      h('span', { class: 'msg-who' }, who),
      h('time', { datetime: entry.at }, clockTime(entry.at)),
      entry.intent ? h('span', { class: 'chip small', title: 'What the bot understood' }, `${entry.intent}${entry.confidence !== undefined ? ` ${percent(entry.confidence)}` : ''}`) : null),
    h('div', { class: 'bubble' }, entry.text));
}

/**
 * Draws the transcript of a handoff record into the list `root`.
 * `names`: { customer, bot, agent(id) } for the speakers' labels.
 */
export function renderTranscript(root, record, names) {
  const p = record.packet;
  fill(root,
    p.transcript.map((t) => line(t, names)),
    h('li', { class: 'divider' }, h('span', {}, `Handed over to ${p.queue} · ${clockTime(record.createdAt)}`)),
    record.messages.map((m) => line(m, names)),
    record.messages.length === 0 ? h('li', { class: 'muted quiet' }, 'Nothing said since the handoff.') : null);
}
