// The bot's own words for situations no flow describes; a manifest's `messages` overrides them.
import type { MessageKey, Variations } from './compiledBot';

export const DEFAULT_MESSAGES: Readonly<Record<MessageKey, Variations>> = {
  fallback: ["Sorry, I didn't get that. Could you say it another way?", "I'm not sure I understood. Could you put it differently?"],
  didYouMean: ['Did you mean one of these?'],
  offerHuman: ["I'm having trouble helping with this. Would you like to talk to a person?"],
  resume: ['Back to {{flow}}:'],
  cancelled: ['OK, I stopped that. What else can I help you with?'],
  help: ['I can help with the things listed below, or put you through to a person. What would you like to do?'],
  faqFollowUp: ['Did that answer your question?'],
  tooLong: ["That's a long message: I read the beginning of it."],
  error: ['Sorry, something went wrong on my side. I can put you through to a person.'],
  anythingElse: ['Is there anything else I can help you with?'],
  satisfaction: ['Before you go: how would you rate this conversation, from 1 (poor) to 5 (great)?'],
  goodbye: ['Thank you, and have a good day!'],
  handedBack: ["I'm back: thanks for your patience."],
  restarted: ["I've been updated since we last spoke, so let's start again. What can I help you with?"],
  stillThere: ['Are you still there?'],
  corrected: ['Got it: {{value}}.'],
  confirmSlot: ['Just to check: {{value}}. Is that right?'],
  leftQueue: ["OK, you've left the queue. What can I help you with?"],
  queuePosition: ["You're number {{position}} in the queue; the wait is about {{minutes}} minutes. Anything you write now goes to the agent."],
  queueNoEstimate: ["You're number {{position}} in the queue. Anything you write now goes to the agent."],
  welcomeBack: ['Welcome back! Last time ({{when}}, on {{channel}}) we talked about: {{summary}}.'],
};
