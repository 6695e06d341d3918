// The languages Baton understands and answers in, and what each one uses: its contractions and
// elisions, natural's stemmer and stop words, natural's sentiment vocabulary and chrono-node's date
// parser. A manifest's `locale` picks one (`es` or `es-ES`); functions take the Language, so a later
// conversation can carry its own.
import * as chrono from 'chrono-node';
import { expandContractions } from '../nlu/expandContractions';
import { foldAccents } from './foldAccents';
import { GERMAN_STOP_WORDS } from './germanStopWords';
import type { Language } from './language';
import { wordRewriter } from './wordRewriter';

type Stemmer = { stem(word: string): string };

const ASCII_WORD = /^[a-z]+$/;
const LETTERS = /^\p{L}+$/u;

/** A stemmer of the words `only` matches (longer than two letters), natural's module loaded on first use (each reads its own word lists). */
function lazyStemmer(load: () => Stemmer, only: RegExp): (word: string) => string {
  let stemmer: Stemmer | undefined;
  return (word) => {
    if (word.length <= 2 || !only.test(word)) return word;
    stemmer ??= load();
    return stemmer.stem(word);
  };
}

/** A stop-word test over `words`, folded as normalised words are; read on first use. */
function stopWords(load: () => readonly string[]): (word: string) => boolean {
  let set: ReadonlySet<string> | undefined;
  return (word) => (set ??= new Set(load().map(foldAccents))).has(word);
}

const natural = (file: string) => () => (require(`natural/lib/natural/util/${file}`) as { words: string[] }).words;
const stemmer = (file: string) => () => require(`natural/lib/natural/stemmers/${file}`) as Stemmer;
const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));

/**
 * Infinitives with attached pronouns: "devolverlo", "cambiarme", "enviármelo". Only after three letters
 * or more, so that nouns such as "charla" and "perla" keep their ending.
 */
const SPANISH_CLITICS = ['melo', 'mela', 'selo', 'sela', 'los', 'las', 'les', 'nos', 'me', 'te', 'se', 'lo', 'la', 'le']
  .flatMap((pronoun) => ['a', 'e', 'i', 'á', 'é', 'í'].map((vowel) => [`${vowel}r${pronoun}`, 2] as const))
  .sort((a, b) => b[0].length - a[0].length);

const ENGLISH: Language = {
  code: 'en',
  name: 'English',
  expand: expandContractions,
  stem: lazyStemmer(stemmer('porter_stemmer'), ASCII_WORD),
  isStopWord: stopWords(natural('stopwords')),
  yesNoWords: set('yes no yeah yep yup nope nah sure ok okay y n'),
  meaningful: set('what where when why how which who whom whose no not nor all'),
  sentiment: { name: 'English', type: 'afinn' },
  dates: () => chrono.en.casual,
  weekFixed: ['next', 'last', 'this', 'coming', 'past', 'previous'],
  phrases: { about: 'about', lessThanAMinute: 'less than a minute', at: 'at', ourSystems: 'our systems', yes: 'Yes', no: 'No', theAgent: 'The agent' },
  rating: { numbers: ['one', 'two', 'three', 'four', 'five'], outOf: 'out of' },
  corrections: {
    openers: ['no', 'nope', 'nah', 'sorry', 'oops', 'wait', 'correction'],
    leading: ['no', 'nope', 'sorry', 'oops'].flatMap((opener) => ["it's", 'it is', 'i meant', 'i mean', 'make', 'change', 'actually'].map((cue) => `${opener} ${cue}`)),
    anywhere: ['actually', 'instead', 'i meant', 'i mean', 'make it', 'make that', 'change it', 'change that', 'should be', 'should have been', 'not … but'],
  },
  englishWords: true,
};

const SPANISH: Language = {
  code: 'es',
  name: 'Spanish',
  expand: wordRewriter({
    words: { del: 'de el', al: 'a el', dame: 'da me', dime: 'di me', damelo: 'da me lo', dimelo: 'di me lo', ayudame: 'ayuda me', ayúdame: 'ayuda me', llamame: 'llama me', llámame: 'llama me', mandame: 'manda me', mándame: 'manda me', enviame: 'envia me', envíame: 'envia me', dámelo: 'da me lo', dímelo: 'di me lo' },
    clitics: SPANISH_CLITICS,
  }),
  stem: lazyStemmer(stemmer('porter_stemmer_es'), LETTERS),
  isStopWord: stopWords(natural('stopwords_es')),
  yesNoWords: set('si no vale claro ok okey sip nop'),
  meaningful: set('que donde cuando por como cual quien no ni'),
  sentiment: { name: 'Spanish', type: 'afinn' },
  dates: () => chrono.es.casual,
  weekFixed: ['próximo', 'próxima', 'siguiente', 'pasado', 'pasada', 'último', 'última', 'este', 'esta', 'que viene'],
  phrases: { about: 'unos', lessThanAMinute: 'menos de un minuto', at: 'a las', ourSystems: 'nuestros sistemas', yes: 'Sí', no: 'No', theAgent: 'Un agente' },
  rating: { numbers: ['uno', 'dos', 'tres', 'cuatro', 'cinco'], outOf: 'de' },
  corrections: {
    openers: ['no', 'perdon', 'perdona', 'uy', 'ups', 'espera', 'correccion'],
    leading: ['no es', 'no era', 'perdon es', 'perdon quise decir', 'perdona quise decir', 'no mejor', 'mejor', 'quise decir'],
    anywhere: ['en realidad', 'quise decir', 'quiero decir', 'mas bien', 'en vez de', 'en lugar de', 'no … sino'],
  },
  englishWords: false,
};

const FRENCH_ELISIONS = { l: 'le', d: 'de', j: 'je', m: 'me', t: 'te', s: 'se', c: 'ce', n: 'ne', qu: 'que', jusqu: 'jusque', lorsqu: 'lorsque', puisqu: 'puisque' };

const FRENCH: Language = {
  code: 'fr',
  name: 'French',
  expand: wordRewriter({ words: { au: 'a le', aux: 'a les', du: 'de le' }, elisions: FRENCH_ELISIONS }),
  stem: lazyStemmer(stemmer('porter_stemmer_fr'), LETTERS),
  isStopWord: stopWords(natural('stopwords_fr')),
  yesNoWords: set('oui non ouais ouai nan ok'),
  meaningful: set('que quoi ou quand pourquoi comment quel quelle qui ne pas non'),
  sentiment: { name: 'French', type: 'pattern' },
  dates: () => chrono.fr.casual,
  weekFixed: ['prochain', 'prochaine', 'dernier', 'dernière', 'passé', 'passée', 'ce', 'cette', 'qui vient'],
  phrases: { about: 'environ', lessThanAMinute: "moins d'une minute", at: 'à', ourSystems: 'nos systèmes', yes: 'Oui', no: 'Non', theAgent: 'Un conseiller' },
  rating: { numbers: ['un', 'deux', 'trois', 'quatre', 'cinq'], outOf: 'sur' },
  corrections: {
    openers: ['non', 'pardon', 'desole', 'oups', 'attends', 'correction'],
    leading: ["non c'est", "non c'etait", "pardon c'est", 'pardon je voulais dire', 'plutot'],
    anywhere: ['en fait', 'je voulais dire', 'je veux dire', 'plutot', 'au lieu de', 'pas … mais'],
  },
  englishWords: false,
};

const GERMAN: Language = {
  code: 'de',
  name: 'German',
  expand: wordRewriter({
    words: { zum: 'zu dem', zur: 'zu der', im: 'in dem', ins: 'in das', am: 'an dem', ans: 'an das', beim: 'bei dem', vom: 'von dem', aufs: 'auf das', "gibt's": 'gibt es', "geht's": 'geht es', "wie's": 'wie es' },
  }),
  stem: lazyStemmer(stemmer('porter_stemmer_de'), LETTERS),
  isStopWord: stopWords(() => GERMAN_STOP_WORDS),
  yesNoWords: set('ja nein jo jap ne nee no klar ok okay'),
  meaningful: set('was wo wann wie warum wer welche welcher nicht kein keine nein'),
  sentiment: { name: 'German', type: 'pattern' },
  dates: () => chrono.de.casual,
  weekFixed: ['nächsten', 'nächster', 'nächste', 'kommenden', 'kommender', 'kommende', 'letzten', 'letzter', 'letzte', 'vergangenen', 'vergangener', 'diesen', 'dieser', 'diese'],
  phrases: { about: 'etwa', lessThanAMinute: 'weniger als eine Minute', at: 'um', ourSystems: 'unsere Systeme', yes: 'Ja', no: 'Nein', theAgent: 'Ein Mitarbeiter' },
  rating: { numbers: ['eins', 'zwei', 'drei', 'vier', 'fünf'], outOf: 'von' },
  corrections: {
    openers: ['nein', 'nee', 'sorry', 'entschuldigung', 'ups', 'oops', 'moment', 'warte', 'korrektur'],
    leading: ['nein es ist', 'nein es war', 'sorry ich meinte', 'entschuldigung ich meinte', 'ich meinte', 'doch', 'lieber'],
    anywhere: ['eigentlich', 'ich meinte', 'ich meine', 'stattdessen', 'nicht … sondern'],
  },
  englishWords: false,
};

const ITALIAN: Language = {
  code: 'it',
  name: 'Italian',
  expand: wordRewriter({
    elisions: { l: 'lo', un: 'una', dell: 'della', all: 'alla', dall: 'dalla', nell: 'nella', sull: 'sulla', c: 'ci', d: 'di', po: 'poco', quest: 'questo', quell: 'quello', dov: 'dove', com: 'come' },
  }),
  stem: lazyStemmer(stemmer('porter_stemmer_it'), LETTERS),
  isStopWord: stopWords(natural('stopwords_it')),
  yesNoWords: set('si no certo ok'),
  meaningful: set('che cosa dove quando perche come quale chi non no'),
  sentiment: { name: 'Italian', type: 'pattern' },
  dates: () => chrono.it.casual,
  weekFixed: ['prossimo', 'prossima', 'scorso', 'scorsa', 'questo', 'questa'],
  phrases: { about: 'circa', lessThanAMinute: 'meno di un minuto', at: 'alle', ourSystems: 'i nostri sistemi', yes: 'Sì', no: 'No', theAgent: 'Un operatore' },
  rating: { numbers: ['uno', 'due', 'tre', 'quattro', 'cinque'], outOf: 'su' },
  corrections: {
    openers: ['no', 'scusa', 'scusi', 'ops', 'aspetta', 'correzione'],
    leading: ['no e', 'scusa volevo dire', 'anzi'],
    anywhere: ['in realta', 'volevo dire', 'intendevo', 'piuttosto', 'invece', 'non … ma'],
  },
  englishWords: false,
};

const PORTUGUESE: Language = {
  code: 'pt',
  name: 'Portuguese',
  expand: wordRewriter({ words: { do: 'de o', da: 'de a', dos: 'de os', das: 'de as', no: 'em o', na: 'em a', nos: 'em os', nas: 'em as', ao: 'a o', aos: 'a os', pelo: 'por o', pela: 'por a' } }),
  stem: lazyStemmer(stemmer('porter_stemmer_pt'), LETTERS),
  isStopWord: stopWords(natural('stopwords_pt')),
  yesNoWords: set('sim nao claro ok'),
  meaningful: set('que onde quando porque como qual quem nao nem'),
  sentiment: { name: 'Portuguese', type: 'afinn' },
  dates: () => chrono.pt.casual,
  weekFixed: ['próximo', 'próxima', 'passado', 'passada', 'último', 'última', 'este', 'esta', 'que vem'],
  phrases: { about: 'cerca de', lessThanAMinute: 'menos de um minuto', at: 'às', ourSystems: 'os nossos sistemas', yes: 'Sim', no: 'Não', theAgent: 'Um atendente' },
  rating: { numbers: ['um', 'dois', 'três', 'quatro', 'cinco'], outOf: 'de' },
  corrections: {
    openers: ['nao', 'desculpa', 'desculpe', 'ops', 'espera', 'correcao'],
    leading: ['nao e', 'desculpa quis dizer', 'alias'],
    anywhere: ['na verdade', 'quis dizer', 'queria dizer', 'em vez de', 'ao inves de', 'nao … mas'],
  },
  englishWords: false,
};

const DUTCH: Language = {
  code: 'nl',
  name: 'Dutch',
  expand: wordRewriter({ words: { "m'n": 'mijn', "z'n": 'zijn', "d'r": 'haar', "'t": 'het', "'s": 'des' } }),
  stem: lazyStemmer(stemmer('porter_stemmer_nl'), LETTERS),
  isStopWord: stopWords(natural('stopwords_nl')),
  yesNoWords: set('ja nee jawel ok oke'),
  meaningful: set('wat waar wanneer waarom hoe welke wie niet geen nee'),
  sentiment: { name: 'Dutch', type: 'pattern' },
  dates: () => chrono.nl.casual,
  weekFixed: ['volgende', 'vorige', 'afgelopen', 'komende', 'deze'],
  phrases: { about: 'ongeveer', lessThanAMinute: 'minder dan een minuut', at: 'om', ourSystems: 'onze systemen', yes: 'Ja', no: 'Nee', theAgent: 'Een medewerker' },
  rating: { numbers: ['een', 'twee', 'drie', 'vier', 'vijf'], outOf: 'van' },
  corrections: {
    openers: ['nee', 'sorry', 'oeps', 'wacht', 'correctie'],
    leading: ['nee het is', 'sorry ik bedoelde', 'liever'],
    anywhere: ['eigenlijk', 'ik bedoel', 'ik bedoelde', 'in plaats van', 'niet … maar'],
  },
  englishWords: false,
};

/** Every supported language by its code. */
export const LANGUAGES: Readonly<Record<string, Language>> = Object.freeze({
  en: ENGLISH, es: SPANISH, de: GERMAN, fr: FRENCH, it: ITALIAN, pt: PORTUGUESE, nl: DUTCH,
});

export { ENGLISH };
