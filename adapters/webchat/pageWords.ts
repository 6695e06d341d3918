// The words of Baton's web chat page and its launcher, each under a stable key: a catalogue per
// language (English, the default; Spanish, German, French, Italian, Portuguese and Dutch in words/),
// over which a bot's manifest (`webchat.words`, its keys checked by flows.schema.json) puts its own.
// The server fills the page's markup from them and hands the page the whole set (see webchatPage.ts
// and words.js); the page passes the launcher's to embed.js.
import type { WebchatWords } from '../../src/config/formats.generated';
import { DUTCH_PAGE_WORDS } from './words/dutchPageWords';
import { FRENCH_PAGE_WORDS } from './words/frenchPageWords';
import { GERMAN_PAGE_WORDS } from './words/germanPageWords';
import { ITALIAN_PAGE_WORDS } from './words/italianPageWords';
import { PORTUGUESE_PAGE_WORDS } from './words/portuguesePageWords';
import { SPANISH_PAGE_WORDS } from './words/spanishPageWords';

/** Every word, with the greeting beside the launcher the only one that may be absent. */
export type PageWords = Required<Omit<WebchatWords, 'launcherGreeting'>> & Pick<WebchatWords, 'launcherGreeting'>;

export const ENGLISH_PAGE_WORDS: Readonly<PageWords> = {
  statusConnecting: 'Connecting…',
  statusOnline: 'Online',
  statusBotOnly: 'Bot only, agents offline',
  statusReconnecting: 'Reconnecting…',
  statusOffline: 'Offline, retrying…',
  newConversation: 'New conversation',
  minimise: 'Minimise chat',
  conversation: 'Conversation',
  attachFile: 'Attach a file',
  messageLabel: 'Your message',
  messagePlaceholder: 'Type your message…',
  send: 'Send',
  suggestions: 'Suggested replies',
  confirmNewTitle: 'Start a new conversation?',
  confirmNewText: "This conversation will end here and you won't see it again on this page.",
  confirmNewCancel: 'Cancel',
  confirmNewStart: 'Start new',
  newConversationStarted: 'New conversation',
  conversationEnded: 'Your earlier conversation has ended. Starting a new one.',
  you: 'You',
  agent: 'Agent',
  typing: 'typing',
  agentTyping: '{{name}} is typing',
  agentTypingUnnamed: 'The agent is typing',
  unnamedFile: 'file',
  fileSending: 'Sending…',
  messageTooLong: 'Too long to send. Shorten it and send it again.',
  messageNotAnswered: 'Not answered. Tap to send it again.',
  messageNotSent: 'Not sent. Tap to try again.',
  fileNotSent: 'The file could not be sent.',
  fileNotSentOffline: 'The file could not be sent: check your connection and try again.',
  launcherChat: 'Chat',
  launcherOpen: 'Open chat',
  launcherClose: 'Close chat',
  launcherOpenUnread: { one: 'Open chat, {{count}} unread message', other: 'Open chat, {{count}} unread messages' },
  launcherDismiss: 'Dismiss',
};

/** The catalogues by language (a BCP 47 tag's first subtag). */
const CATALOGUES: Readonly<Record<string, Readonly<PageWords>>> = {
  en: ENGLISH_PAGE_WORDS, es: SPANISH_PAGE_WORDS, de: GERMAN_PAGE_WORDS, fr: FRENCH_PAGE_WORDS,
  it: ITALIAN_PAGE_WORDS, pt: PORTUGUESE_PAGE_WORDS, nl: DUTCH_PAGE_WORDS,
};

/** The words for a bot of `locale`: its language's catalogue (English where there is none), then the bot's own. */
export function pageWords(locale: string, own: Readonly<WebchatWords> = {}): PageWords {
  const language = locale.split('-')[0]!.toLowerCase();
  return { ...(Object.hasOwn(CATALOGUES, language) ? CATALOGUES[language]! : ENGLISH_PAGE_WORDS), ...own };
}

/** The words (or words by language) as JSON to put inside the page's `<script type="application/json">`: nothing in it can close the element. */
export function wordsJson(words: PageWords | Readonly<Record<string, PageWords>>): string {
  return JSON.stringify(words).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
