// Renders activities: message bubbles under their sender's name, avatar and time, hero cards with
// their buttons and links, the suggested actions of the bot's latest message, and the typing
// indicator. The bot's messages go under its name and icon, the customer's under "You", a person's
// (an agent's: their Direct Line id is `agent:<id>`) under their name and initials in a circle. A run
// of messages from one sender shares one header until a few minutes pass. Files sent either way show
// as a thumbnail (an image, opening full size) or a chip with the file's name and kind (a PDF). Every
// text goes in as textContent, never as HTML; links and files open only http(s) addresses. Its words
// come from the page's catalogue (words.js).
import { word } from './words.js';

const TYPING_MS = 6000;
/** A sender's next message after this long gets its own header again, with its time. */
const NEW_HEADER_MS = 5 * 60 * 1000;

/** Is this activity from a person (an agent) rather than the bot? */
export const isAgent = (activity) => activity.from?.role === 'bot' && typeof activity.from?.id === 'string' && activity.from.id.startsWith('agent:');

/** "Kim Park" -> "KP"; "kim" -> "K". */
export function initials(name) {
  const words = String(name ?? '').trim().split(/\s+/).filter(Boolean);
  const picked = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return picked.map((w) => [...w][0].toUpperCase()).join('') || '?';
}

/** The person's initials in a circle, hidden from screen readers (the name is said beside it). */
function avatar(name) {
  const circle = el('span', 'agent-avatar', initials(name));
  circle.setAttribute('aria-hidden', 'true');
  return circle;
}

function botAvatar() {
  const icon = el('img', 'bot-avatar');
  Object.assign(icon, { src: '/webchat/icon.svg', alt: '', width: 28, height: 28 });
  return icon;
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function safeUrl(value) {
  if (typeof value !== 'string' || value === '') return undefined;
  try {
    const url = new URL(value, location.href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Text with its web addresses as links, built from text nodes. */
export function linkedText(text) {
  const fragment = document.createDocumentFragment();
  let last = 0;
  for (const match of text.matchAll(/https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)]/g)) {
    fragment.append(text.slice(last, match.index));
    const link = el('a', '', match[0]);
    Object.assign(link, { href: safeUrl(match[0]) ?? '#', target: '_blank', rel: 'noopener noreferrer' });
    fragment.append(link);
    last = match.index + match[0].length;
  }
  fragment.append(text.slice(last));
  return fragment;
}

const KINDS = { 'application/pdf': 'PDF', 'image/png': 'PNG', 'image/jpeg': 'JPEG', 'image/gif': 'GIF', 'image/webp': 'WebP' };

/** A file at an http(s) address (not a card): an image's thumbnail linking to it, or a chip naming it. */
export function fileLink(attachment) {
  const url = safeUrl(attachment.contentUrl);
  if (!url || typeof attachment.contentType !== 'string' || attachment.contentType.startsWith('application/vnd.')) return undefined;
  const name = typeof attachment.name === 'string' && attachment.name ? attachment.name : word('unnamedFile');
  const link = el('a', attachment.contentType.startsWith('image/') ? 'file-image' : 'file-chip');
  Object.assign(link, { href: url, target: '_blank', rel: 'noopener noreferrer' });
  if (link.className === 'file-image') {
    const img = el('img');
    Object.assign(img, { src: url, alt: name, loading: 'lazy' });
    link.append(img);
  } else {
    link.append(el('span', 'file-name', name), el('span', 'file-kind', KINDS[attachment.contentType] ?? attachment.contentType));
  }
  return link;
}

/** A file being sent: its name in a chip, not yet a link. */
function fileSending(file) {
  const chip = el('span', 'file-chip');
  chip.append(el('span', 'file-name', file.name), el('span', 'file-kind', word('fileSending')));
  return chip;
}

/**
 * `list`: the <ol> of messages; `suggestions`: where the latest suggested actions go; `onAction`:
 * called with a pressed button's action; `botName` and `locale` (a BCP 47 tag): whose messages and
 * how times read.
 */
export function createTranscript(list, suggestions, onAction, { botName, locale }) {
  const typing = el('li', 'row bot typing');
  typing.setAttribute('aria-label', word('typing'));
  const dots = el('span', 'bubble dots');
  dots.append(el('i'), el('i'), el('i'));
  typing.append(dots);
  let typingTimer = 0;
  let lastSender = '';
  let lastHeaderAt = 0;
  const pending = new Map();
  let timeFormat;
  try {
    timeFormat = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
  } catch {
    timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
  }

  /** "Acme Support 10:42" above a run of messages from one sender: their avatar, name and the time. */
  function header(row, sender, name, at) {
    const when = Number.isNaN(at.getTime()) ? new Date() : at;
    if (sender === lastSender && when.getTime() - lastHeaderAt < NEW_HEADER_MS) return;
    lastHeaderAt = when.getTime();
    const line = el('div', 'sender');
    row.prepend(line);
    if (sender === 'bot') line.append(botAvatar());
    else if (sender !== 'user') line.append(avatar(name));
    const time = el('time', 'sent-at', timeFormat.format(when));
    time.dateTime = when.toISOString();
    line.append(el('span', 'sender-name', name), time);
  }

  const scroll = () => list.lastElementChild?.scrollIntoView({ block: 'end', behavior: 'smooth' });
  /** An image taller once loaded still ends the log in view. */
  const scrollOnLoad = (row) => row.querySelectorAll('.file-image img').forEach((img) => img.addEventListener('load', scroll, { once: true }));
  const hideTyping = () => { clearTimeout(typingTimer); typing.remove(); };

  function button(action, className) {
    const url = action.type === 'openUrl' ? safeUrl(action.value) : undefined;
    const node = url ? el('a', className, action.title) : el('button', className, action.title);
    if (url) Object.assign(node, { href: url, target: '_blank', rel: 'noopener noreferrer' });
    else node.addEventListener('click', () => onAction(action));
    return node;
  }

  function card(attachment) {
    const { title, subtitle, text, images, buttons } = attachment.content ?? {};
    const box = el('div', 'card');
    const image = safeUrl(images?.[0]?.url);
    if (image) Object.assign(box.appendChild(el('img', 'card-image')), { src: image, alt: images[0].alt ?? '' });
    if (title) box.append(el('h2', 'card-title', title));
    if (subtitle) box.append(el('p', 'card-subtitle', subtitle));
    if (text) box.append(el('p', 'card-text', text));
    if (buttons?.length) box.append(...buttons.map((b) => button(b, 'card-button')));
    return box;
  }

  function showSuggestions(actions) {
    suggestions.replaceChildren(...actions.map((a) => button(a, 'chip')));
  }

  function addMessage(activity) {
    const mine = activity.from?.role === 'user';
    const agent = !mine && isAgent(activity);
    const key = activity.channelData?.clientActivityID;
    const row = (mine && key && pending.get(key)) || el('li', `row ${mine ? 'user' : agent ? 'agent' : 'bot'}`);
    if (pending.has(key)) {
      pending.delete(key);
      row.classList.remove('sending');
      // A message the server took but could not answer stays failed when its echo comes in late.
      if (row.dataset.unanswered === undefined) row.classList.remove('failed');
      // The server's time, as every other message shows.
      const time = row.querySelector('.sent-at');
      const at = new Date(activity.timestamp ?? NaN);
      if (time && !Number.isNaN(at.getTime())) Object.assign(time, { textContent: timeFormat.format(at), dateTime: at.toISOString() });
      // The files as the server stored them, at their addresses, in place of the names shown while sending.
      const sent = (activity.attachments ?? []).map(fileLink).filter(Boolean);
      if (sent.length) {
        row.querySelectorAll('.file-chip.sending-file').forEach((chip) => chip.remove());
        row.append(...sent);
        scrollOnLoad(row);
      }
      lastSender = 'user';
      return;
    }
    const sender = mine ? 'user' : agent ? activity.from.id : 'bot';
    if (agent) row.dataset.sender = activity.from.id;
    const shown = activity.channelData?.messageBack?.displayText ?? activity.text ?? '';
    if (shown) {
      const bubble = row.appendChild(el('div', 'bubble'));
      if (mine) bubble.textContent = shown;
      else bubble.append(linkedText(shown));
    }
    for (const attachment of activity.attachments ?? []) {
      if (attachment.contentType === 'application/vnd.microsoft.card.hero') row.append(card(attachment));
      else {
        const file = fileLink(attachment);
        if (file) row.append(file);
      }
    }
    if (!row.firstChild) return;
    scrollOnLoad(row);
    header(row, sender, mine ? word('you') : agent ? activity.from.name || word('agent') : botName, new Date(activity.timestamp ?? Date.now()));
    lastSender = sender;
    list.append(row);
    showSuggestions(mine ? [] : activity.suggestedActions?.actions ?? []);
  }

  function show(activity) {
    if (activity.type === 'typing' && activity.from?.role === 'bot') {
      const agent = isAgent(activity);
      typing.className = `row ${agent ? 'agent' : 'bot'} typing`;
      typing.replaceChildren(...(agent ? [avatar(activity.from.name || word('agent')), dots] : [dots]));
      typing.setAttribute('aria-label', agent ? (activity.from.name ? word('agentTyping', { name: activity.from.name }) : word('agentTypingUnnamed')) : word('typing'));
      list.append(typing);
      clearTimeout(typingTimer);
      typingTimer = setTimeout(hideTyping, TYPING_MS);
    } else if (activity.type === 'message') {
      if (activity.from?.role === 'bot') hideTyping();
      addMessage(activity);
      if (typing.isConnected) list.append(typing);
    }
  }

  return {
    isAgent,
    add(activities) {
      for (const activity of activities) {
        try {
          show(activity);
        } catch (err) {
          console.error('could not show an activity', err);
        }
      }
      scroll();
    },
    /**
     * Shows the customer's message (and the names of the `files` it carries) at once, as sending until
     * its echo arrives or `failed` or `discard` is called.
     */
    pending(clientActivityID, text, files = []) {
      const row = el('li', 'row user sending');
      const before = { lastSender, lastHeaderAt };
      header(row, 'user', word('you'), new Date());
      lastSender = 'user';
      if (text) row.append(el('div', 'bubble', text));
      for (const file of files) row.append(Object.assign(fileSending(file), { className: 'file-chip sending-file' }));
      pending.set(clientActivityID, row);
      list.append(row);
      suggestions.replaceChildren();
      scroll();
      return {
        /** Takes the message back out of the transcript: it was refused, and stays in the message box. */
        discard: () => {
          pending.delete(clientActivityID);
          row.remove();
          ({ lastSender, lastHeaderAt } = before);
        },
        /** `unanswered`: the server took it but could not answer it, so its echo does not clear the failure. */
        failed: (message, retry, unanswered = false) => {
          row.classList.remove('sending');
          row.classList.add('failed');
          if (unanswered) row.dataset.unanswered = '';
          const again = row.appendChild(el(retry ? 'button' : 'span', 'retry', message));
          // Sent again, its echo confirms this bubble rather than adding another.
          if (retry) again.addEventListener('click', () => { again.remove(); delete row.dataset.unanswered; row.classList.replace('failed', 'sending'); pending.set(clientActivityID, row); retry(); }, { once: true });
        },
      };
    },
    note(text) {
      list.append(el('li', 'note', text));
      scroll();
    },
    clear() {
      hideTyping();
      lastSender = '';
      lastHeaderAt = 0;
      pending.clear();
      list.replaceChildren();
      suggestions.replaceChildren();
    },
  };
}
