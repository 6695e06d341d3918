// The composer: the box where the agent writes a reply to the customer or an internal note. All its
// behaviour lives here: the mode (reply or note, and whether replying is allowed), Enter to send,
// the length limit, the typing signal to the customer, and sending (a reply that still holds a saved
// reply's `[name]` markers only once the agent confirms). Features of the text box (such
// as saved replies) hook in through `composerInput()` and `insertText()`; one that handles Enter
// itself (to pick a suggestion) calls event.preventDefault() in a capturing keydown listener.
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
  fill(byId('send-btn'), note ? 'Add note' : 'Send reply');
}

/**
 * Shows the composer for a conversation: hidden when it is closed, notes only when the agent does
 * not hold it, and back to Reply when it just became theirs. Keeps what was typed.
 */
export function showComposer({ open, mine, fresh }) {
  const composer = byId('composer');
  composer.hidden = !open;
  const reply = byId('mode-reply');
  reply.disabled = !mine;
  if (!mine) byId('mode-note').checked = true;
  else if (fresh || composer.dataset.mine !== 'true') reply.checked = true;
  composer.dataset.mine = String(mine);
  updateComposer();
}

/**
 * Wires the composer once. `current()`: { id, mayReply } of the open conversation, or undefined;
 * `send(kind, text)`: posts a reply or a note, resolving with the server's answer or undefined.
 */
export function wireComposer({ current, send }) {
  const input = composerInput();
  let sending = false;
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
    if (!text || !open || sending) return;
    const note = byId('mode-note').checked || !open.mayReply;
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
    const answer = await send(note ? 'note' : 'reply', text).finally(() => {
      sending = false;
      byId('send-btn').disabled = false;
    });
    if (answer) {
      showDelivery(note ? undefined : answer);
      input.value = '';
    }
    input.focus();
  };
}

/** What the console says after a reply or note is stored. */
export const sentText = (kind, answer) => (kind === 'note' ? 'Note added.' : answer.delivered ? 'Sent to the customer.' : `${NOT_DELIVERED}.`);
