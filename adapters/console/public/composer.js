// The composer: the box where the agent writes a reply to the customer or an internal note. All its
// behaviour lives here: the mode (reply or note, and whether replying is allowed), Enter to send,
// the length limit, the typing signal to the customer, and sending (a reply that still holds a saved
// reply's `[name]` markers only once the agent confirms). Features of the text box (such
// as saved replies) hook in through `composerInput()` and `insertText()`; one that handles Enter
// itself (to pick a suggestion) calls event.preventDefault() in a capturing keydown listener.
// "Attach a file" (replies only) uploads the chosen files at once; they are listed under the box,
// each with a button to take it off, and go with the next reply, which may then have no text.
import { typingSignal } from './agentTyping.js';
import { askSendWithMarkers } from './dialogs.js';
import { byId, fill } from './dom.js';
import { MARKER, unfilledMarkers } from './markers.js';
import { NOT_DELIVERED, showDelivery } from './writeOnce.js';

/** The text box itself. */
export const composerInput = () => byId('composer-text');

/** Puts the cursor in the text box. */
export const focusComposer = () => composerInput().focus();

/** Puts `text` where the cursor is (replacing the selection) and tells listeners the text changed. */
export function insertText(text) {
  const input = composerInput();
  input.setRangeText(text, input.selectionStart, input.selectionEnd, 'end');
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.focus();
}

/** Matches the placeholder and the send button to the chosen mode (reply or internal note). */
export function updateComposer() {
  const note = byId('mode-note').checked;
  composerInput().placeholder = note ? 'Write an internal note (only agents see it)…' : 'Write a reply to the customer…';
  byId('composer').classList.toggle('note-mode', note);
  // Notes stay among agents: files go to the customer, with a reply.
  byId('attach-btn').disabled = note;
  fill(byId('send-btn'), note ? 'Add note' : 'Send reply');
}

/**
 * Shows the composer for conversation `id`: hidden when it is closed, notes only when the agent does
 * not hold it, and back to Reply when it just became theirs. Keeps what was typed, and the files
 * chosen for it.
 */
export function showComposer({ id, open, mine, fresh }) {
  const composer = byId('composer');
  composer.hidden = !open;
  const reply = byId('mode-reply');
  reply.disabled = !mine;
  if (!mine) byId('mode-note').checked = true;
  else if (fresh || composer.dataset.mine !== 'true') reply.checked = true;
  composer.dataset.mine = String(mine);
  updateComposer();
  // Files chosen for another conversation are not shown (nor sent) here.
  byId('attached').hidden = attached.files.length === 0 || attached.handoffId !== id;
}

/** Files uploaded for the next reply, as the server answered them, and the conversation they are for. */
const attached = { handoffId: undefined, files: [] };

function showAttached() {
  const list = byId('attached');
  list.hidden = attached.files.length === 0;
  list.replaceChildren(...attached.files.map((file) => {
    const item = document.createElement('li');
    item.className = 'attached-file';
    const name = document.createElement('span');
    name.textContent = file.name;
    const remove = document.createElement('button');
    Object.assign(remove, { type: 'button', className: 'btn ghost remove-file', textContent: '×' });
    remove.setAttribute('aria-label', `Remove ${file.name}`);
    remove.onclick = () => {
      attached.files = attached.files.filter((f) => f !== file);
      showAttached();
      focusComposer();
    };
    item.append(name, remove);
    return item;
  }));
}

/**
 * Wires the composer once. `current()`: { id, mayReply } of the open conversation, or undefined;
 * `send(kind, text, attachmentIds, confirmed)`: posts a reply or a note, calls `confirmed(answer)` as
 * soon as the server has taken it, and resolves with the server's answer or undefined (the text then
 * stays in the box); `attach(files)`: uploads files for a reply to the open conversation, resolving with
 * their refs, or undefined when they were refused (it says why).
 */
export function wireComposer({ current, send, attach }) {
  const input = composerInput();
  let sending = false;
  const picker = byId('attach-input');
  byId('attach-btn').onclick = () => picker.click();
  picker.onchange = async () => {
    const files = [...picker.files];
    picker.value = '';
    const open = current();
    if (files.length === 0 || !open) return;
    byId('attach-btn').disabled = true;
    const refs = await attach(files).finally(() => { byId('attach-btn').disabled = byId('mode-note').checked; });
    if (refs && current()?.id === open.id) {
      if (attached.handoffId !== open.id) Object.assign(attached, { handoffId: open.id, files: [] });
      attached.files.push(...refs);
      showAttached();
    }
    input.focus();
  };
  input.maxLength = Number(document.body.dataset.maxChars) || 4000;
  for (const id of ['mode-reply', 'mode-note']) byId(id).onchange = updateComposer;
  input.addEventListener('input', typingSignal(() => {
    const open = current();
    return open && { id: open.id, mayReply: open.mayReply && !byId('mode-note').checked };
  }));
  input.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    if (!sending) byId('composer').requestSubmit();
  });
  byId('composer').onsubmit = async (event) => {
    event.preventDefault();
    const text = input.value.trim();
    const open = current();
    if (!open || sending) return;
    const note = byId('mode-note').checked || !open.mayReply;
    const files = !note && attached.handoffId === open.id ? attached.files : [];
    if (!text && files.length === 0) return;
    // A saved reply's `[name]` markers left in a reply would reach the customer as they are: ask first.
    const markers = note ? [] : unfilledMarkers(text);
    if (markers.length > 0) {
      sending = true;
      const sendAnyway = await askSendWithMarkers(markers);
      sending = false;
      if (!sendAnyway) {
        const at = input.value.search(MARKER);
        input.focus();
        if (at >= 0) input.setSelectionRange(at, at + input.value.match(MARKER)[0].length);
        return;
      }
    }
    sending = true;
    byId('send-btn').disabled = true;
    // Emptied as soon as the server confirms, not after the console has reloaded the conversation.
    const confirmed = (answer) => {
      showDelivery(note ? undefined : answer);
      if (input.value.trim() === text) input.value = '';
      if (files.length > 0) {
        attached.files = [];
        showAttached();
      }
    };
    await send(note ? 'note' : 'reply', text, files.map((f) => f.id), confirmed).finally(() => {
      sending = false;
      byId('send-btn').disabled = false;
    });
    input.focus();
  };
}

/** What the console says after a reply or note is stored. */
export const sentText = (kind, answer) => (kind === 'note' ? 'Note added.' : answer.delivered ? 'Sent to the customer.' : `${NOT_DELIVERED}.`);
