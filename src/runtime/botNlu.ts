// The runtime's view of a bot's NLU: a message in, what it means out (see engine/understanding).
import type { Understanding } from '../engine/understanding';

export interface BotNlu {
  understand(text: string, now: Date): Understanding;
}
