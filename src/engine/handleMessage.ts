// A customer message: answer the bot's or the flow's pending question, or handle global intents,
// FAQ questions and new requests (interrupting a flow, which then resumes), or recover from not
// understanding.
import { hasOwnEntry } from '../config/ownEntry';
import type { EntityMatch } from '../nlu/entities/entitySpec';
import { askAnythingElse, reask, resume, startFlow, yesNo } from './advance';
import { answerLanguageRequest, answersLanguageRequest } from './answerLanguageRequest';
import type { LanguageRequest } from './languageRequest';
import { answerPrompt, askRating, cancelFlow, offerHuman } from './answerPrompt';
import { answerWaiting, holdsAskedValue, invalid, takesFreeText, valueInAnotherRequest } from './answerWaiting';
import { decideIntent, type Decision } from './decideIntent';
import { helpReplies } from './helpReplies';
import { normaliseChoice } from './normaliseChoice';
import type { Input } from './input';
import { absorbEntities } from './slotFilling';
import { startHandoff } from './startHandoff';
import { requestFlow } from './switchFlow';
import type { Turn } from './turn';

type MessageInput = Extract<Input, { type: 'message' }>;

/** "How long?", "am I still in the queue?": a waiting customer asking where they stand. */
const WAIT_QUESTION = /\b(how long|how much longer|wait(ing)?|queue|position|any(one|body) (there|coming))\b/i;

/** `request`: the message asks for a language ("¿hablas español?", a `language:es` button); the step has switched to it when the bot serves it. */
export function handleMessage(turn: Turn, input: MessageInput, request?: LanguageRequest): void {
  const { bot, state } = turn;
  const text = input.text;
  const payload = input.payload;
  const u = input.understanding;
  // A request for a language is answered as such: the classifier's reading of "Spanish please" is no intent.
  const answered = request !== undefined && state.status !== 'handoff' && answersLanguageRequest(turn, request);
  const decision: Decision = answered ? { kind: 'unsure' } : (payloadDecision(turn, payload) ?? decideIntent(bot, u));
  const shown = decision.kind === 'confident' ? decision : undefined;
  const attachments = input.attachments?.length ? { attachments: input.attachments } : {};
  if (!input.replayed) turn.record({ at: turn.at, from: 'customer', text: text || (payload ?? ''), ...attachments, ...(shown ? { intent: shown.intent, confidence: round(shown.confidence) } : {}) });
  if (shown) turn.history.intents = [...turn.history.intents, { name: shown.intent, confidence: round(shown.confidence), at: turn.at }];
  if (text.trim() !== '') turn.history.sentiments = [...turn.history.sentiments, u.sentiment];
  if (decision.kind === 'confident') turn.event('intent', { intent: decision.intent, confidence: round(decision.confidence) });

  if (state.status === 'handoff') {
    if (decision.kind === 'confident' && decision.intent === bot.globals.cancel) {
      state.status = 'bot';
      state.handoff = undefined;
      turn.effects.push({ type: 'leaveQueue' });
      turn.message('leftQueue', { quickReplies: helpReplies(bot) });
      return;
    }
    turn.effects.push({ type: 'forward', text: text || (payload ?? ''), ...attachments });
    if (WAIT_QUESTION.test(text)) turn.effects.push({ type: 'queueStatus' });
    return;
  }
  if (state.status === 'ended') state.status = 'bot';
  if (answered) {
    answerLanguageRequest(turn, request!);
    return;
  }
  if (text.trim() === '' && (payload === undefined || payload.trim() === '')) {
    // A file with no words: thank the customer for it (it is in the transcript an agent will see), then carry on.
    if (input.attachments?.length) turn.message('attachmentReceived');
    if (turn.frame) reask(turn);
    else if (input.attachments?.length) return;
    else turn.message('fallback');
    return;
  }
  if (u.truncated) turn.message('tooLong');

  if (answerPrompt(turn, text, payload, decision)) return;
  turn.setPrompt(undefined);
  // A free-text question takes the customer's words as they are; only its escapes (a person, cancel) get through.
  if (takesFreeText(turn, text, payload, decision) && answerWaiting(turn, text, payload, u, decision)) return;
  // A button of the pending question (pressed or typed) wins over global intents: "Yes, cancel it"; so
  // does a value of the kind asked for ("Friday 4 December" when asked for a day, whatever else it sounds
  // like), unless the message confidently asks for another flow: that goes through the flow's interrupt policy.
  const pressed = turn.frame?.waiting !== undefined && (answersButton(turn, text, payload) || (holdsAskedValue(turn, u) && !valueInAnotherRequest(turn, text, u, decision)));
  if (pressed && answerWaiting(turn, text, payload, u, decision)) return;
  if (decision.kind === 'confident' && handleGlobal(turn, decision.intent)) return;
  if (!pressed && turn.frame?.waiting && answerWaiting(turn, text, payload, u, decision)) return;
  if (payload !== undefined && text.trim() === '' && decision.kind !== 'confident') {
    // A button from an earlier question, or one we never sent: say so and ask what is pending.
    turn.message('fallback');
    if (turn.frame) reask(turn);
    return;
  }

  if (decision.kind === 'confident') {
    state.misunderstandings = 0;
    const intent = decision.intent;
    if (bot.faq[intent]) {
      answerFaq(turn, intent);
      return;
    }
    const flow = bot.triggers[intent];
    if (flow !== undefined) {
      if (turn.frame?.flow === flow) {
        // Asked again with details, they replace what is held; with none, it is no answer to the question.
        if (absorbEntities(turn, u.entities, new Set<EntityMatch>(), { restated: true }).length > 0 || !turn.frame.waiting) reask(turn);
        else invalid(turn, text);
        return;
      }
      requestFlow(turn, flow, intent, text, u.entities);
      return;
    }
  }
  if (decision.kind === 'ambiguous') {
    const [a, b] = decision.options;
    const title = (name: string): string => bot.intents[name]?.title ?? bot.faq[name]?.title ?? name;
    turn.event('did_you_mean', { first: a, second: b });
    turn.message('didYouMean', { quickReplies: [{ title: title(a), payload: `intent:${a}` }, { title: title(b), payload: `intent:${b}` }] });
    turn.setPrompt({ kind: 'didYouMean', options: [a, b] });
    return;
  }
  if (turn.frame?.waiting) {
    invalid(turn, text);
    return;
  }
  misunderstood(turn, text);
}

function answersButton(turn: Turn, text: string, payload: string | undefined): boolean {
  if (payload !== undefined && /^(choice|slot):/.test(payload)) return true;
  const state = turn.current;
  const typed = normaliseChoice(text);
  if (state?.kind === 'ask') return state.choices.some((c) => [c.title, ...c.synonyms].some((t) => normaliseChoice(t) === typed));
  const waiting = turn.frame?.waiting;
  const choices = waiting?.kind === 'slot' ? turn.slotDef(waiting.slot)?.choices : undefined;
  return choices !== undefined && Object.entries(choices).some(([value, synonyms]) => [value, ...synonyms].some((t) => normaliseChoice(t) === typed));
}

function answerFaq(turn: Turn, name: string): void {
  const faq = turn.bot.faq[name]!;
  turn.say(faq.answer, `faq.${name}`);
  turn.history.faqShown = [...turn.history.faqShown, name];
  turn.event('faq_shown', { faq: name, midFlow: turn.frame !== undefined });
  if (turn.frame) {
    resume(turn);
    return;
  }
  if (faq.followUp) {
    turn.message('faqFollowUp', { quickReplies: yesNo(turn) });
    turn.setPrompt({ kind: 'faqFollowUp', faq: name });
  } else if (faq.anythingElse ?? turn.bot.conversation.anythingElse) {
    askAnythingElse(turn);
  }
}

function handleGlobal(turn: Turn, intent: string): boolean {
  const { bot } = turn;
  const g = bot.globals;
  if (intent === g.cancel) {
    const flow = turn.flow;
    if (flow?.confirmCancel) {
      turn.message('confirmCancel', { values: { flow: flow.title }, quickReplies: yesNo(turn) });
      turn.setPrompt({ kind: 'confirmCancel' });
      return true;
    }
    cancelFlow(turn);
    return true;
  }
  if (intent === g.restart) {
    turn.state.stack = [];
    turn.state.offline = undefined;
    turn.forgetAllSlots();
    turn.state.misunderstandings = 0;
    startFlow(turn, bot.start);
    return true;
  }
  if (intent === g.help && bot.triggers[intent] === undefined) {
    turn.message('help', { quickReplies: helpReplies(bot) });
    if (turn.frame) reask(turn);
    return true;
  }
  if (intent === g.goodbye && bot.triggers[intent] === undefined) {
    turn.state.stack = [];
    turn.state.offline = undefined;
    askRating(turn);
    return true;
  }
  // A greeting that starts the welcome, once the welcome was shown, is answered briefly: the whole
  // welcome again (or "Switch to the welcome?" mid-flow) says nothing new.
  const welcomed = bot.triggers[intent] === bot.start && turn.history.flows.includes(bot.start);
  if (intent === g.greet && (bot.triggers[intent] === undefined || welcomed)) {
    turn.message('hello', { quickReplies: helpReplies(bot) });
    if (turn.frame) reask(turn);
    return true;
  }
  if (intent === g.thanks && bot.triggers[intent] === undefined) {
    turn.message('youreWelcome');
    if (turn.frame) reask(turn);
    else if (bot.conversation.anythingElse) askAnythingElse(turn);
    return true;
  }
  if (intent === g.human && bot.triggers[intent] === undefined) {
    const queue = bot.handoff.defaultQueue;
    if (queue) startHandoff(turn, { queue, reason: 'customer_asked' });
    else turn.message('error');
    return true;
  }
  return false;
}

function misunderstood(turn: Turn, text: string): void {
  const state = turn.state;
  state.misunderstandings += 1;
  turn.history.misunderstood += 1;
  turn.event('fallback', { text: text.slice(0, 200), inARow: state.misunderstandings });
  if (state.misunderstandings >= turn.bot.nlu.misunderstandings && turn.bot.handoff.defaultQueue) {
    state.misunderstandings = 0;
    offerHuman(turn, 'not_understood');
    return;
  }
  turn.message('fallback', { quickReplies: helpReplies(turn.bot) });
}

/** Buttons that name an intent or answer yes/no decide the intent without the classifier; `intent:constructor` names none. */
function payloadDecision(turn: Turn, payload: string | undefined): Decision | undefined {
  if (payload === undefined) return undefined;
  const named = /^intent:([a-z][a-z0-9_]*)$/.exec(payload);
  if (named && (hasOwnEntry(turn.bot.intents, named[1]!) || hasOwnEntry(turn.bot.faq, named[1]!))) return { kind: 'confident', intent: named[1]!, confidence: 1 };
  const g = turn.bot.globals;
  if (payload === 'yes' && g.affirm) return { kind: 'confident', intent: g.affirm, confidence: 1 };
  if (payload === 'no' && g.deny) return { kind: 'confident', intent: g.deny, confidence: 1 };
  return undefined;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
