// Answers to the bot's own questions: "Did that answer your question?", "Would you like to talk to a
// person?", "Anything else?", the 1-to-5 rating, and the questions of flow policies ("Switch to ...?",
// "Shall we get back to ...?", "Stop ...?"). Returns false when the message answers none.
import { botLanguage } from '../language/botLanguage';
import type { Language } from '../language/language';
import { afterInterruption, askAnythingElse, dropFlow, reask, resume, yesNo } from './advance';
import type { EntityMatch } from '../nlu/entities/entitySpec';
import { answerWithValue, INTERRUPT_ANSWER } from './answerWaiting';
import type { Decision } from './decideIntent';
import { helpReplies } from './helpReplies';
import { startHandoff } from './startHandoff';
import { switchToFlow } from './switchFlow';
import type { Turn } from './turn';

export function isYes(turn: Turn, payload: string | undefined, decision: Decision): boolean {
  return payload === 'yes' || (decision.kind === 'confident' && decision.intent === turn.bot.globals.affirm);
}

export function isNo(turn: Turn, payload: string | undefined, decision: Decision): boolean {
  return payload === 'no' || (decision.kind === 'confident' && decision.intent === turn.bot.globals.deny);
}

export function answerPrompt(turn: Turn, text: string, payload: string | undefined, decision: Decision): boolean {
  const prompt = turn.state.prompt;
  if (!prompt) return false;
  const yes = isYes(turn, payload, decision);
  const no = isNo(turn, payload, decision);
  switch (prompt.kind) {
    case 'faqFollowUp':
      if (!yes && !no) return false;
      turn.setPrompt(undefined);
      turn.event('faq_feedback', { faq: prompt.faq, helpful: yes });
      if (yes) askAnythingElse(turn);
      else offerHuman(turn, 'faq_not_helpful');
      return true;
    case 'offerHuman': {
      // Offered after an answer did not fit, the question is still open: a valid answer to it is taken
      // (the offer lapses), and only a button or a sure yes or no answers the offer; a weak guess at one
      // ("the red one" read as yes) is another try at the question, never a handoff.
      const sure = payload !== undefined || turn.frame?.waiting === undefined || (decision.kind === 'confident' && decision.confidence >= INTERRUPT_ANSWER);
      if ((!yes && !no) || !sure) return false;
      turn.setPrompt(undefined);
      if (yes) {
        const queue = turn.bot.handoff.defaultQueue;
        if (queue) startHandoff(turn, { queue, reason: prompt.reason });
        else turn.message('error');
      } else if (turn.frame) {
        turn.setFrame({ ...turn.frame, attempts: 0 });
        resume(turn);
      } else {
        turn.message('help', { quickReplies: helpReplies(turn.bot) });
      }
      return true;
    }
    case 'anythingElse':
      if (!yes && !no) return false;
      turn.setPrompt(undefined);
      if (yes) turn.message('help', { quickReplies: helpReplies(turn.bot) });
      else askRating(turn);
      return true;
    case 'satisfaction': {
      const score = rating(text, payload, botLanguage(turn.bot));
      if (score === undefined) return false;
      turn.setPrompt(undefined);
      turn.event('satisfaction', { score });
      turn.message('goodbye');
      turn.state.status = 'ended';
      turn.effects.push({ type: 'end' });
      return true;
    }
    case 'didYouMean':
      return false;
    case 'confirmSwitch':
      if (!yes && !no) return false;
      turn.setPrompt(undefined);
      if (yes && turn.bot.flows[prompt.flow]) switchToFlow(turn, prompt.flow, prompt.intent, prompt.entities);
      else carryOn(turn, prompt.entities);
      return true;
    case 'confirmResume': {
      if (!yes && !no) return false;
      turn.setPrompt(undefined);
      if (yes) {
        resume(turn);
        return true;
      }
      const title = turn.flow?.title;
      const ended = turn.state.stack[turn.state.stack.length - 1]?.flow ?? '';
      dropFlow(turn);
      if (title !== undefined) turn.message('dropped', { values: { flow: title } });
      afterInterruption(turn, ended);
      return true;
    }
    case 'confirmCancel': {
      // Saying cancel again is a yes.
      const again = decision.kind === 'confident' && decision.intent === turn.bot.globals.cancel;
      if (!yes && !no && !again) return false;
      turn.setPrompt(undefined);
      if (no) carryOn(turn);
      else cancelFlow(turn);
      return true;
    }
  }
}

/**
 * The customer declined to switch or to stop: the pending question again, unless the declined request
 * held a value of the kind it asks for ("I can't make my class tomorrow" when asked for a day): that answers it.
 */
function carryOn(turn: Turn, entities: readonly EntityMatch[] = []): void {
  turn.message('carryOn');
  if (!answerWithValue(turn, entities)) reask(turn);
}

/**
 * Stops the active flow, forgetting what its own slots held. A flow it interrupted then comes back as
 * its `resume` says; with none, a pending offline handoff is dropped too.
 */
export function cancelFlow(turn: Turn): void {
  const stopped = turn.flow;
  if (stopped) dropFlow(turn);
  if (stopped && turn.frame) {
    turn.message('stopped', { values: { flow: stopped.title } });
    afterInterruption(turn, stopped.name);
    return;
  }
  const active = stopped !== undefined || turn.state.offline !== undefined;
  turn.state.offline = undefined;
  turn.message('cancelled', { quickReplies: active ? helpReplies(turn.bot) : undefined });
}

export function offerHuman(turn: Turn, reason: string): void {
  turn.message('offerHuman', { quickReplies: yesNo(turn) });
  turn.setPrompt({ kind: 'offerHuman', reason });
}

export function askRating(turn: Turn): void {
  const quickReplies = [1, 2, 3, 4, 5].map((n) => ({ title: String(n), payload: `csat:${n}` }));
  turn.message('satisfaction', { quickReplies });
  turn.setPrompt({ kind: 'satisfaction' });
}

/** A rating typed as a figure ("4", "4/5", "4 out of 5") or a number word of the bot's language ("four", "cuatro"). */
const ratingPattern = (language: Language): RegExp =>
  new RegExp(`^\\s*(?:([1-5])(?:\\s*(?:\\/|${language.rating.outOf})\\s*5)?|(${language.rating.numbers.join('|')}))(?![\\p{L}\\p{N}])[\\s.!]*$`, 'iu');
const ratingPatterns = new Map<Language, RegExp>();

function rating(text: string, payload: string | undefined, language: Language): number | undefined {
  const fromPayload = /^csat:([1-5])$/.exec(payload ?? '');
  if (fromPayload) return Number(fromPayload[1]);
  let pattern = ratingPatterns.get(language);
  if (!pattern) ratingPatterns.set(language, (pattern = ratingPattern(language)));
  const m = pattern.exec(text);
  if (!m) return undefined;
  return m[1] !== undefined ? Number(m[1]) : language.rating.numbers.indexOf(m[2]!.toLowerCase()) + 1;
}
