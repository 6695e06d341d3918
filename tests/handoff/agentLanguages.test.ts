// Language skills: what an agent speaks (the bot's main language when their account says nothing),
// which queues need the customer's language, who may take a conversation, and which queues count as
// staffed for a conversation in a given language.
import { join } from 'node:path';
import { loadBot } from '../../src/config/loadBot';
import type { CompiledBot } from '../../src/config/compiledBot';
import type { Agent } from '../../src/handoff/agentDirectory';
import { agentLanguages, canTake, languagePeers, languageRefusal, needsLanguage, servesIn } from '../../src/handoff/agentLanguages';
import { staffedQueues } from '../../src/handoff/agentPresence';
import type { HandoffRecord } from '../../src/handoff/handoffRecord';

const loaded = loadBot(join(__dirname, '../fixtures/bilingualHandoff/bots/shop.yaml')).bot!;
/** The fixture's bot with a third queue that needs a matching agent for Spanish only. */
const bot: CompiledBot = { ...loaded, handoff: { ...loaded.handoff, queues: { ...loaded.handoff.queues, returns: { ...loaded.handoff.queues.general!, name: 'returns', matchLanguage: ['es'] } } } };

const ann: Agent = { id: 'ann', name: 'Ann', queues: ['orders', 'general', 'returns'], capacity: 3 };
const sofia: Agent = { id: 'sofia', name: 'Sofía', queues: ['orders', 'returns'], capacity: 3, languages: ['en', 'es'] };
const pablo: Agent = { id: 'pablo', name: 'Pablo', queues: ['orders', 'general', 'returns'], capacity: 3, languages: ['es'] };
const handoff = (queue: string, language?: string): Pick<HandoffRecord, 'queue' | 'packet'> => ({ queue, packet: { ...(language ? { language } : {}) } as HandoffRecord['packet'] });

describe('language skills', () => {
  it('take an agent whose account lists no languages to speak the bot\'s main language only', () => {
    expect(agentLanguages(ann, bot)).toEqual(['en']);
    expect(agentLanguages(sofia, bot)).toEqual(['en', 'es']);
    expect(agentLanguages({ languages: [] }, bot)).toEqual(['en']);
  });

  it('need the language where `matchLanguage` is true for every language, where it lists them for those only, and nowhere else', () => {
    expect([needsLanguage(bot, 'orders', 'en'), needsLanguage(bot, 'orders', 'es')]).toEqual([true, true]);
    expect([needsLanguage(bot, 'returns', 'en'), needsLanguage(bot, 'returns', 'es')]).toEqual([false, true]);
    expect([needsLanguage(bot, 'general', 'es'), needsLanguage(bot, 'nope', 'es'), needsLanguage(bot, '__proto__', 'es')]).toEqual([false, false, false]);
  });

  it('let an agent take a conversation of their queue in a language they speak, or of a queue that does not need it', () => {
    expect([canTake(ann, bot, handoff('orders', 'es')), canTake(sofia, bot, handoff('orders', 'es')), canTake(pablo, bot, handoff('orders', 'en'))]).toEqual([false, true, false]);
    expect([canTake(ann, bot, handoff('general', 'es')), canTake(ann, bot, handoff('returns', 'en')), canTake(ann, bot, handoff('returns', 'es'))]).toEqual([true, true, false]);
    expect(canTake(sofia, bot, handoff('general', 'en'))).toBe(false); // not her queue
    // A packet made before languages were kept is in the bot's main language.
    expect([canTake(ann, bot, handoff('orders')), canTake(pablo, bot, handoff('orders'))]).toEqual([true, false]);
  });

  it('say why an agent cannot take one, in words an agent reads', () => {
    expect(languageRefusal(ann, bot, handoff('orders', 'es'))).toBe('The conversation is in Spanish, and queue orders needs an agent who speaks it: you speak English.');
    expect(languageRefusal(pablo, bot, handoff('orders', 'en'), 'Pablo speaks')).toBe('The conversation is in English, and queue orders needs an agent who speaks it: Pablo speaks Spanish.');
    expect(languageRefusal(sofia, bot, handoff('orders', 'es'))).toBeUndefined();
    expect(languageRefusal(ann, bot, handoff('general', 'es'))).toBeUndefined();
  });

  it('count a queue as staffed for a conversation only while an agent who may take it is online', () => {
    const queues = Object.keys(bot.handoff.queues);
    const staffed = (online: Agent[], language: string) => staffedQueues(queues, online, (agent, queue) => servesIn(agent, bot, queue, language));
    expect(staffed([ann], 'es')).toEqual({ orders: false, general: true, returns: false });
    expect(staffed([ann], 'en')).toEqual({ orders: true, general: true, returns: true });
    expect(staffed([ann, sofia], 'es')).toEqual({ orders: true, general: true, returns: true });
    expect(staffed([pablo], 'en')).toEqual({ orders: false, general: true, returns: true });
    // Without a rule, any agent of the queue staffs it, as before.
    expect(staffedQueues(queues, [sofia])).toEqual({ orders: true, general: false, returns: true });
  });

  it('count a waiting conversation\'s place among those in its language only where its queue needs the language', () => {
    const peers = languagePeers(bot, handoff('orders', 'es'))!;
    expect([peers(handoff('orders', 'es')), peers(handoff('orders', 'en')), peers(handoff('orders'))]).toEqual([true, false, false]);
    expect(languagePeers(bot, handoff('general', 'es'))).toBeUndefined();
    expect(languagePeers(bot, handoff('returns', 'en'))).toBeUndefined();
  });
});
