// `baton data purge|export|erase`: retention and privacy requests on the bot's stores (BATON_STORE).
//   baton data purge [--days N]       deletes conversations idle, and handoffs closed, more than N days
//                                     (default: the manifest's retention.days), web chat activities included
//   baton data export <customer>      prints everything stored about a customer as JSON
//   baton data erase <customer>       deletes it: profile, conversations, transcripts, handoffs, analytics,
//                                     waiting replies, web chat activities
// A customer is named by a key (email:ann@example.com, aad:<object id>, web:<user id>), a bare
// email address, or their profile id.
import type { CommandIO } from './commandIO';
import { openCommandStores } from './openCommandStores';
import { loadCommandBot } from './loadCommandBot';
import { purgeExpired } from '../store/purgeExpired';

export interface DataFlags {
  readonly bot?: string;
  readonly days?: string;
}

const USAGE = 'Usage: baton data purge [--days N] | baton data export <customer> | baton data erase <customer>   [--bot manifest]';

/** A bare email address is an email key; anything else is used as it is. */
export function customerKey(given: string): string {
  return !given.includes(':') && given.includes('@') ? `email:${given.toLowerCase()}` : given;
}

export async function dataCommand(args: readonly string[], flags: DataFlags, io: CommandIO, now: () => Date = () => new Date()): Promise<number> {
  const [action, who] = args;
  if (action !== 'purge' && action !== 'export' && action !== 'erase') {
    io.err(USAGE);
    return 2;
  }
  if (action !== 'purge' && !who) {
    io.err(`Name the customer: ${USAGE}`);
    return 2;
  }
  const loaded = loadCommandBot('data', flags.bot, io);
  if (!loaded) return 1;
  const { bot } = loaded;
  const days = flags.days !== undefined ? Number(flags.days) : bot.retention?.days;
  if (action === 'purge' && (days === undefined || !Number.isInteger(days) || days < 1)) {
    io.err(days === undefined ? `Bot ${bot.id} sets no retention: give --days N.` : '--days must be a whole number, at least 1.');
    return 2;
  }
  const stores = await openCommandStores(bot.id, io);
  if (!stores) return 1;
  try {
    if (action === 'purge') {
      const done = await purgeExpired(stores, bot.id, days!, now());
      const webChat = done.webChatConversations > 0 ? `, ${done.webChatConversations} web chat conversation(s) with their activities` : '';
      const files = done.attachments > 0 ? `, ${done.attachments} attached file(s) stored before then` : '';
      io.out(`Deleted ${done.conversations} conversation(s) idle since before ${done.before}${webChat}${files} and ${done.handoffs} handoff(s) closed before then.`);
      return 0;
    }
    const key = customerKey(who!);
    const found = await stores.conversations.exportCustomer(bot.id, key);
    if (!found) {
      io.err(`No customer known as "${key}" for bot ${bot.id}.`);
      return 1;
    }
    const ids = found.conversations.map((c) => c.conversationId);
    if (action === 'export') {
      const handoffs = (await Promise.all(ids.map((conversationId) => stores.handoffs.list({ botId: bot.id, conversationId })))).flat();
      const webChat = (await Promise.all(ids.map((conversationId) => stores.directLine.activityLog().exportConversation(conversationId)))).filter((c) => c !== undefined);
      // Each file's metadata and its bytes (base64), so the export is complete in itself.
      const attachments = await Promise.all((await Promise.all(ids.map((conversationId) => stores.attachments.list(bot.id, conversationId)))).flat()
        .map(async (meta) => ({ ...meta, base64: (await stores.attachments.read(meta.id))?.bytes.toString('base64') })));
      io.out(JSON.stringify({ bot: bot.id, exportedAt: now().toISOString(), ...found, handoffs, webChat, attachments }, null, 2));
      return 0;
    }
    const handoffs = await stores.handoffs.eraseConversations(bot.id, ids);
    const events = await stores.analytics.eraseConversations(bot.id, ids);
    await stores.restOutbox.forget(ids);
    const webChat = await stores.directLine.activityLog().erase(ids);
    const files = await stores.attachments.eraseConversations(bot.id, ids);
    const conversations = await stores.conversations.eraseCustomer(bot.id, key);
    const activities = webChat > 0 ? `, ${webChat} web chat conversation(s) with their activities` : '';
    io.out(`Erased customer ${found.profile.id}: ${conversations} conversation(s) with their transcripts, ${handoffs} handoff(s), ${events} analytics event(s)${activities}${files > 0 ? `, ${files} attached file(s)` : ''}, and the profile.`);
    return 0;
  } finally {
    await stores.directLine.activityLog().close();
    await stores.close();
  }
}
