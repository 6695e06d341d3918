// Saved replies in the composer. Typing `/` at the start of the message (or of a line), or the
// "Saved replies" button, opens a list of the replies for the open conversation, filled by the
// server from its details (GET /api/agent/replies?handoff=<id>). What follows the `/` filters the
// list by shortcut, title and text; arrows move, Enter or a click inserts the reply in place of the
// `/` and the search, for the agent to edit and send; Escape closes. Nothing is sent by itself.
//
// Focus stays in the message box, which keeps its textbox role (HTML allows no other role on a
// textarea): it points at the list with aria-controls, aria-autocomplete="list" and at the
// highlighted option with aria-activedescendant, and a status line says how many replies match.
import { api } from './api.js';
import { byId, fill, h, toast } from './dom.js';
import { MARKER } from './markers.js';

const LIST_ID = 'saved-replies-list';

/** The replies that match every word of `query`: shortcuts that start with it first, then titles, then texts. */
export function matchReplies(replies, query) {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const rank = (r) => {
    const id = r.id.toLowerCase();
    const title = r.title.toLowerCase();
    const all = `${id.replace(/_/g, ' ')} ${id} ${title} ${r.text.toLowerCase()}`;
    if (!words.every((w) => all.includes(w))) return -1;
    if (words.length === 0 || id.startsWith(words[0])) return 0;
    return words.every((w) => `${id} ${title}`.includes(w)) ? 1 : 2;
  };
  return replies.map((r) => ({ r, rank: rank(r) })).filter((x) => x.rank >= 0).sort((a, b) => a.rank - b.rank).map((x) => x.r);
}

/**
 * Wires the saved replies to the message box `input`; `handoffId()` is the open conversation's
 * handoff. Adds the button and the list beside the box, and their styles.
 */
export function wireSavedReplies(input, handoffId) {
  document.head.append(h('link', { rel: 'stylesheet', href: '/agent/savedReplies.css' }));
  const status = h('p', { class: 'sr-only', role: 'status', 'aria-live': 'polite' });
  const list = h('ul', { id: LIST_ID, class: 'saved-replies-list', role: 'listbox', 'aria-label': 'Saved replies' });
  const none = h('p', { class: 'saved-reply-none' });
  const popup = h('div', { class: 'saved-replies', hidden: true }, list, none, status);
  const button = h('button', { type: 'button', class: 'btn saved-replies-btn', 'aria-haspopup': 'listbox', 'aria-expanded': 'false', 'aria-controls': LIST_ID, title: 'Saved replies (type / in the message)' }, 'Saved replies');
  input.after(button);
  input.closest('form').append(popup);
  input.setAttribute('aria-controls', LIST_ID);
  input.setAttribute('aria-autocomplete', 'list');

  // While open: where the `/` is, whether the button put it there, the replies and the highlighted one.
  const state = { anchor: undefined, fromButton: false, replies: [], shown: [], active: -1, loadedFor: undefined };
  const isOpen = () => state.anchor !== undefined;
  const query = () => input.value.slice(state.anchor + 1, input.selectionEnd);

  const close = () => {
    state.anchor = undefined;
    popup.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    fill(status);
  };

  const highlight = (index) => {
    state.active = index;
    list.querySelectorAll('[role=option]').forEach((node, i) => node.setAttribute('aria-selected', String(i === index)));
    const node = index >= 0 ? byId(`saved-reply-${state.shown[index].id}`) : undefined;
    if (node) {
      input.setAttribute('aria-activedescendant', node.id);
      node.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const render = () => {
    if (!isOpen()) return;
    const loading = state.loadedFor !== handoffId();
    state.shown = loading ? [] : matchReplies(state.replies, query());
    fill(list, state.shown.map((r, i) => h('li', {
      id: `saved-reply-${r.id}`, role: 'option', 'aria-selected': 'false', class: 'saved-reply',
      onmousedown: (event) => event.preventDefault(), // keeps the focus (and the caret) in the message box
      onclick: () => insert(i),
    },
    h('span', { class: 'saved-reply-head' }, h('span', { class: 'saved-reply-title' }, r.title), h('span', { class: 'saved-reply-id' }, `/${r.id}`)),
    h('span', { class: 'saved-reply-text' }, r.text),
    r.missing.length ? h('span', { class: 'saved-reply-missing' }, `To fill in: ${r.missing.join(', ')}`) : null)));
    fill(none, state.shown.length ? '' : loading ? 'Loading saved replies…' : 'No saved reply matches.');
    none.hidden = state.shown.length > 0;
    list.hidden = state.shown.length === 0;
    fill(status, loading ? '' : `${state.shown.length} saved ${state.shown.length === 1 ? 'reply' : 'replies'}`);
    highlight(state.shown.length ? 0 : -1);
  };

  const load = async () => {
    const id = handoffId();
    if (!id) return;
    try {
      const answer = await api('GET', `/api/agent/replies?handoff=${encodeURIComponent(id)}`);
      if (handoffId() !== id) return;
      [state.replies, state.loadedFor] = [answer.replies, id];
      render();
    } catch (err) {
      if (err.status !== 401) toast(`Saved replies could not be loaded: ${err.message}`, 'error');
      close();
    }
  };

  const open = (anchor, fromButton) => {
    Object.assign(state, { anchor, fromButton });
    popup.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    render();
    void load();
  };

  const insert = (index) => {
    const reply = state.shown[index];
    if (!reply) return;
    const before = input.value.slice(0, state.anchor);
    const after = input.value.slice(input.selectionEnd);
    input.value = `${before}${reply.text}${after}`;
    close();
    input.focus();
    const marker = reply.text.match(MARKER);
    if (marker) {
      // The first detail to fill in is selected, so typing replaces it.
      const at = before.length + marker.index;
      input.setSelectionRange(at, at + marker[0].length);
      toast(`Fill in before sending: ${reply.missing.join(', ')}.`, 'info');
    } else {
      input.setSelectionRange(before.length + reply.text.length, before.length + reply.text.length);
    }
  };

  input.addEventListener('input', (event) => {
    if (isOpen()) {
      const q = input.value[state.anchor] === '/' && input.selectionEnd > state.anchor ? query() : undefined;
      if (q === undefined || q.includes('\n')) close();
      else render();
      return;
    }
    const at = input.selectionEnd - 1;
    const lineStart = at === 0 || input.value[at - 1] === '\n';
    if (event.inputType === 'insertText' && event.data === '/' && lineStart) open(at, false);
  });

  // Capture on the form: runs before the composer's own Enter-to-send.
  input.closest('form').addEventListener('keydown', (event) => {
    if (!isOpen() || event.target !== input || event.isComposing) return;
    const count = state.shown.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count) highlight((state.active + (event.key === 'ArrowDown' ? 1 : count - 1)) % count);
    } else if (event.key === 'Enter' && !event.shiftKey) {
      insert(state.active);
    } else if (event.key === 'Escape') {
      if (state.fromButton && query() === '') {
        const at = state.anchor;
        input.value = input.value.slice(0, at) + input.value.slice(at + 1);
        input.setSelectionRange(at, at);
      }
      close();
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  }, true);

  input.addEventListener('blur', close);
  input.addEventListener('click', () => { if (isOpen() && (input.selectionEnd <= state.anchor || query().includes('\n'))) close(); });

  button.addEventListener('mousedown', (event) => { if (isOpen()) event.preventDefault(); });
  button.addEventListener('click', () => {
    if (isOpen()) { close(); input.focus(); return; }
    const at = input.selectionEnd ?? input.value.length;
    input.focus();
    input.setRangeText('/', at, at, 'end');
    open(at, true);
  });

  return { close };
}
