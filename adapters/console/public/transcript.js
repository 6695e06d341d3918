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
    h('div', { class: 'bubble' }, entry.text, files(entry.attachments)));
}

/** Attached files: an image as a thumbnail that opens full size, any other file as a link. */
function files(attachments) {
  if (!attachments?.length) return null;
  return h('ul', { class: 'msg-files', 'aria-label': 'Attached files' }, attachments.map((a) => h('li', {},
    !a.url ? h('span', { class: 'file-chip' }, `${a.name} (no longer kept)`)
      : a.contentType.startsWith('image/')
        ? h('a', { href: a.url, target: '_blank', rel: 'noopener', class: 'file-image', title: `${a.name}: open full size` }, h('img', { src: a.url, alt: a.name, loading: 'lazy' }))
        : h('a', { href: a.url, class: 'file-chip', download: a.name }, `${a.name} · ${size(a.size)}`))));
}

/** A file's size in words: "300 KB", "2.5 MB". */
export function size(bytes) {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 104857.6) / 10} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
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
