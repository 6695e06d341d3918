// The queue list: conversations waiting in the agent's queues, those the agent holds and those
// colleagues hold, each with its waiting time (ticking), priority, frustration and summary.
import { byId, duration, fill, h, humanize } from './dom.js';

const byUrgency = (a, b) => b.priority - a.priority || b.waitingSeconds - a.waitingSeconds;

function item(entry, { me, selectedId, fetchedAt, onSelect, agentName }) {
  const holder = entry.status === 'assigned' ? (entry.agentId === me ? 'You' : agentName(entry.agentId)) : undefined;
  const level = entry.frustration ?? 'low';
  const label = `${entry.summary}. ${humanize(level)} frustration, priority ${entry.priority}, ${entry.queue} queue${holder ? `, with ${holder}` : ', waiting'}`;
  return h('li', {},
    h('button', {
      type: 'button', class: 'q-item', 'aria-current': entry.id === selectedId ? 'true' : undefined, 'aria-label': label,
      dataset: { id: entry.id, conversation: entry.conversationId }, onclick: () => onSelect(entry.id),
    },
    h('span', { class: 'q-top' },
      h('span', { class: `badge frustration-${level}`, title: 'Frustration' }, humanize(level)),
      h('span', { class: 'chip' }, entry.queue),
      h('span', { class: 'q-priority', title: 'Priority (higher is taken first)' }, `P${entry.priority}`),
      h('time', { class: 'q-wait', title: 'Waiting time', dataset: { base: String(entry.waitingSeconds), at: String(fetchedAt) } },
        duration(entry.waitingSeconds + (Date.now() - fetchedAt) / 1000))),
    h('span', { class: 'q-summary' }, entry.summary),
    holder ? h('span', { class: 'q-holder' }, holder === 'You' ? 'Yours' : `With ${holder}`) : null));
}

function group(listId, countId, entries, options, emptyText) {
  fill(byId(countId), String(entries.length));
  fill(byId(listId), entries.length ? entries.map((e) => item(e, options)) : h('li', { class: 'q-empty' }, emptyText));
}

/** Draws the three groups; `options`: { me, selectedId, fetchedAt, onSelect, agentName }. */
export function renderQueue(entries, options) {
  const sorted = [...entries].sort(byUrgency);
  group('waiting-list', 'waiting-count', sorted.filter((e) => e.status === 'waiting'), options, 'Nobody is waiting.');
  group('mine-list', 'mine-count', sorted.filter((e) => e.status === 'assigned' && e.agentId === options.me), options, 'You hold no conversations.');
  group('others-list', 'others-count', sorted.filter((e) => e.status === 'assigned' && e.agentId !== options.me), options, 'None.');
  const waiting = sorted.filter((e) => e.status === 'waiting').length;
  document.title = `${waiting ? `(${waiting}) ` : ''}${document.body.dataset.title}`;
}

/** Moves every waiting time on by the time since the queue was fetched. */
export function tickQueue() {
  for (const node of document.querySelectorAll('time[data-base]')) {
    node.textContent = duration(Number(node.dataset.base) + (Date.now() - Number(node.dataset.at)) / 1000);
  }
}
