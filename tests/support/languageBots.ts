// Small shop bots in Spanish, German, French, Italian, Portuguese and Dutch for the language tests: the same three intents, a
// return flow that asks for a date and confirms it with a yes or no, and an FAQ entry.
import type { CompiledBot } from '../../src/config/compiledBot';
import { BASE_FILES, makeFixture } from './botFixture';

export type ShopLanguage = 'es' | 'de' | 'fr' | 'it' | 'pt' | 'nl';

interface Words {
  readonly returnItem: readonly string[];
  readonly changeAddress: readonly string[];
  readonly orderStatus: readonly string[];
  readonly faq: readonly string[];
  readonly answer: string;
  readonly askDate: string;
  readonly confirm: string;
  readonly done: string;
  readonly kept: string;
  readonly yes: string;
  readonly no: string;
}

const WORDS: Readonly<Record<ShopLanguage, Words>> = {
  es: {
    returnItem: ['quiero devolver un producto', 'cómo hago una devolución', 'necesito hacer una devolución', 'devolver el artículo que compré', 'quiero que me devuelvan el dinero'],
    changeAddress: ['quiero cambiar la dirección de envío', 'cambiar mi dirección', 'la dirección de entrega está mal', 'actualizar la dirección del pedido'],
    orderStatus: ['dónde está mi pedido', 'cuándo llega mi pedido', 'seguimiento del envío', 'mi paquete no ha llegado todavía'],
    faq: ['cuánto cuesta el envío', 'el envío es gratis', 'precio del envío'],
    answer: 'El envío es gratis a partir de 50 €.',
    askDate: '¿Qué día recibiste el pedido?',
    confirm: 'Lo recibiste el {{received}}. ¿Abro la devolución?',
    done: 'Hecho: te he enviado la etiqueta de devolución.',
    kept: 'De acuerdo, no abro nada.',
    yes: 'Sí',
    no: 'No',
  },
  de: {
    returnItem: ['ich möchte einen artikel zurückgeben', 'wie funktioniert die rücksendung', 'ich will meine bestellung zurückschicken', 'rückgabe eines produkts', 'ich möchte mein geld zurück'],
    changeAddress: ['ich möchte meine lieferadresse ändern', 'adresse ändern', 'die adresse ist falsch', 'neue anschrift für die lieferung'],
    orderStatus: ['wo ist meine bestellung', 'wann kommt mein paket', 'sendungsverfolgung', 'meine bestellung ist noch nicht angekommen'],
    faq: ['was kostet der versand', 'ist der versand kostenlos', 'versandkosten'],
    answer: 'Der Versand ist ab 50 € kostenlos.',
    askDate: 'An welchem Tag hast du die Bestellung erhalten?',
    confirm: 'Erhalten am {{received}}. Soll ich die Rücksendung starten?',
    done: 'Erledigt: Das Rücksendeetikett ist unterwegs.',
    kept: 'OK, ich starte nichts.',
    yes: 'Ja',
    no: 'Nein',
  },
  fr: {
    returnItem: ['je veux retourner un article', 'comment faire un retour', "je voudrais renvoyer ma commande", 'retour d’un produit', 'je veux être remboursé'],
    changeAddress: ["je veux changer l'adresse de livraison", 'modifier mon adresse', "l'adresse est fausse", 'nouvelle adresse pour la livraison'],
    orderStatus: ['où est ma commande', 'quand arrive mon colis', 'suivi de commande', "ma commande n'est pas encore arrivée"],
    faq: ['combien coûte la livraison', 'la livraison est-elle gratuite', 'frais de port'],
    answer: 'La livraison est gratuite dès 50 €.',
    askDate: 'Quel jour avez-vous reçu la commande ?',
    confirm: 'Reçue le {{received}}. Je lance le retour ?',
    done: "C'est fait : l'étiquette de retour est en route.",
    kept: "D'accord, je ne lance rien.",
    yes: 'Oui',
    no: 'Non',
  },
  it: {
    returnItem: ['voglio restituire un articolo', 'come faccio un reso', 'devo rispedire il mio ordine', 'reso di un prodotto', 'voglio essere rimborsato'],
    changeAddress: ["voglio cambiare l'indirizzo di consegna", 'modificare il mio indirizzo', "l'indirizzo è sbagliato", 'nuovo indirizzo per la spedizione'],
    orderStatus: ["dov'è il mio ordine", 'quando arriva il mio pacco', "tracciamento dell'ordine", 'il mio ordine non è ancora arrivato'],
    faq: ['quanto costa la spedizione', 'la spedizione è gratuita', 'costi di spedizione'],
    answer: 'La spedizione è gratuita da 50 €.',
    askDate: "Che giorno hai ricevuto l'ordine?",
    confirm: 'Ricevuto {{received}}. Avvio il reso?',
    done: "Fatto: l'etichetta per il reso è in arrivo.",
    kept: 'Va bene, non avvio niente.',
    yes: 'Sì',
    no: 'No',
  },
  pt: {
    returnItem: ['quero devolver um produto', 'como faço uma devolução', 'preciso devolver a minha encomenda', 'devolução de um artigo', 'quero o meu dinheiro de volta'],
    changeAddress: ['quero mudar o endereço de entrega', 'alterar o meu endereço', 'o endereço está errado', 'novo endereço para a entrega'],
    orderStatus: ['onde está o meu pedido', 'quando chega o meu pacote', 'rastreamento do pedido', 'o meu pedido ainda não chegou'],
    faq: ['quanto custa o frete', 'o frete é grátis', 'custo de envio'],
    answer: 'O envio é grátis a partir de 50 €.',
    askDate: 'Em que dia você recebeu o pedido?',
    confirm: 'Recebido em {{received}}. Abro a devolução?',
    done: 'Pronto: a etiqueta de devolução está a caminho.',
    kept: 'Certo, não abro nada.',
    yes: 'Sim',
    no: 'Não',
  },
  nl: {
    returnItem: ['ik wil een artikel retourneren', 'hoe werkt retourneren', 'ik wil mijn bestelling terugsturen', 'retour van een product', 'ik wil mijn geld terug'],
    changeAddress: ['ik wil mijn bezorgadres wijzigen', 'adres aanpassen', 'het adres klopt niet', 'nieuw adres voor de bezorging'],
    orderStatus: ['waar is mijn bestelling', 'wanneer komt mijn pakket', 'track and trace', 'mijn bestelling is nog niet aangekomen'],
    faq: ['wat kost de verzending', 'is verzenden gratis', 'verzendkosten'],
    answer: 'Verzenden is gratis vanaf € 50.',
    askDate: 'Op welke dag heb je de bestelling ontvangen?',
    confirm: 'Ontvangen op {{received}}. Zal ik de retour starten?',
    done: 'Klaar: het retourlabel is onderweg.',
    kept: 'Oké, ik start niets.',
    yes: 'Ja',
    no: 'Nee',
  },
};

const list = (items: readonly string[]): string => `[${items.map((i) => JSON.stringify(i)).join(', ')}]`;

/** The files of the shop bot in `language`; `manifestExtra` is appended to its manifest. */
export function shopBotFiles(language: ShopLanguage, locale: string = language, manifestExtra = ''): Record<string, string | null> {
  const w = WORDS[language];
  return {
    ...Object.fromEntries(Object.keys(BASE_FILES).map((file) => [file, null])),
    'bots/shop.yaml': `bot: tienda\nname: Shop\nlocale: ${locale}\ntimezone: Europe/Madrid\nintents: [../intents/*.yaml]\nflows: [../flows/*.yaml]\nstart: hello\nhandoff:\n  queues:\n    orders: { hours: "Mon-Sun 00:00-24:00 UTC" }\n${manifestExtra}`,
    'intents/main.yaml': `intents:\n  return_item:\n    examples: ${list(w.returnItem)}\n  change_address:\n    examples: ${list(w.changeAddress)}\n  order_status:\n    examples: ${list(w.orderStatus)}\nfaq:\n  shipping_cost:\n    examples: ${list(w.faq)}\n    answer: ${JSON.stringify(w.answer)}\n`,
    'flows/hello.yaml': 'flow: hello\nstates:\n  start:\n    say: "👋"\n    next: end\n',
    'flows/return.yaml': `flow: return_item\ntrigger: return_item\nslots:\n  received: { entity: date, ask: ${JSON.stringify(w.askDate)} }\nstates:\n  start:\n    collect: [received]\n    next: confirm\n  confirm:\n    ask: ${JSON.stringify(w.confirm)}\n    choices:\n      - { title: ${JSON.stringify(w.yes)}, intent: affirm, next: done }\n      - { title: ${JSON.stringify(w.no)}, intent: deny, next: kept }\n  done:\n    say: ${JSON.stringify(w.done)}\n    next: end\n  kept:\n    say: ${JSON.stringify(w.kept)}\n    next: end\n`,
    'flows/address.yaml': 'flow: change_address\ntrigger: change_address\nstates:\n  start:\n    say: "📦 ✏️"\n    next: end\n',
    'flows/status.yaml': 'flow: order_status\ntrigger: order_status\nstates:\n  start:\n    say: "🚚"\n    next: end\n',
  };
}

/** The shop bot in `language`, compiled (throws with its problems when it does not load). */
export function loadShopBot(language: ShopLanguage, locale: string = language, manifestExtra = ''): CompiledBot {
  const fixture = makeFixture(shopBotFiles(language, locale, manifestExtra));
  try {
    const { bot, problems } = fixture.load({ code: null });
    if (!bot) throw new Error(`the ${language} shop bot does not load: ${problems.map((p) => `${p.code} ${p.message}`).join('; ')}`);
    return bot;
  } finally {
    fixture.remove();
  }
}
