// German function words, normalised (lower case, accents folded): natural ships no German list, and
// stopwords-iso's counts words that carry meaning in support chat ("besser", "dank", "beispiel").
export const GERMAN_STOP_WORDS: readonly string[] = [
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines',
  'ich', 'du', 'er', 'sie', 'es', 'wir', 'ihr', 'mich', 'mir', 'dich', 'dir', 'sich', 'uns', 'euch', 'ihn', 'ihm', 'ihnen',
  'mein', 'meine', 'meinen', 'meinem', 'meiner', 'dein', 'deine', 'sein', 'seine', 'unser', 'unsere', 'ihre', 'ihren',
  'und', 'oder', 'aber', 'dass', 'wenn', 'als', 'auch', 'noch', 'schon', 'doch', 'ja', 'mal', 'so', 'nur', 'sehr',
  'in', 'im', 'an', 'am', 'auf', 'aus', 'bei', 'beim', 'mit', 'nach', 'von', 'vom', 'zu', 'zum', 'zur', 'fur', 'uber', 'um', 'bis',
  'bin', 'bist', 'ist', 'sind', 'seid', 'war', 'waren', 'habe', 'hast', 'hat', 'haben', 'hatte', 'wird', 'werden', 'wurde',
  'kann', 'konnen', 'mochte', 'will', 'muss', 'soll', 'bitte', 'hallo', 'denn', 'da', 'hier', 'dort',
  'was', 'wo', 'wann', 'wie', 'warum', 'wer', 'welche', 'welcher', 'nicht', 'kein', 'keine', 'nein',
];
