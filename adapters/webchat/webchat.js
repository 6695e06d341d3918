// The web chat page's entry point: connects to this server's Direct Line API, shows what arrives,
// and sends what the customer types or taps. "Attach a file" sends the chosen file with whatever is
// typed (Direct Line's upload, as Microsoft's Web Chat does); a file the server refuses is taken back
// out of the transcript, its reason shown above the message box, the typed text kept. Buttons send
// their payload back as the message value; after a button or a send, focus is back in the message box. "New conversation" (once confirmed)
// forgets this conversation and starts another. In the launcher's frame (embed.js) the page also
// tells the embedding page about unread messages, and minimise or Escape closes the panel. The
// customer's language (pageLanguage.js) goes with the start and every message; for a bot of several
// languages the page's words follow the language of the bot's replies.
import { connectDirectLine } from './directLineConnection.js';
import { connectEmbedder } from './embedBridge.js';
import { createTranscript, linkedText } from './transcript.js';
import { watchAgentsOnline } from './agentsOnline.js';
import { word } from './words.js';
import { customerLocale, followLanguage } from './pageLanguage.js';

const STATUS_WORD = { connecting: 'statusConnecting', online: 'statusOnline', reconnecting: 'statusReconnecting', offline: 'statusOffline' };
/** While connected, whether agents are online too: unknown (undefined) on a server without presence. */
const CONNECTED_WORD = { true: 'statusOnline', false: 'statusBotOnly' };

/** What the server answers a message whose turn could not be run: busy, store out of reach, a fault. */
const TURN_FAILED = new Set([409, 500, 503]);

const $ = (id) => document.getElementById(id);
const status = $('status');
const input = $('input');
const form = $('composer');
const confirmNew = $('confirm-new');
const newId = () => (crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`);

const transcript = createTranscript($('transcript'), $('suggestions'), (action) => {
  if (action.type === 'imBack') send({ text: String(action.value) }, String(action.value));
  else if (action.type === 'postBack') send({ text: typeof action.value === 'string' ? action.value : action.title, value: action.value }, action.title);
  else if (action.type === 'messageBack') send({ text: action.text, value: action.value, displayText: action.displayText ?? action.title }, action.displayText ?? action.title);
  // The pressed button is gone with the others: the customer carries on from the message box.
  input.focus();
}, { botName: $('bot-name').textContent, locale: document.documentElement.lang });

const privacy = $('privacy');
if (privacy) privacy.replaceChildren(linkedText(privacy.textContent));

const minimise = $('minimise');
const embedder = connectEmbedder({
  onLaunched: () => { minimise.hidden = false; },
  onOpen: () => {
    input.focus();
    $('transcript').lastElementChild?.scrollIntoView({ block: 'end' });
  },
});
minimise.addEventListener('click', () => embedder?.close());
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && embedder?.launched && !confirmNew.open) embedder.close();
});

let connected = 'connecting';
let agentsOnline;
function showStatus() {
  const botOnly = connected === 'online' && agentsOnline === false;
  status.dataset.state = botOnly ? 'bot-only' : connected;
  const key = connected === 'online' && agentsOnline !== undefined ? CONNECTED_WORD[agentsOnline] : STATUS_WORD[connected];
  status.textContent = key ? word(key) : connected;
}
const presence = watchAgentsOnline((online) => { agentsOnline = online; showStatus(); });

/** The customer's language, sent on starting and with each activity: the channel's hint for the bot. */
const locale = customerLocale();

const connection = connectDirectLine({
  domain: `${location.origin}/v3/directline`,
  tokenUrl: '/webchat/token',
  locale,
  onActivities: (activities) => {
    // The page's words follow the conversation's language (a bot of several languages).
    if (followLanguage(activities)) {
      showStatus();
      embedder?.relabel();
    }
    transcript.add(activities);
    embedder?.received(activities);
    // An agent speaking is online, whatever the last poll said.
    if (activities.some((a) => a.type === 'message' && transcript.isAgent(a)) && agentsOnline === false) presence.refresh();
  },
  onStatus: (state) => {
    if (state === 'online' && connected !== 'online') presence.refresh();
    connected = state;
    showStatus();
  },
  onRestart: () => {
    transcript.clear();
    embedder?.reset();
    transcript.note(word('conversationEnded'));
  },
});

$('new-conversation').addEventListener('click', () => confirmNew.showModal());
confirmNew.addEventListener('close', () => {
  if (confirmNew.returnValue === 'new') {
    connection.startOver();
    transcript.clear();
    embedder?.reset();
    transcript.note(word('newConversationStarted'));
    input.value = '';
    grow();
  }
  confirmNew.returnValue = '';
  input.focus();
});

function send({ text, value, displayText }, shown) {
  const clientActivityID = newId();
  const activity = {
    type: 'message',
    from: { id: 'me', role: 'user' },
    ...(text !== undefined ? { text } : {}),
    ...(value !== undefined ? { value } : {}),
    locale,
    channelData: { clientActivityID, ...(displayText !== undefined ? { messageBack: { displayText } } : {}) },
  };
  const bubble = transcript.pending(clientActivityID, shown);
  // A message the server took but could not answer (the bot says so in the conversation: its
  // turnFailed message) keeps its text, with a button to send it again.
  const attempt = () => connection.post(activity).catch((err) => {
    if (err.status === 413) bubble.failed(word('messageTooLong'));
    else if (TURN_FAILED.has(err.status)) {
      bubble.failed(word('messageNotAnswered'), attempt, true);
      // The server could not even log the bot's turnFailed line: its error answer carries it.
      const replies = Array.isArray(err.body?.replies) ? err.body.replies : [];
      transcript.add(replies.filter((r) => typeof r?.text === 'string').map((r) => ({ type: 'message', id: `local-${newId()}`, from: { id: 'bot', role: 'bot' }, text: r.text, timestamp: new Date().toISOString() })));
    }
    else bubble.failed(word('messageNotSent'), attempt);
  });
  attempt();
}

const attach = $('attach');
const picker = $('file');
const composerError = $('composer-error');
const showError = (message) => { composerError.textContent = message; };
attach.addEventListener('click', () => picker.click());
picker.addEventListener('change', () => {
  const files = [...picker.files];
  picker.value = '';
  if (files.length > 0) sendFiles(files);
});

function sendFiles(files) {
  const text = input.value.trim();
  const clientActivityID = newId();
  const activity = {
    type: 'message',
    from: { id: 'me', role: 'user' },
    ...(text ? { text } : {}),
    locale,
    channelData: { clientActivityID },
  };
  showError('');
  const bubble = transcript.pending(clientActivityID, text, files);
  connection.upload(activity, files).then(() => {
    // Sent: the typed text went with it, unless the customer has typed on since.
    if (input.value.trim() === text) { input.value = ''; grow(); }
  }, (err) => {
    bubble.discard();
    // The server told the customer why in the conversation itself: the transcript shows it, once.
    if (err.body?.inConversation === true) return;
    const said = err.body?.error?.message;
    showError(typeof said === 'string' && said ? said : word(err.status ? 'fileNotSent' : 'fileNotSentOffline'));
  });
  input.focus();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  input.value = '';
  grow();
  showError('');
  send({ text }, text);
  input.focus();
});

input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    form.requestSubmit();
  }
});

function grow() {
  input.style.height = 'auto';
  input.style.height = `${Math.min(input.scrollHeight, 140)}px`;
}
input.addEventListener('input', grow);
input.focus();
