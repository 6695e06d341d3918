// The tickets view beside the queue: the messages customers left while nobody could take them,
// newest or oldest first, each with the customer's message, contact and summary. Opening one shows
// its answers and lets the agent claim it, answer it by email and close it; an email that could not
// be sent is shown with its error (the answer is kept, and sending again retries it). When the
// server has no mail settings the view says that replies cannot be emailed.
import { api } from './api.js';
import { clockTime } from './botClock.js';
import { byId, fill, h, toast } from './dom.js';
import { keyFor, settle } from './writeOnce.js';

const state = { order: 'newest', tickets: [], mail: true, open: undefined, busy: false };

const who = (t) => [t.contact.name, t.contact.email, t.contact.phone].filter(Boolean).join(' · ') || 'No contact given';

async function load() {
  try {
    const answer = await api('GET', `/api/agent/tickets?order=${state.order}&status=open`);
    [state.tickets, state.mail] = [answer.tickets, answer.mail];
    draw();
  } catch (err) {
    if (err.status !== 401) toast(err.message, 'error');
  }
}

function draw() {
  fill(byId('tickets-count'), String(state.tickets.length));
  byId('tickets-no-mail').hidden = state.mail;
  fill(byId('tickets-list'), state.tickets.length ? state.tickets.map((t) => h('li', {},
    h('button', { type: 'button', class: 'q-item ticket-item', dataset: { id: t.id }, onclick: () => show(t.id) },
      h('span', { class: 'q-top' },
        h('span', { class: 'chip' }, t.queue),
        t.agentId ? h('span', { class: 'q-holder' }, `With ${t.agentId}`) : null,
        t.mailError ? h('span', { class: 'badge frustration-high' }, 'Email failed') : null,
        h('time', { class: 'q-wait', datetime: t.createdAt }, clockTime(t.createdAt))),
      h('span', { class: 'q-summary ticket-message' }, t.message ?? '(no message)'),
      h('span', { class: 'muted ticket-contact' }, who(t)),
      h('span', { class: 'muted ticket-summary' }, t.summary)))) : h('li', { class: 'q-empty' }, 'No tickets.'));
  if (state.open) drawTicket(state.tickets.find((t) => t.id === state.open.id) ?? state.open);
}

function drawTicket(t) {
  state.open = t;
  fill(byId('ticket-title'), `Ticket ${t.reference}`);
  fill(byId('ticket-body'),
    h('p', { class: 'muted' }, `${t.queue} queue · left ${clockTime(t.createdAt)} · ${t.status === 'open' ? (t.agentId ? `with ${t.agentId}` : 'nobody has it yet') : 'closed'}`),
    h('h3', {}, 'Message'), h('p', { class: 'ticket-message' }, t.message ?? '(no message)'),
    h('h3', {}, 'Contact'), h('p', { class: 'ticket-contact' }, who(t)),
    h('h3', {}, 'Summary'), h('p', { class: 'ticket-summary' }, t.summary),
    t.answers.length ? h('h3', {}, 'Answers') : null,
    h('ol', { class: 'transcript' }, t.answers.map((a) => h('li', { class: 'msg from-agent' },
      h('p', {}, a.text),
      h('p', { class: 'muted' }, a.emailedAt ? `Emailed ${clockTime(a.emailedAt)}` : a.error ? `Not emailed: ${a.error}` : 'Not emailed yet')))),
    t.mailError ? h('p', { class: 'banner ticket-error', role: 'alert' }, `The email could not be sent: ${t.mailError}. The answer is kept; send it again to retry.`) : null,
    state.mail ? null : h('p', { class: 'banner' }, 'Replies cannot be emailed: this server has no mail settings.'));
  const unsent = t.answers.at(-1) && !t.answers.at(-1).emailedAt ? t.answers.at(-1).text : '';
  const input = byId('ticket-answer');
  if (unsent && !input.value) input.value = unsent;
  const closed = t.status !== 'open';
  byId('ticket-claim').hidden = closed || Boolean(t.agentId);
  byId('ticket-send').disabled = closed || !state.mail || state.busy;
  byId('ticket-close').disabled = closed || state.busy;
  input.disabled = closed || !state.mail;
}

async function show(id) {
  try {
    byId('ticket-answer').value = '';
    drawTicket(await api('GET', `/api/agent/tickets/${encodeURIComponent(id)}`));
    const dialog = byId('ticket-dialog');
    if (!dialog.open) dialog.showModal();
  } catch (err) {
    if (err.status !== 401) toast(err.message, 'error');
  }
}

/** Runs a ticket action; a failed email still returns the ticket with its error. */
async function act(path, body, done) {
  const id = state.open?.id;
  if (!id || state.busy) return;
  state.busy = true;
  drawTicket(state.open);
  const action = `ticket ${id} ${path} ${JSON.stringify(body ?? {})}`;
  try {
    const ticket = await api('POST', `/api/agent/tickets/${encodeURIComponent(id)}/${path}`, body ?? {}, keyFor(action));
    settle(action);
    if (path === 'answer') byId('ticket-answer').value = '';
    toast(done, 'ok');
    state.open = ticket;
  } catch (err) {
    settle(action, err);
    if (err.status === 401) return;
    toast(err.code === 'mail_failed' ? `${err.message} The answer is kept on the ticket.` : err.message, 'error');
    try { state.open = await api('GET', `/api/agent/tickets/${encodeURIComponent(id)}`); } catch { /* shown above */ }
  } finally {
    state.busy = false;
    await load();
    if (state.open) drawTicket(state.open);
  }
}

/** A live event about a ticket (from the console's event stream): announces a new one and reloads. */
export function ticketEvent(name, data) {
  if (name === 'handoff.created') toast(`New ticket in ${data.queue}.`);
  void load();
}

/** Wires the tickets view and loads it; returns a stop function. */
export function startTickets() {
  byId('tickets-order').value = state.order;
  byId('tickets-order').onchange = (event) => { state.order = event.target.value; void load(); };
  byId('ticket-claim').onclick = () => act('claim', {}, 'The ticket is yours.');
  byId('ticket-close').onclick = () => act('close', {}, 'Ticket closed.');
  byId('ticket-form').onsubmit = (event) => {
    event.preventDefault();
    const text = byId('ticket-answer').value.trim();
    if (text) void act('answer', { text }, 'Answer emailed to the customer.');
  };
  byId('ticket-dialog').querySelector('[data-cancel]').onclick = () => { state.open = undefined; byId('ticket-dialog').close(); };
  void load();
  const timer = setInterval(load, 30_000);
  return () => { clearInterval(timer); state.open = undefined; };
}
