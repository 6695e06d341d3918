// Whether a customer message asks for a language (see languageRequest.ts), in the conversation as it
// stands: not while an agent has it (the agent is told as it is), not when a button of another kind was
// pressed, and not when the words answer the pending question ("Español" as a choice of a flow's own).
import { botInLanguage } from '../config/botInLanguage';
import type { CompiledBot } from '../config/compiledBot';
import { ownEntry } from '../config/ownEntry';
import type { ConversationState } from './conversationState';
import type { Input } from './input';
import { LANGUAGE_PAYLOAD, languageRequest, type LanguageRequest } from './languageRequest';
import { normaliseChoice } from './normaliseChoice';

export function languageRequestIn(bot: CompiledBot, state: ConversationState, input: Input): LanguageRequest | undefined {
  if (input.type !== 'message' || state.status === 'handoff') return undefined;
  if (input.payload !== undefined && !LANGUAGE_PAYLOAD.test(input.payload)) return undefined;
  if (input.payload === undefined && answersPendingChoice(botInLanguage(bot, state.language), state, input.text)) return undefined;
  return languageRequest(input.text, input.payload, state.language ?? bot.languages[0]);
}

function answersPendingChoice(bot: CompiledBot, state: ConversationState, text: string): boolean {
  const frame = state.stack[state.stack.length - 1];
  const flow = frame ? ownEntry(bot.flows, frame.flow) : undefined;
  const current = flow && frame ? ownEntry(flow.states, frame.state) : undefined;
  const waiting = frame?.waiting;
  const typed = normaliseChoice(text);
  const names = (words: readonly string[]) => words.some((t) => normaliseChoice(t) === typed);
  if (current?.kind === 'ask' && waiting?.kind === 'choice') return current.choices.some((c) => names([c.title, ...c.synonyms]));
  if (waiting?.kind !== 'slot') return false;
  const choices = ((flow ? ownEntry(flow.slots, waiting.slot) : undefined) ?? ownEntry(bot.slots, waiting.slot))?.choices;
  return choices !== undefined && Object.entries(choices).some(([value, synonyms]) => names([value, ...synonyms]));
}
