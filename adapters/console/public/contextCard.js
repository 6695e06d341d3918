// The context card: what the customer wants, what they gave, what the bot tried and how it went,
// how they feel, who they are, earlier conversations, the files sent either way, and the queue and
// reason of the handoff.
import { clockTime } from './botClock.js';
import { fill, h, humanize, percent, slotText } from './dom.js';
import { flowName, stateName } from './flowNames.js';
import { size } from './transcript.js';
import { priorityWord } from './words.js';

const section = (title, ...body) => h('section', { class: 'ctx-section', 'aria-label': title }, h('h3', {}, title), ...body);
const none = (text) => h('p', { class: 'muted' }, text);

/** An intent by its author's title, else its name made readable. */
const intentName = (bot, name) => (bot?.intents && Object.hasOwn(bot.intents, name) ? bot.intents[name] : humanize(name));

function wants(p, bot) {
  const seen = new Map();
  for (const i of p.intents) seen.set(i.name, Math.max(seen.get(i.name) ?? 0, i.confidence));
  return section('What they want',
    seen.size ? h('ul', { class: 'intents' }, [...seen].map(([name, c]) =>
      h('li', { class: 'intent' }, h('span', { title: name }, intentName(bot, name)), h('span', { class: `conf ${c >= 0.75 ? 'high' : c >= 0.45 ? 'mid' : 'low'}` }, percent(c))))) : none('No intent recognised.'));
}

/** Details by their labels, as the bot wrote them to the customer (the stored value on hover): what the customer gave, then what the bot looked up from them. */
function gave(p) {
  const label = (name) => p.slots.labels?.[name] ?? name;
  const lookedUp = new Set(p.slots.lookedUp ?? []);
  const filled = Object.entries(p.slots.filled);
  const given = filled.filter(([name]) => !lookedUp.has(name));
  const found = filled.filter(([name]) => lookedUp.has(name));
  const rows = (list, source) => list.map(([name, value]) => h('tr', { dataset: { slot: name, source } },
    h('th', { scope: 'row' }, label(name)), h('td', p.slots.text?.[name] !== undefined && p.slots.text[name] !== slotText(value) ? { title: slotText(value) } : {}, p.slots.text?.[name] ?? slotText(value)), h('td', { class: 'muted' }, source === 'customer' ? 'Customer' : 'Looked up')));
  return section('What they gave',
    filled.length ? h('table', { class: 'slots' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Detail'), h('th', { scope: 'col' }, 'Value'), h('th', { scope: 'col' }, 'From'))),
      h('tbody', {}, rows(given, 'customer'), rows(found, 'bot'))) : none('Nothing yet.'),
    p.slots.missing.length ? h('p', { class: 'missing' }, 'Still missing: ', p.slots.missing.map((m) => h('span', { class: 'chip warn' }, label(m)))) : null);
}

function tried(p) {
  return section('What the bot tried',
    p.actions.length ? h('ul', { class: 'actions' }, p.actions.map((a) => h('li', {},
      h('span', { class: 'action-name' }, a.action), ' → ',
      h('span', { class: `outcome ${a.outcome === 'error' ? 'bad' : 'ok'}` }, humanize(a.outcome)),
      a.error ? h('span', { class: 'muted' }, ` (${a.error})`) : null,
      h('span', { class: 'muted when' }, clockTime(a.at))))) : none('No actions were run.'),
    h('p', { class: 'faq' }, h('strong', {}, 'FAQ answers shown: '), p.faqShown.length ? p.faqShown.map(humanize).join(', ') : 'none'));
}

function feels(p) {
  const f = p.frustration;
  return section('How they feel',
    h('p', { class: 'feel' }, h('span', { class: `badge frustration-${f.level}` }, `${humanize(f.level)} frustration`),
      h('span', { class: 'meter', role: 'meter', 'aria-label': 'Frustration score', 'aria-valuemin': '0', 'aria-valuemax': '1', 'aria-valuenow': String(f.score) },
        h('span', { class: `meter-fill frustration-${f.level}`, style: { width: `${Math.round(f.score * 100)}%` } }))),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Score'), h('dd', {}, f.score.toFixed(2)),
      h('dt', {}, 'Sentiment'), h('dd', {}, `${f.sentiment > 0 ? '+' : ''}${f.sentiment.toFixed(2)}`),
      h('dt', {}, 'Not understood'), h('dd', {}, String(f.misunderstandings)),
      h('dt', {}, 'Asked again'), h('dd', {}, String(f.reasked))));
}

function who(p) {
  const c = p.customer;
  const rows = [['Name', c.name], ['Email', c.email], ['Phone', c.phone], ['Channel', c.channel], ['Customer id', c.id]].filter(([, v]) => v);
  return section('Who they are', rows.length ? h('dl', { class: 'facts' }, rows.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])) : none('Anonymous.'));
}

function earlier(p) {
  return section('Earlier conversations',
    p.earlierConversations.length ? h('ul', { class: 'earlier' }, p.earlierConversations.map((e) => h('li', {},
      h('span', { class: 'muted' }, `${clockTime(e.startedAt)}${e.channel ? ` · ${e.channel}` : ''}`), h('span', {}, e.summary)))) : none('None.'));
}

const KINDS = { 'application/pdf': 'PDF', 'image/png': 'PNG image', 'image/jpeg': 'JPEG image', 'image/gif': 'GIF image', 'image/webp': 'WebP image' };

/** Every file of the conversation, before the handoff and since, oldest first: who sent it, its kind and size, a link. */
function files(record) {
  const sent = [...record.packet.transcript, ...record.messages].flatMap((entry) => (entry.attachments ?? []).map((file) => ({ file, from: entry.from })));
  return section('Files',
    sent.length ? h('ul', { class: 'ctx-files' }, sent.map(({ file, from }) => h('li', {},
      file.url ? h('a', { href: file.url, target: '_blank', rel: 'noopener' }, file.name) : h('span', {}, `${file.name} (no longer kept)`),
      h('span', { class: 'muted' }, `${KINDS[file.contentType] ?? file.contentType} · ${size(file.size)} · from ${from === 'customer' ? 'the customer' : from === 'agent' ? 'an agent' : from}`)))) : none('None.'));
}

/** Draws the card of a handoff record into `root`; `bot`: the bot's outline (GET /api/agent/bot), for the authors' titles. */
export function renderContext(root, record, bot) {
  const p = record.packet;
  fill(root,
    h('div', { class: 'ctx-head' },
      p.goal ? h('h2', { class: 'ctx-goal' }, p.goal) : null,
      h('p', { class: 'ctx-summary' }, p.summary),
      h('p', { class: 'ctx-tags' },
        h('span', { class: 'chip' }, h('span', { class: 'muted' }, 'Queue '), p.queue),
        h('span', { class: 'chip' }, h('span', { class: 'muted' }, 'Reason '), humanize(p.reason)),
        h('span', { class: 'chip', title: `Priority ${p.priority} of 100` }, h('span', { class: 'muted' }, 'Priority '), priorityWord(p.priority)),
        p.flow ? h('span', { class: 'chip', title: `${p.flow.name} › ${p.flow.state}` }, h('span', { class: 'muted' }, 'Stopped at '), `${flowName(bot, p.flow.name)} › ${stateName(p.flow.state)}`) : null,
        h('span', { class: 'chip' }, h('span', { class: 'muted' }, 'Handed over '), clockTime(p.createdAt)))),
    h('div', { class: 'ctx-grid' }, wants(p, bot), gave(p), tried(p), feels(p), who(p), files(record), earlier(p)));
}
