// The open conversation: its header (who, where, status), the buttons the agent may use in that
// status, a banner saying what they can do, the context card, the transcript and the composer.
import { renderContext } from './contextCard.js';
import { byId, fill, humanize } from './dom.js';
import { renderTranscript } from './transcript.js';

const STATUS = { waiting: 'Waiting', assigned: 'In progress', resolved: 'Resolved', returned: 'Back with the bot', cancelled: 'Left the queue', ticket: 'Ticket' };

function banner(record, me, agentName) {
  if (record.status === 'waiting') return 'Waiting for an agent. Claim it to reply to the customer; internal notes are possible now.';
  if (record.status === 'assigned' && record.agentId !== me) return `${agentName(record.agentId)} holds this conversation. You can add internal notes.`;
  if (record.status === 'assigned') return '';
  return `Closed: ${STATUS[record.status] ?? humanize(record.status)}. The conversation is read-only.`;
}

/** Is the reply box (not just notes) available? */
export const canReply = (record, me) => record.status === 'assigned' && record.agentId === me;

/** Draws everything about `record`; `view`: { me, botName, agentName(id) }. Keeps the composer's text. */
export function renderConversation(record, view) {
  const p = record.packet;
  const mine = canReply(record, view.me);
  const open = record.status === 'waiting' || record.status === 'assigned';
  const customer = p.customer.name ?? p.customer.email ?? (p.customer.id ? `Customer ${p.customer.id}` : 'Customer');
  fill(byId('conv-title'), customer);
  fill(byId('conv-sub'), [p.customer.channel, `${p.queue} queue`, p.customer.email && p.customer.name ? p.customer.email : null].filter(Boolean).join(' · '));
  const chip = byId('conv-status');
  fill(chip, STATUS[record.status] ?? humanize(record.status));
  chip.className = `status status-${record.status}`;
  byId('claim-btn').hidden = record.status !== 'waiting';
  for (const id of ['transfer-btn', 'handback-btn', 'resolve-btn']) byId(id).hidden = !mine;
  const text = banner(record, view.me, view.agentName);
  fill(byId('conv-banner'), text);
  byId('conv-banner').hidden = !text;

  renderContext(byId('context'), record);
  const list = byId('transcript');
  const scroller = byId('conv-scroll');
  const atBottom = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 40;
  const sameConversation = list.dataset.id === record.id;
  renderTranscript(list, record, { customer, bot: view.botName, agent: view.agentName });
  list.dataset.id = record.id;
  if (sameConversation && atBottom) scroller.scrollTop = scroller.scrollHeight;
  if (!sameConversation) scroller.scrollTop = 0;

  const composer = byId('composer');
  composer.hidden = !open;
  const reply = byId('mode-reply');
  reply.disabled = !mine;
  if (!mine) byId('mode-note').checked = true;
  else if (!sameConversation || composer.dataset.mine !== 'true') reply.checked = true; // just claimed: reply
  composer.dataset.mine = String(mine);
  updateComposer();
}

/** Matches the composer's placeholder and button to the chosen mode (reply or internal note). */
export function updateComposer() {
  const note = byId('mode-note').checked;
  const input = byId('composer-text');
  input.placeholder = note ? 'Write an internal note (only agents see it)…' : 'Write a reply to the customer…';
  byId('composer').classList.toggle('note-mode', note);
  fill(byId('send-btn'), note ? 'Add note' : 'Send reply');
}

/** The empty state when no conversation is open. */
export function showEmpty(show) {
  byId('empty').hidden = !show;
  byId('view').hidden = show;
  document.body.classList.toggle('viewing', !show);
}
