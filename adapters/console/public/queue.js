// The queue list: conversations waiting in the agent's queues, those the agent holds and those
// colleagues hold. Each item says who the customer is, on which channel, how urgent it is (in
// words), what they want, in which language (when the bot speaks several), the last thing said, and how
// long they have waited (ticking).
import { byId, duration, fill, h } from './dom.js';
import { channelName, customerName, frustrationWord, languageName, priorityWord } from './words.js';

const byUrgency = (a, b) => b.priority - a.priority || b.waitingSeconds - a.waitingSeconds;

const SPEAKER = { customer: 'Customer', bot: 'Bot', agent: 'Agent' };

function preview(entry, me, agentName) {
  const last = entry.lastMessage;
  if (!last) return null;
  const who = last.from === 'agent' ? (entry.agentId === me ? 'You' : agentName(entry.agentId)) : SPEAKER[last.from] ?? 'Customer';
  return h('span', { class: 'q-preview' }, h('span', { class: 'q-preview-who' }, `${who}: `), last.text);
}

function item(entry, { me, selectedId, fetchedAt, onSelect, agentName, languages }) {
  const holder = entry.status === 'assigned' ? (entry.agentId === me ? 'You' : agentName(entry.agentId)) : undefined;
  const priority = priorityWord(entry.priority);
  const feeling = frustrationWord(entry.frustration);
  const customer = entry.customer ?? {};
  return h('li', {},
    h('button', {
      type: 'button', class: 'q-item', 'aria-current': entry.id === selectedId ? 'true' : undefined,
      dataset: { id: entry.id, conversation: entry.conversationId }, onclick: () => onSelect(entry.id),
    },
    h('span', { class: 'q-top' },
      h('span', { class: 'q-name' }, customerName(customer)),
      h('span', { class: 'sr-only' }, ', waiting '),
      h('time', { class: 'q-wait', dataset: { base: String(entry.waitingSeconds), at: String(fetchedAt) } },
        duration(entry.waitingSeconds + (Date.now() - fetchedAt) / 1000))),
    h('span', { class: 'q-tags' },
      h('span', { class: `q-priority priority-${priority.toLowerCase()}` }, h('span', { class: 'sr-only' }, 'Priority: '), priority),
      feeling ? h('span', { class: `badge frustration-${entry.frustration}` }, feeling) : null,
      customer.channel ? h('span', { class: 'chip q-channel' }, channelName(customer.channel)) : null,
      languages?.length > 1 ? h('span', { class: 'chip q-language', lang: entry.language ?? languages[0], dataset: { language: entry.language ?? languages[0] } }, h('span', { class: 'sr-only' }, 'Language: '), languageName(entry.language ?? languages[0])) : null,
      h('span', { class: 'chip q-queue' }, entry.queue)),
    h('span', { class: 'q-summary' }, entry.summary),
    preview(entry, me, agentName),
    holder ? h('span', { class: 'q-holder' }, holder === 'You' ? 'Yours' : `With ${holder}`) : null));
}

function group(listId, countId, entries, options, emptyText) {
  fill(byId(countId), String(entries.length));
  fill(byId(listId), entries.length ? entries.map((e) => item(e, options)) : h('li', { class: 'q-empty' }, emptyText));
}

/** Draws the three groups; `options`: { me, selectedId, fetchedAt, onSelect, agentName, languages (the bot's) }. Keeps the focus on the item it was on. */
export function renderQueue(entries, options) {
  const focused = document.activeElement?.closest?.('.q-item')?.dataset.id;
  const sorted = [...entries].sort(byUrgency);
  group('waiting-list', 'waiting-count', sorted.filter((e) => e.status === 'waiting'), options, 'Nobody is waiting.');
  group('mine-list', 'mine-count', sorted.filter((e) => e.status === 'assigned' && e.agentId === options.me), options, 'You hold no conversations.');
  group('others-list', 'others-count', sorted.filter((e) => e.status === 'assigned' && e.agentId !== options.me), options, 'None.');
  const waiting = sorted.filter((e) => e.status === 'waiting').length;
  document.title = `${waiting ? `(${waiting}) ` : ''}${document.body.dataset.title}`;
  if (focused) queueItemFor(focused)?.focus();
}

/** The queue's button of handoff `id`, if listed. */
export const queueItemFor = (id) => document.querySelector(`#queue .q-item[data-id="${CSS.escape(id)}"]`);

/** The first conversation an agent would take next: the most urgent waiting one, else their own first. */
export const nextQueueItem = () => document.querySelector('#waiting-list .q-item, #mine-list .q-item');

/** Moves every waiting time on by the time since the queue was fetched. */
export function tickQueue() {
  for (const node of document.querySelectorAll('time[data-base]')) {
    node.textContent = duration(Number(node.dataset.base) + (Date.now() - Number(node.dataset.at)) / 1000);
  }
}
