// The agent console: signs the agent in, keeps the queue live from the event stream, opens a
// conversation with its transcript and context card, and claims, replies, notes, transfers,
// resolves and hands back through the agent API. Keyboard focus follows the work: the queue after
// sign-in, Claim or the composer on opening a conversation, the composer after a claim, the next
// conversation in the queue once one is closed.
import { api, onUnauthorized, openEvents, session, upload } from './api.js';
import { setBotClock } from './botClock.js';
import { composerInput, focusComposer, sentText, wireComposer } from './composer.js';
import { canReply, isOpen, renderConversation, showEmpty, wireConversation } from './conversation.js';
import { askHandBack, askResolve, askTransfer } from './dialogs.js';
import { byId, clearToast, fill, toast } from './dom.js';
import { nextQueueItem, renderQueue, tickQueue } from './queue.js';
import { wireSavedReplies } from './savedReplies.js';
import { showSignIn } from './signIn.js';
import { startTickets, ticketEvent } from './tickets.js';
import { keyFor, NOT_DELIVERED, settle, showDelivery } from './writeOnce.js';
import { languageName } from './words.js';

const desk = { bot: undefined, queue: [], fetchedAt: 0, selectedId: undefined, record: undefined, stop: [], inFlight: new Set() };
const me = () => session.get()?.agent?.id;
const agentName = (id) => (id === me() ? 'You' : desk.bot?.agents.find((a) => a.id === id)?.name ?? id ?? 'Agent');
const view = () => ({ me: me(), bot: desk.bot, botName: desk.bot?.name ?? document.body.dataset.bot, agentName });
/** One pane at a time (phones, small tablets): the queue or the conversation. */
const narrow = () => matchMedia('(max-width: 900px)').matches;

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

const drawQueue = () => renderQueue(desk.queue, { me: me(), selectedId: desk.selectedId, fetchedAt: desk.fetchedAt, onSelect: (id) => select(id, true), agentName, languages: desk.bot?.languages });

/** Focus for the conversation just opened: Claim while it waits, else the composer, else its title. */
function focusConversation(record) {
  if (record.status === 'waiting') return byId('claim-btn').focus();
  if (isOpen(record)) return focusComposer();
  byId('conv-title').focus();
}

/** Focus once a conversation left the agent's hands: the next one to take, else the queue. */
function focusNext() {
  if (narrow()) select(undefined);
  (nextQueueItem() ?? byId('queue')).focus();
}

async function loadRecord(focus = false) {
  const id = desk.selectedId;
  if (!id) return;
  try {
    const record = await api('GET', `/api/agent/handoffs/${encodeURIComponent(id)}`);
    if (desk.selectedId !== id) return;
    desk.record = record;
    showEmpty(false);
    renderConversation(record, view());
    if (focus) focusConversation(record);
  } catch (err) {
    if (err.status === 404) { toast('That conversation is no longer in your queues.', 'error'); select(undefined); } else if (err.status !== 401) toast(err.message, 'error');
  }
}

function select(id, focus = false) {
  desk.selectedId = id;
  desk.record = undefined;
  showDelivery(undefined);
  history.replaceState(null, '', id ? `#${id}` : location.pathname);
  drawQueue();
  if (!id) return showEmpty(true);
  return loadRecord(focus);
}

/**
 * Runs an agent action on the open conversation, reports the outcome, refreshes, and answers the
 * server's answer (undefined on failure). `confirmed(answer)`: called as soon as the server has
 * taken the action, before the refresh (the composer empties then).
 */
async function act(path, body, done, confirmed) {
  const id = desk.selectedId;
  const action = `${id} ${path} ${JSON.stringify(body ?? {})}`;
  if (desk.inFlight.has(action)) return undefined; // a double click: the first is on its way
  desk.inFlight.add(action);
  try {
    const answer = await api('POST', `/api/agent/handoffs/${encodeURIComponent(id)}/${path}`, body ?? {}, keyFor(action));
    settle(action);
    confirmed?.(answer);
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
    await Promise.all([loadQueue(), loadRecord()]);
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
  if (name === 'handoff.abandoned' || name === 'handoff.customerLeft') toast('The customer left the chat.');
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

/** Shows the desk; `signedIn`: the agent just signed in (focus goes to the queue). */
async function startDesk(signedIn = false) {
  const agent = session.get().agent;
  byId('signin').hidden = true;
  byId('desk').hidden = false;
  fill(byId('agent-name'), agent.name);
  fill(byId('agent-queues'), agent.queues.join(', '));
  showEmpty(true);
  if (signedIn) byId('queue').focus();
  desk.stop.push(openEvents(onEvent, setLive));
  const ticker = setInterval(tickQueue, 1000);
  desk.stop.push(() => clearInterval(ticker));
  try {
    desk.bot = await api('GET', '/api/agent/bot');
    setBotClock(desk.bot);
    // With several languages, the agent sees which ones the console takes them to speak.
    const spoken = desk.bot.agents?.find((a) => a.id === agent.id)?.languages;
    if (desk.bot.languages?.length > 1 && spoken) fill(byId('agent-queues'), `${agent.queues.join(', ')} · ${spoken.map(languageName).join(', ')}`);
  } catch (err) {
    if (err.status === 401) return;
  }
  desk.stop.push(startTickets()); // its times on the bot's clock
  await loadQueue();
  const wanted = location.hash.slice(1);
  if (wanted) await select(wanted, signedIn);
  else if (signedIn && document.activeElement === byId('queue')) nextQueueItem()?.focus();
}

function stopDesk(message) {
  for (const stop of desk.stop.splice(0)) stop();
  Object.assign(desk, { queue: [], selectedId: undefined, record: undefined });
  session.clear();
  clearToast();
  showSignIn(message, () => startDesk(true));
}

const live = (a) => (a.delivered === false ? ` ${NOT_DELIVERED}: ${a.reason}` : '');

function wireControls() {
  byId('signout').onclick = async () => {
    await api('POST', '/api/agent/logout').catch(() => undefined);
    stopDesk('You have signed out.');
  };
  byId('back-btn').onclick = () => {
    const id = desk.selectedId;
    select(undefined);
    (document.querySelector(`#queue .q-item[data-id="${CSS.escape(id ?? '')}"]`) ?? byId('queue')).focus();
  };
  byId('claim-btn').onclick = async () => {
    if (await act('claim', {}, 'It is yours: you can reply now.')) focusComposer();
  };
  byId('resolve-btn').onclick = async () => {
    if (!(await askResolve())) return;
    if (await act('resolve', {}, (a) => `Resolved. The bot has taken the conversation back.${live(a)}`)) focusNext();
  };
  byId('transfer-btn').onclick = async () => {
    const body = await askTransfer(desk.bot, desk.record, me());
    if (body && await act('transfer', body, body.queue ? `Transferred to the ${body.queue} queue.` : `Transferred to ${agentName(body.agentId)}.`)) focusNext();
  };
  byId('handback-btn').onclick = async () => {
    const body = await askHandBack(desk.bot, desk.record);
    if (body && await act('handback', body, (a) => (body.flow ? `Handed back to the bot at ${body.flow} › ${body.state}.` : 'Handed back to the bot.') + live(a))) focusNext();
  };
  wireComposer({
    current: () => desk.record && { id: desk.record.id, mayReply: canReply(desk.record, me()) },
    send: (kind, text, attachments, confirmed) => act(kind, { text, ...(attachments.length ? { attachments } : {}) }, (a) => sentText(kind, a), confirmed),
    attach: async (files) => {
      const form = new FormData();
      for (const file of files) form.append('file', file, file.name);
      try {
        return (await upload(`/api/agent/handoffs/${encodeURIComponent(desk.selectedId)}/attachments`, form)).attachments;
      } catch (err) {
        if (err.status !== 401) toast(err.message, 'error');
        return undefined;
      }
    },
  });
  wireSavedReplies(composerInput(), () => desk.record?.id);
  wireConversation();
}

onUnauthorized(() => stopDesk('Your session has ended. Please sign in again.'));
wireControls();
if (session.get()?.token) void startDesk();
else showSignIn(undefined, () => startDesk(true));
