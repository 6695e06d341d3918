// The runtime's view of a bot's NLU: a message in, what it means out (see engine/understanding).
import type { Understanding } from '../engine/understanding';

export interface BotNlu {
  /** What `text` means, understood in `language` (a code of the bot's languages; default: its main one). */
  understand(text: string, now: Date, language?: string): Understanding;
}
