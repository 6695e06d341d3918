// How numbers from zero to 999 are written in words in each language other than English (English has
// its own finder: builtinNumber.ts), as lower-case, accent-free phrases with hyphens read as spaces:
// "veintitres", "treinta y dos", "zweiundzwanzig", "quatre vingt dix", "soixante et onze".

export interface NumberWordTable {
  /** Every written form of each number, phrase -> value. */
  readonly words: ReadonlyMap<string, number>;
  /**
   * Forms that are also another common word: the indefinite article ("un", "una", "ein", "une"), Italian
   * "sei" (you are), French "neuf" (new). A number only when the whole message is the word, or before a currency.
   */
  readonly alsoWords: ReadonlySet<string>;
  /** Words after which "uno" is a pronoun, not a number ("cada uno"). */
  readonly pronounBefore: ReadonlySet<string>;
}

type Forms = readonly string[];

function table(below100: (n: number) => Forms, hundreds: (h: number, rest: Forms | undefined) => Forms, alsoWords: string, pronounBefore = ''): NumberWordTable {
  const words = new Map<string, number>();
  const add = (forms: Forms, value: number) => {
    for (const form of forms) if (!words.has(form)) words.set(form, value);
  };
  for (let n = 0; n < 100; n += 1) add(below100(n), n);
  for (let h = 1; h < 10; h += 1) {
    add(hundreds(h, undefined), h * 100);
    for (let n = 1; n < 100; n += 1) add(hundreds(h, below100(n)), h * 100 + n);
  }
  return { words, alsoWords: new Set(alsoWords.split(' ')), pronounBefore: new Set(pronounBefore.split(' ').filter(Boolean)) };
}

const list = (words: string): string[] => words.split(',');

/** Numbers from 0 to 99 built from units, teens and tens: `join` makes the forms of tens + unit. */
function tensAndUnits(small: readonly Forms[], tens: readonly Forms[], join: (ten: string, unit: string, n: number) => Forms): (n: number) => Forms {
  return (n) => {
    if (n < small.length) return small[n]!;
    const ten = tens[Math.floor(n / 10) - 2]!;
    const unit = n % 10;
    if (unit === 0) return ten;
    return ten.flatMap((t) => small[unit]!.flatMap((u) => join(t, u, n)));
  };
}

const SPANISH = (): NumberWordTable => {
  const small = list('cero|uno,un,una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciseis,diez y seis|diecisiete,diez y siete|dieciocho,diez y ocho|diecinueve,diez y nueve|veinte|veintiuno,veintiun,veintiuna|veintidos|veintitres|veinticuatro|veinticinco|veintiseis|veintisiete|veintiocho|veintinueve'.replace(/,/g, '#').replace(/\|/g, ',')).map((f) => f.split('#'));
  const tens = [['veinte'], ...list('treinta,cuarenta,cincuenta,sesenta,setenta,ochenta,noventa').map((t) => [t])];
  const below = tensAndUnits(small, tens, (t, u) => [`${t} y ${u}`]);
  const H = ['ciento', 'doscientos,doscientas', 'trescientos,trescientas', 'cuatrocientos,cuatrocientas', 'quinientos,quinientas', 'seiscientos,seiscientas', 'setecientos,setecientas', 'ochocientos,ochocientas', 'novecientos,novecientas'].map(list);
  return table(below, (h, rest) => (rest ? H[h - 1]!.flatMap((w) => rest.map((r) => `${w} ${r}`)) : h === 1 ? ['cien', 'ciento'] : H[h - 1]!), 'un una', 'cada el otro ninguno alguno');
};

const GERMAN = (): NumberWordTable => {
  const units = list('null|eins,ein,eine|zwei,zwo|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf|dreizehn|vierzehn|funfzehn|sechzehn|siebzehn|achtzehn|neunzehn'.replace(/,/g, '#').replace(/\|/g, ',')).map((f) => f.split('#'));
  const tens = list('zwanzig,dreissig,vierzig,funfzig,sechzig,siebzig,achtzig,neunzig').map((t) => [t]);
  // Compounds: "einundzwanzig" (the unit's "ein", never "eins"), also written apart ("ein und zwanzig").
  const below = tensAndUnits(units, tens, (t, u) => (u === 'eins' || u === 'eine' ? [] : [`${u}und${t}`, `${u} und ${t}`]));
  const hundred = (h: number): Forms => (h === 1 ? ['hundert', 'einhundert'] : units[h]!.filter((u) => u !== 'eine' && u !== 'eins').map((u) => `${u}hundert`));
  return table(below, (h, rest) => (rest ? hundred(h).flatMap((w) => rest.flatMap((r) => (r.includes(' ') ? [`${w} ${r}`] : [`${w}${r}`, `${w} ${r}`]))) : hundred(h)),
    'ein eine einen einem einer eines');
};

const FRENCH = (): NumberWordTable => {
  const small = list('zero|un,une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix sept|dix huit|dix neuf'.replace(/,/g, '#').replace(/\|/g, ',')).map((f) => f.split('#'));
  const below = (n: number): Forms => {
    if (n < 20) return small[n]!;
    const t = Math.floor(n / 10);
    const u = n % 10;
    // 70-79 and 90-99 count on from sixty and eighty ("soixante et onze", "quatre vingt dix"); Belgium and Switzerland say septante, huitante, nonante.
    const base = t === 7 || t === 9 ? t - 1 : t;
    const names: Record<number, Forms> = { 2: ['vingt'], 3: ['trente'], 4: ['quarante'], 5: ['cinquante'], 6: ['soixante'], 8: ['quatre vingt', 'quatre vingts'] };
    const regional: Record<number, string> = { 7: 'septante', 8: 'huitante', 9: 'nonante' };
    const rest = n - base * 10;
    const forms: string[] = [];
    for (const name of names[base]!) {
      if (rest === 0) forms.push(name);
      else if (rest === 1 || rest === 11) forms.push(`${name} et ${small[rest]![0]}`, `${name} ${small[rest]![0]}`, ...(rest === 1 ? [`${name} et une`] : []));
      else for (const r of small[rest]!) forms.push(`${name} ${r}`);
    }
    if (regional[t] !== undefined) {
      const r = regional[t]!;
      forms.push(u === 0 ? r : u === 1 ? `${r} et un` : `${r} ${small[u]![0]}`);
      if (t === 8) forms.push(u === 0 ? 'octante' : `octante ${small[u]![0]}`);
    }
    return forms;
  };
  const hundred = (h: number, rest: boolean): Forms => (h === 1 ? ['cent'] : [`${small[h]![0]} cent${rest ? '' : 's'}`, `${small[h]![0]} cent`]);
  return table(below, (h, rest) => (rest ? hundred(h, true).flatMap((w) => rest.map((r) => `${w} ${r}`)) : hundred(h, false)), 'un une neuf', 'l chacun');
};

const ITALIAN = (): NumberWordTable => {
  const small = list('zero|uno,un,una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|tredici|quattordici|quindici|sedici|diciassette|diciotto|diciannove'.replace(/,/g, '#').replace(/\|/g, ',')).map((f) => f.split('#'));
  const tens = list('venti,trenta,quaranta,cinquanta,sessanta,settanta,ottanta,novanta').map((t) => [t]);
  // "ventuno", "ventotto": the tens lose their last vowel before uno and otto.
  const below = tensAndUnits(small, tens, (t, u) => (u === 'un' || u === 'una' ? [] : /^[uo]/.test(u) ? [`${t.slice(0, -1)}${u}`] : [`${t}${u}`]));
  const hundred = (h: number): Forms => (h === 1 ? ['cento'] : [`${small[h]![0]}cento`]);
  return table(below, (h, rest) => (rest ? hundred(h).flatMap((w) => rest.flatMap((r) => [`${w}${r}`, `${w} ${r}`])) : hundred(h)), 'un una sei', 'l ognuno ciascuno');
};

const PORTUGUESE = (): NumberWordTable => {
  const small = list('zero|um,uma|dois,duas|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|treze|catorze,quatorze|quinze|dezasseis,dezesseis|dezassete,dezessete|dezoito|dezanove,dezenove'.replace(/,/g, '#').replace(/\|/g, ',')).map((f) => f.split('#'));
  const tens = list('vinte,trinta,quarenta,cinquenta,sessenta,setenta,oitenta,noventa').map((t) => [t]);
  const below = tensAndUnits(small, tens, (t, u) => [`${t} e ${u}`]);
  const H = ['cento', 'duzentos,duzentas', 'trezentos,trezentas', 'quatrocentos,quatrocentas', 'quinhentos,quinhentas', 'seiscentos,seiscentas', 'setecentos,setecentas', 'oitocentos,oitocentas', 'novecentos,novecentas'].map(list);
  return table(below, (h, rest) => (rest ? H[h - 1]!.flatMap((w) => rest.map((r) => `${w} e ${r}`)) : h === 1 ? ['cem'] : H[h - 1]!), 'um uma');
};

const DUTCH = (): NumberWordTable => {
  const small = list('nul|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien'.replace(/\|/g, ',')).map((f) => [f]);
  const tens = list('twintig,dertig,veertig,vijftig,zestig,zeventig,tachtig,negentig').map((t) => [t]);
  // "eenentwintig", "tweeentwintig" (tweeëntwintig folded).
  const below = tensAndUnits(small, tens, (t, u) => [`${u}en${t}`]);
  const hundred = (h: number): Forms => (h === 1 ? ['honderd', 'eenhonderd'] : [`${small[h]![0]}honderd`]);
  return table(below, (h, rest) => (rest ? hundred(h).flatMap((w) => rest.flatMap((r) => [`${w}${r}`, `${w} ${r}`])) : hundred(h)), 'een');
};

const BUILDERS: Readonly<Record<string, () => NumberWordTable>> = { es: SPANISH, de: GERMAN, fr: FRENCH, it: ITALIAN, pt: PORTUGUESE, nl: DUTCH };
const built = new Map<string, NumberWordTable>();

/** The number words of the language `code` names ("es"), built on first use; undefined for English and unknown codes. */
export function numberWordTable(code: string): NumberWordTable | undefined {
  if (!Object.hasOwn(BUILDERS, code)) return undefined;
  let words = built.get(code);
  if (!words) built.set(code, (words = BUILDERS[code]!()));
  return words;
}
