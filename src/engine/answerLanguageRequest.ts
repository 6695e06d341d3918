// Answers a customer who asks for a language (see languageRequest.ts). The step has already switched
// the conversation to a language the bot serves (the customer's choice, which sticks): confirm it in
// that language and ask the pending question again in it. A language the bot does not serve, or "which
// languages?", gets the languages it speaks, as a menu of buttons that switch (`language:xx`). A
// one-language bot answers only requests for another language (it speaks only its own), and otherwise
// goes on exactly as before.
import { languageList, languageName, ownName } from '../language/languageNames';
import { askAnythingElse, reask } from './advance';
import { askRating } from './answerPrompt';
import type { QuickReply } from './effects';
import { languagePayload, type LanguageRequest } from './languageRequest';
import type { Turn } from './turn';

/** Whether the bot answers the request as one: a one-language bot asked for its own language goes on as before. */
export function answersLanguageRequest(turn: Turn, request: LanguageRequest): boolean {
  const languages = turn.bot.languages;
  return !(languages.length === 1 && request.kind === 'language' && request.language === languages[0]);
}

export function answerLanguageRequest(turn: Turn, request: LanguageRequest): void {
  const languages = turn.bot.languages;
  const current = turn.state.language ?? languages[0]!;
  const spoken = { languages: languageList(languages, current) };
  const menu: QuickReply[] = languages.length > 1 ? languages.map((code) => ({ title: ownName(code), payload: languagePayload(code) })) : [];
  if (request.kind === 'which') {
    turn.message('languagesSpoken', { values: spoken, quickReplies: menu });
  } else if (!languages.includes(request.language)) {
    turn.message('languageNotSpoken', { values: { ...spoken, language: languageName(request.language, current) }, quickReplies: menu });
  } else {
    turn.message('languageSwitched', { values: { language: languageName(current, current) } });
    // The pending question, in the new language: a flow's, or the bot's own "anything else?" or rating;
    // another prompt (a choice between two intents, a confirmation) stays pending as it was.
    if (turn.frame && turn.state.prompt === undefined) reask(turn);
    else if (turn.state.prompt?.kind === 'anythingElse') askAnythingElse(turn);
    else if (turn.state.prompt?.kind === 'satisfaction') askRating(turn);
    return;
  }
  if (turn.frame?.waiting && turn.state.prompt === undefined && menu.length === 0) reask(turn);
}
