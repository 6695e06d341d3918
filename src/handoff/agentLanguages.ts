// Language skills: which languages an agent speaks, which language a handoff is in, and whether a
// queue needs an agent who speaks it (its `matchLanguage`). An agent whose account lists no
// languages speaks the bot's main language only: nobody is taken to speak Spanish unless said.
import type { CompiledBot } from '../config/compiledBot';
import { botInLanguage } from '../config/botInLanguage';
import { ownEntry } from '../config/ownEntry';
import { languageCode } from '../language/languageOf';
import { languageName } from '../language/languageName';
import type { Agent } from './agentDirectory';
import type { HandoffRecord } from './handoffRecord';

/** The languages the agent speaks, by code. */
export function agentLanguages(agent: Pick<Agent, 'languages'>, bot: CompiledBot): readonly string[] {
  return agent.languages && agent.languages.length > 0 ? agent.languages : [languageCode(bot.locale)];
}

/** The language of a handoff's conversation; the bot's main language for packets made before languages were kept. */
export function handoffLanguage(handoff: Pick<HandoffRecord, 'packet'>, bot: CompiledBot): string {
  return handoff.packet.language ?? languageCode(bot.locale);
}

/** Whether a conversation in `language` waiting in `queue` needs an agent who speaks it. */
export function needsLanguage(bot: CompiledBot, queue: string, language: string): boolean {
  const match = ownEntry(bot.handoff.queues, queue)?.matchLanguage;
  return match === true || (Array.isArray(match) && match.includes(language));
}

/** Whether the agent may serve a conversation in `language` waiting in `queue`: they serve the queue and, where it needs, speak the language. */
export function servesIn(agent: Pick<Agent, 'queues' | 'languages'>, bot: CompiledBot, queue: string, language: string): boolean {
  return agent.queues.includes(queue) && (!needsLanguage(bot, queue, language) || agentLanguages(agent, bot).includes(language));
}

/** Whether the agent may see and claim the handoff (as servesIn, in the handoff's queue and language). */
export function canTake(agent: Pick<Agent, 'queues' | 'languages'>, bot: CompiledBot, handoff: Pick<HandoffRecord, 'queue' | 'packet'>): boolean {
  return servesIn(agent, bot, handoff.queue, handoffLanguage(handoff, bot));
}

/** Why the agent cannot take the handoff for its language ("It is in Spanish, and queue orders needs an agent who speaks it: you speak English."), or undefined when they can. */
export function languageRefusal(agent: Pick<Agent, 'queues' | 'languages'>, bot: CompiledBot, handoff: Pick<HandoffRecord, 'queue' | 'packet'>, who = 'you speak'): string | undefined {
  const language = handoffLanguage(handoff, bot);
  if (!needsLanguage(bot, handoff.queue, language)) return undefined;
  const spoken = agentLanguages(agent, bot);
  if (spoken.includes(language)) return undefined;
  return `The conversation is in ${languageName(language)}, and queue ${handoff.queue} needs an agent who speaks it: ${who} ${spoken.map(languageName).join(', ')}.`;
}

/** The bot as it speaks the handoff's conversation: its language's built-in messages and words. */
export function inHandoffLanguage(bot: CompiledBot, handoff: Pick<HandoffRecord, 'packet'>): CompiledBot {
  return botInLanguage(bot, handoffLanguage(handoff, bot));
}

/**
 * For a handoff whose queue needs an agent speaking its language, which other handoffs of the queue
 * are in the same language: only those share its agents, so its place and wait are counted among them.
 * Undefined when the queue does not need it (every handoff of the queue counts).
 */
export function languagePeers(bot: CompiledBot, handoff: Pick<HandoffRecord, 'queue' | 'packet'>): ((other: Pick<HandoffRecord, 'packet'>) => boolean) | undefined {
  const language = handoffLanguage(handoff, bot);
  if (!needsLanguage(bot, handoff.queue, language)) return undefined;
  return (other) => handoffLanguage(other, bot) === language;
}
