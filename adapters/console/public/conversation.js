// The open conversation: its header (who, where, status), the buttons the agent may use in that
// status, a banner saying what they can do, the transcript (kept at its newest message unless the
// agent scrolled up), the context card beside it and the composer.
import { showComposer } from './composer.js';
import { renderContext } from './contextCard.js';
import { byId, fill, humanize } from './dom.js';
import { renderTranscript } from './transcript.js';
import { channelName, customerName, languageName } from './words.js';

const STATUS = { waiting: 'Waiting', assigned: 'In progress', resolved: 'Resolved', returned: 'Back with the bot', cancelled: 'Left the queue', abandoned: 'Left the chat', ticket: 'Ticket' };

/** How close to the bottom (px) still counts as reading the newest messages. */
const NEAR_BOTTOM = 48;

function banner(record, me, agentName) {
  if (record.status === 'waiting') return 'Waiting for an agent. Claim it to reply to the customer; internal notes are possible now.';
  if (record.status === 'assigned' && record.customerLeftAt) {
    return record.agentId === me
      ? 'The customer left the chat. Add a note if needed, then resolve the conversation.'
      : `The customer left the chat. ${agentName(record.agentId)} holds this conversation.`;
  }
  if (record.status === 'assigned' && record.agentId !== me) return `${agentName(record.agentId)} holds this conversation. You can add internal notes.`;
  if (record.status === 'assigned') return '';
  return `Closed: ${STATUS[record.status] ?? humanize(record.status)}. The conversation is read-only.`;
}

/** Is the reply box (not just notes) available? */
export const canReply = (record, me) => record.status === 'assigned' && record.agentId === me;

/** Is the conversation still with the humans (claim, reply, notes)? */
export const isOpen = (record) => record.status === 'waiting' || record.status === 'assigned';

const scroller = () => byId('conv-scroll');
const atBottom = () => { const s = scroller(); return s.scrollHeight - s.scrollTop - s.clientHeight < NEAR_BOTTOM; };

/** Shows the newest message. */
export function scrollToLatest() {
  const s = scroller();
  s.scrollTop = s.scrollHeight;
  byId('latest-btn').hidden = true;
}

/** Draws everything about `record`; `view`: { me, bot, botName, agentName(id) }. Keeps the composer's text. */
export function renderConversation(record, view) {
  const p = record.packet;
  const mine = canReply(record, view.me);
  const customer = customerName(p.customer);
  fill(byId('conv-title'), customer);
  const contact = p.customer.name ? [p.customer.email, p.customer.phone] : [];
  // The conversation's language, when the bot speaks several: the agent answers in it.
  const languages = view.bot?.languages ?? [];
  const language = languages.length > 1 ? languageName(p.language ?? languages[0]) : undefined;
  fill(byId('conv-sub'), [channelName(p.customer.channel), `${p.queue} queue`, language, ...contact].filter(Boolean).join(' · '));
  const chip = byId('conv-status');
  fill(chip, STATUS[record.status] ?? humanize(record.status));
  chip.className = `status status-${record.status}`;
  byId('claim-btn').hidden = record.status !== 'waiting';
  for (const id of ['transfer-btn', 'handback-btn', 'resolve-btn']) byId(id).hidden = !mine;
  const text = banner(record, view.me, view.agentName);
  fill(byId('conv-banner'), text);
  byId('conv-banner').hidden = !text;

  renderContext(byId('context'), record, view.bot);
  const list = byId('transcript');
  const sameConversation = list.dataset.id === record.id;
  const wasAtBottom = atBottom();
  const before = list.children.length;
  renderTranscript(list, record, { customer, bot: view.botName, agent: view.agentName });
  list.dataset.id = record.id;
  if (!sameConversation) {
    showContext(false);
    scrollToLatest();
  } else if (wasAtBottom) scrollToLatest();
  else if (list.children.length > before) byId('latest-btn').hidden = false;

  showComposer({ id: record.id, open: isOpen(record), mine, fresh: !sameConversation });
}

/** Opens or closes the context card on screens too narrow to show it beside the transcript. */
export function showContext(open) {
  document.body.classList.toggle('context-open', open);
  byId('context-btn').setAttribute('aria-expanded', String(open));
}

/** Wires the transcript's "New messages" button and the context toggle. */
export function wireConversation() {
  byId('latest-btn').onclick = () => { scrollToLatest(); scroller().focus(); };
  scroller().addEventListener('scroll', () => { if (atBottom()) byId('latest-btn').hidden = true; });
  byId('context-btn').onclick = () => {
    const open = !document.body.classList.contains('context-open');
    showContext(open);
    (open ? byId('context-panel') : scroller()).focus();
  };
}

/** The empty state when no conversation is open. */
export function showEmpty(show) {
  byId('empty').hidden = !show;
  byId('view').hidden = show;
  document.body.classList.toggle('viewing', !show);
  if (show) delete byId('transcript').dataset.id;
}
