// The bot's replies as Direct Line message activities: quick replies become suggested actions
// (messageBack buttons that send their title as text and the payload as value, so clients that
// only echo the text still work), and a card becomes a HeroCard attachment with openUrl buttons.
// An agent's messages and typing come from the agent's own account.
import type { Reply } from '../../src/runtime/createRuntime';
import { fileAttachment } from './fileUrls';
import type { CardAction, ChannelAccount, DirectLineActivity, HeroCardAttachment } from './directLineActivity';

export interface ReplyEnvelope {
  readonly conversationId: string;
  readonly from: ChannelAccount;
  readonly timestamp: string;
  readonly replyToId?: string;
  /** The conversation's language, on messages (see replyLocale). */
  readonly locale?: string;
}

export function replyActivities(replies: readonly Reply[], envelope: ReplyEnvelope): DirectLineActivity[] {
  return replies.map((reply) => reply.typing ? typingActivity({ ...envelope, from: senderAccount(reply, envelope) }) : ({
    ...envelopeFields({ ...envelope, from: senderAccount(reply, envelope) }),
    type: 'message',
    text: reply.text,
    textFormat: 'plain',
    ...(envelope.locale !== undefined ? { locale: envelope.locale } : {}),
    inputHint: reply.quickReplies?.length ? 'expectingInput' : 'acceptingInput',
    ...(reply.quickReplies?.length ? { suggestedActions: { actions: reply.quickReplies.map(quickReplyAction) } } : {}),
    ...(reply.card || reply.attachments?.length ? { attachments: [...(reply.card ? [heroCard(reply.card)] : []), ...(reply.attachments ?? []).map(fileAttachment)] } : {}),
  }));
}

/**
 * An agent speaks as themselves: their name, and an id of their own (`agent:<id>`) so clients show
 * them apart from the bot. The role stays `bot`: it is the conversation's other side.
 */
function senderAccount(reply: Reply, envelope: ReplyEnvelope): ChannelAccount {
  return reply.from ? { id: `agent:${reply.from.id}`, name: reply.from.name, role: 'bot' } : envelope.from;
}

/** The "bot is typing" activity sent while a message is being answered. */
export function typingActivity(envelope: ReplyEnvelope): DirectLineActivity {
  return { ...envelopeFields(envelope), type: 'typing' };
}

function envelopeFields(envelope: ReplyEnvelope): Partial<DirectLineActivity> {
  return {
    timestamp: envelope.timestamp,
    channelId: 'directline',
    conversation: { id: envelope.conversationId },
    from: envelope.from,
    ...(envelope.replyToId !== undefined ? { replyToId: envelope.replyToId } : {}),
  };
}

function quickReplyAction(quick: { readonly title: string; readonly payload: string }): CardAction {
  return { type: 'messageBack', title: quick.title, text: quick.title, displayText: quick.title, value: { payload: quick.payload } };
}

function heroCard(card: NonNullable<Reply['card']>): HeroCardAttachment {
  return {
    contentType: 'application/vnd.microsoft.card.hero',
    content: {
      title: card.title,
      ...(card.subtitle !== undefined ? { subtitle: card.subtitle } : {}),
      ...(card.text !== undefined ? { text: card.text } : {}),
      ...(card.image !== undefined ? { images: [{ url: card.image, alt: card.title }] } : {}),
      ...(card.links?.length ? { buttons: card.links.map((link) => ({ type: 'openUrl' as const, title: link.title, value: link.url })) } : {}),
    },
  };
}
