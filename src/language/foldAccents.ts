// Accent folding: "dirección" and "direccion" are one word for understanding (texts shown keep theirs).

const COMBINING_ACCENTS = /[\u0300-\u036f]/g;

/** `text` without its accents and other combining marks ("dirección" -> "direccion", "ü" -> "u"). */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(COMBINING_ACCENTS, '').normalize('NFC');
}
