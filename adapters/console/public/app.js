// The agent console: signs the agent in, keeps the queue live from the event stream, opens a
// conversation with its context card and transcript, and claims, replies, notes, transfers,
// resolves and hands back through the agent API.
import { typingSignal } from './agentTyping.js';
import { api, onUnauthorized, openEvents, session } from './api.js';
import { canReply, renderConversation, showEmpty, updateComposer } from './conversation.js';
import { askHandBack, askTransfer } from './dialogs.js';
import { byId, clearToast, fill, toast } from './dom.js';
import { renderQueue, tickQueue } from './queue.js';
import { wireSavedReplies } from './savedReplies.js';
import { showSignIn } from './signIn.js';
import { startTickets, ticketEvent } from './tickets.js';
import { keyFor, NOT_DELIVERED, settle, showDelivery } from './writeOnce.js';

const desk = { bot: undefined, queue: [], fetchedAt: 0, selectedId: undefined, record: undefined, stop: [], sending: false, inFlight: new Set() };
const me = () => session.get()?.agent?.id;
const agentName = (id) => (id === me() ? 'You' : desk.bot?.agents.find((a) => a.id === id)?.name ?? id ?? 'Agent');
const view = () => ({ me: me(), botName: desk.bot?.name ?? document.body.dataset.bot, agentName });

const debounced = (fn, ms) => {
  let timer;
  return () => { clearTimeout(timer); timer = setTimeout(fn, ms); };
};

async function loadQueue() {
  try {
    const { handoffs } = await api('GET', '/api/agent/queue');
    [desk.queue, desk.fetchedAt] = [handoffs, Date.now()];
    drawQueue();
  } catch (err) {
    if (err.status !== 401) toast(err.message, 'error');
  }
}

const drawQueue = () => renderQueue(desk.queue, { me: me(), selectedId: desk.selectedId, fetchedAt: desk.fetchedAt, onSelect: select, agentName });

async function loadRecord() {
  const id = desk.selectedId;
  if (!id) return;
  try {
    const record = await api('GET', `/api/agent/handoffs/${encodeURIComponent(id)}`);
    if (desk.selectedId !== id) return;
    desk.record = record;
    renderConversation(record, view());
    showEmpty(false);
  } catch (err) {
    if (err.status === 404) { toast('That conversation is no longer in your queues.', 'error'); select(undefined); } else if (err.status !== 401) toast(err.message, 'error');
  }
}

function select(id) {
  desk.selectedId = id;
  desk.record = undefined;
  showDelivery(undefined);
  history.replaceState(null, '', id ? `#${id}` : location.pathname);
  drawQueue();
  if (!id) return showEmpty(true);
  void loadRecord();
}

/** Runs an agent action on the open conversation, reports the outcome, then refreshes. */
async function act(path, body, done) {
  const id = desk.selectedId;
  const action = `${id} ${path} ${JSON.stringify(body ?? {})}`;
  if (desk.inFlight.has(action)) return undefined; // a double click: the first is on its way
  desk.inFlight.add(action);
  try {
    const answer = await api('POST', `/api/agent/handoffs/${encodeURIComponent(id)}/${path}`, body ?? {}, keyFor(action));
    settle(action);
    if (done) toast(typeof done === 'function' ? done(answer) : done, answer?.delivered === false ? 'info' : 'ok');
    return answer;
  } catch (err) {
    settle(action, err);
    if (err.status === 401) return undefined;
    const taken = path === 'claim' && err.code === 'taken';
    toast(taken ? 'Another agent took it.' : err.message, 'error');
    return undefined;
  } finally {
    desk.inFlight.delete(action);
    void loadQueue();
    void loadRecord();
  }
}

function onEvent(name, data) {
  if (data.status === 'ticket') return ticketEvent(name, data);
  refreshQueue();
  if (data.id !== desk.selectedId) {
    if (name === 'handoff.created') toast(`New conversation waiting in ${data.queue}.`);
    return;
  }
  if (name === 'handoff.claimed' && data.agentId !== me()) toast(`${agentName(data.agentId)} took this conversation.`);
  if (name === 'handoff.cancelled') toast('The customer left the queue.');
  refreshRecord();
}
const refreshQueue = debounced(loadQueue, 100);
const refreshRecord = debounced(loadRecord, 100);

function setLive(status) {
  const node = byId('live');
  node.className = `live is-${status}`;
  fill(node, status === 'live' ? 'Live' : 'Reconnecting…');
  if (status === 'live') void loadQueue();
}

async function startDesk() {
  const agent = session.get().agent;
  byId('signin').hidden = true;
  byId('desk').hidden = false;
  fill(byId('agent-name'), agent.name);
  fill(byId('agent-queues'), agent.queues.join(', '));
  showEmpty(true);
  desk.stop.push(openEvents(onEvent, setLive));
  const ticker = setInterval(tickQueue, 1000);
  desk.stop.push(() => clearInterval(ticker), startTickets());
  try { desk.bot = await api('GET', '/api/agent/bot'); } catch (err) { if (err.status === 401) return; }
  await loadQueue();
  const wanted = location.hash.slice(1);
  if (wanted) select(wanted);
}

function stopDesk(message) {
  for (const stop of desk.stop.splice(0)) stop();
  Object.assign(desk, { queue: [], selectedId: undefined, record: undefined });
  session.clear();
  clearToast();
  showSignIn(message, startDesk);
}

function wireControls() {
  byId('signout').onclick = async () => {
    await api('POST', '/api/agent/logout').catch(() => undefined);
    stopDesk('You have signed out.');
  };
  byId('back-btn').onclick = () => select(undefined);
  byId('claim-btn').onclick = () => act('claim', {}, 'It is yours: you can reply now.');
  const live = (a) => (a.delivered === false ? ` ${NOT_DELIVERED}: ${a.reason}` : '');
  byId('resolve-btn').onclick = () => act('resolve', {}, (a) => `Resolved. The bot has taken the conversation back.${live(a)}`);
  byId('transfer-btn').onclick = async () => {
    const body = await askTransfer(desk.bot, desk.record, me());
    if (body) await act('transfer', body, body.queue ? `Transferred to the ${body.queue} queue.` : `Transferred to ${agentName(body.agentId)}.`);
  };
  byId('handback-btn').onclick = async () => {
    const body = await askHandBack(desk.bot, desk.record);
    if (body) await act('handback', body, (a) => (body.flow ? `Handed back to the bot at ${body.flow} › ${body.state}.` : 'Handed back to the bot.') + live(a));
  };
  for (const id of ['mode-reply', 'mode-note']) byId(id).onchange = updateComposer;
  const input = byId('composer-text');
  input.maxLength = Number(document.body.dataset.maxChars) || 4000;
  wireSavedReplies(input, () => desk.record?.id);
  input.addEventListener('input', typingSignal(() => desk.record && { id: desk.record.id, mayReply: canReply(desk.record, me()) && !byId('mode-note').checked }));
  input.onkeydown = (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) { event.preventDefault(); if (!desk.sending) byId('composer').requestSubmit(); }
  };
  byId('composer').onsubmit = async (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text || !desk.record || desk.sending) return;
    const note = byId('mode-note').checked || !canReply(desk.record, me());
    desk.sending = true;
    byId('send-btn').disabled = true;
    const answer = await act(note ? 'note' : 'reply', { text }, note ? 'Note added.' : (a) => (a.delivered ? 'Sent to the customer.' : `${NOT_DELIVERED}.`)).finally(() => {
      desk.sending = false;
      byId('send-btn').disabled = false;
    });
    if (answer) {
      showDelivery(note ? undefined : answer);
      input.value = '';
    }
    input.focus();
  };
}

onUnauthorized(() => stopDesk('Your session has ended. Please sign in again.'));
wireControls();
if (session.get()?.token) void startDesk();
else showSignIn(undefined, startDesk);
