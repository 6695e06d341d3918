// The bot's replies as Bot Framework message activities, as plain JSON that either Bot Framework
// SDK sends. Quick replies are suggested actions where the channel shows them: imBack on Teams (the
// only kind Teams shows, at most three, in personal chats), messageBack carrying the payload
// elsewhere. In Teams group chats and channels (where Teams has long shown no suggested actions),
// and when Teams would hide some of them, they become a HeroCard of messageBack buttons whose value
// carries the payload. A card becomes a HeroCard with openUrl buttons. An agent's message carries
// their name; an agent's typing is a typing activity. An agent's files go at the addresses `link`
// gives (the channel fetches them): images inline; other files, which Teams does not show from an
// address, as a card with an Open button there, and as plain file attachments on other channels.
import type { Activity, Attachment, CardAction, HeroCard } from 'botbuilder';
import { megabytes } from '../../src/attachments/checkAttachment';
import type { AttachmentRef } from '../../src/engine/attachmentRef';
import type { QuickReply } from '../../src/engine/effects';
import type { Reply } from '../../src/runtime/createRuntime';

/** Where the replies go: the channel and, on Teams, 'personal', 'groupChat' or 'channel'. */
export interface ReplyTarget {
  readonly channelId: string;
  readonly conversationType?: string;
}

/** Teams shows the first three suggested actions and drops the others. */
const TEAMS_MAX_SUGGESTED_ACTIONS = 3;

const HERO_CARD = 'application/vnd.microsoft.card.hero';

/** The absolute address a customer's channel fetches a stored file at. */
export type FileLink = (ref: AttachmentRef) => string;

export function renderReplies(replies: readonly Reply[], target: ReplyTarget, link?: FileLink): Partial<Activity>[] {
  return replies.map((reply) => renderReply(reply, target, link));
}

export function showsSuggestedActions(target: ReplyTarget, count: number): boolean {
  if (target.channelId !== 'msteams') return true;
  return (target.conversationType ?? 'personal') === 'personal' && count <= TEAMS_MAX_SUGGESTED_ACTIONS;
}

/**
 * A bot cannot post as another user, so an agent's message starts with their name in bold; the
 * text is escaped so that it reads as the agent typed it.
 */
function agentText(name: string, text: string): string {
  return `**${escapeMarkdown(name)}:** ${escapeMarkdown(text)}`;
}

/** Only the marks that change emphasis or code: other escapes show as backslashes in Teams. */
const escapeMarkdown = (text: string): string => text.replace(/([\\`*_~])/g, '\\$1');

function renderReply(reply: Reply, target: ReplyTarget, link: FileLink | undefined): Partial<Activity> {
  if (reply.typing) return { type: 'typing' };
  const quick = reply.quickReplies ?? [];
  const suggested = quick.length > 0 && showsSuggestedActions(target, quick.length);
  const attachments: Attachment[] = [];
  if (reply.card) {
    const { title, subtitle, text, image, links = [] } = reply.card;
    const buttons: CardAction[] = links.map((link) => ({ type: 'openUrl', title: link.title, value: link.url }));
    attachments.push(heroCard({ title, subtitle, text, images: image ? [{ url: image }] : [], buttons }));
  }
  if (link) attachments.push(...(reply.attachments ?? []).map((ref) => fileAttachment(ref, link(ref), target)));
  if (quick.length > 0 && !suggested) attachments.push(heroCard({ images: [], buttons: quick.map(messageBack) }));
  return {
    type: 'message',
    ...(reply.from ? { text: agentText(reply.from.name, reply.text), textFormat: 'markdown' } : { text: reply.text, textFormat: 'plain' }),
    inputHint: quick.length > 0 ? 'expectingInput' : 'acceptingInput',
    ...(attachments.length > 0 ? { attachments } : {}),
    ...(suggested ? { suggestedActions: { actions: quick.map(target.channelId === 'msteams' ? imBack : messageBack) } } : {}),
  } as Partial<Activity>;
}

function fileAttachment(ref: AttachmentRef, url: string, target: ReplyTarget): Attachment {
  if (ref.contentType.startsWith('image/') || target.channelId !== 'msteams') return { contentType: ref.contentType, contentUrl: url, name: ref.name };
  return heroCard({ title: ref.name, subtitle: `${ref.contentType === 'application/pdf' ? 'PDF' : ref.contentType}, ${megabytes(ref.size)}`, images: [], buttons: [{ type: 'openUrl', title: 'Open', value: url }] });
}

/** A HeroCard attachment; empty title, subtitle and text are left out, as Teams would show them as blank lines. */
function heroCard(card: { title?: string; subtitle?: string; text?: string; images: HeroCard['images']; buttons: CardAction[] }): Attachment {
  const { title, subtitle, text, images, buttons } = card;
  const content: HeroCard = { ...(title ? { title } : {}), ...(subtitle ? { subtitle } : {}), ...(text ? { text } : {}), images, buttons } as HeroCard;
  return { contentType: HERO_CARD, content };
}

/** Sends the title as the customer's message; the adapter maps it back to the payload. */
function imBack(quick: QuickReply): CardAction {
  return { type: 'imBack', title: quick.title, value: quick.title };
}

/** Shows the title as the customer's message and sends the payload as the activity's value. */
function messageBack(quick: QuickReply): CardAction {
  return { type: 'messageBack', title: quick.title, text: quick.title, displayText: quick.title, value: { payload: quick.payload } };
}
