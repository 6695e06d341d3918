/**
 * Very short customer messages (1-3 words, first messages as people type them) in each language, and
 * messages that belong to no language (acknowledgements, names, order numbers, emoji) on which a
 * detector must not choose: the language of a conversation must never flip on "ok".
 */
export const SHORT_MESSAGES: Readonly<Record<string, readonly string[]>> = {
  en: [
    'hello', 'hi there', 'thanks', 'thank you', 'my order', 'where is my order', 'refund please', 'cancel my order',
    'track parcel', 'good morning', 'help', 'talk to a person', 'not yet', 'yes please', 'no thanks', 'wrong size',
    'still waiting', 'is it shipped?', 'late delivery', 'how much?', 'return item', 'change address', 'great, thanks',
    'bye', 'nope', 'sure', 'I need help', 'damaged box', 'when?', 'what time',
  ],
  es: [
    'hola', 'gracias', 'mi pedido', 'dónde está mi pedido', 'vale', 'sí', 'buenos días', 'muchas gracias', 'ayuda',
    'quiero devolverlo', 'reembolso', 'cancelar pedido', 'no llegó', 'hablar con alguien', 'sí, por favor', 'no, gracias',
    'talla equivocada', 'cuánto cuesta', 'envío', 'todavía nada', 'buenas tardes', 'adiós', 'claro', 'mi paquete',
    'está roto', 'cambiar dirección', 'cuándo llega', 'perfecto', 'necesito ayuda', 'qué tal',
  ],
  de: [
    'hallo', 'danke', 'meine bestellung', 'wo ist meine bestellung', 'guten tag', 'danke schön', 'hilfe', 'ja bitte',
    'nein danke', 'rückerstattung', 'bestellung stornieren', 'paket verfolgen', 'noch nicht', 'falsche größe',
    'wie teuer', 'versand', 'tschüss', 'genau', 'mein paket', 'ist kaputt', 'adresse ändern', 'wann kommt es',
    'super, danke', 'ich brauche hilfe', 'mit einem menschen sprechen', 'guten morgen', 'stimmt', 'kein problem',
    'wie lange noch', 'vielen dank',
  ],
  fr: [
    'bonjour', 'merci', 'merci beaucoup', 'ma commande', 'où est ma commande', "s'il vous plaît", 'aide', 'oui merci',
    'non merci', 'remboursement', 'annuler la commande', 'suivre mon colis', 'pas encore', 'mauvaise taille', 'combien',
    'livraison', 'au revoir', "d'accord", 'mon colis', 'cassé', "changer d'adresse", 'quand ça arrive', 'parfait',
    "j'ai besoin d'aide", 'parler à quelqu’un', 'bonsoir', 'bien sûr', 'salut', 'toujours rien', 'c’est quand',
  ],
};

/** Messages in no language in particular: a detector should abstain on them. */
export const NEUTRAL_MESSAGES: readonly string[] = [
  'ok', 'OK!', 'no', 'okay', 'hmm', '12345', '#48213', 'Maria', 'John Smith', '👍', '🙂🙂', '?', 'ok 12345', 'AB-99812',
  'maria.lopez@example.com', '+34 612 345 678', 'iPhone 15', 'Nike Air', 'lol', 'taxi', 'hotel', 'menu', 'pizza', 'ah',
];
