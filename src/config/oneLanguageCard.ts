// A state's card as the linker reads it: localiseData has already picked one language of each of its
// texts (title, subtitle, body, link buttons), so here they are plain strings.
import type { CompiledCard } from './compiledBot';
import type { Card } from './formats.generated';
import { oneLanguage } from './oneLanguage';

export function oneLanguageCard(card: Card): CompiledCard {
  return {
    title: oneLanguage(card.title),
    ...(card.subtitle !== undefined ? { subtitle: oneLanguage(card.subtitle) } : {}),
    ...(card.text !== undefined ? { text: oneLanguage(card.text) } : {}),
    ...(card.image !== undefined ? { image: card.image } : {}),
    ...(card.links !== undefined ? { links: card.links.map((link) => ({ title: oneLanguage(link.title), url: link.url })) } : {}),
  };
}
