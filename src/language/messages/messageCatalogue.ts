// The shape of a language's built-in messages: Baton's own words for situations no flow describes.
import type { MessageKey, Variations } from '../../config/compiledBot';

/** A translation of the built-in messages; a message it lacks is said in English (with a load-time warning). */
export type MessageCatalogue = Readonly<Partial<Record<MessageKey, Variations>>>;
