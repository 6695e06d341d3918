// What languages are called: each supported language's name in each language Baton speaks (for
// messages, and to recognise "¿hablas español?", "parli inglese?", "spreekt u Nederlands?"), its own
// name (for a language menu), and the other forms customers write (feminine, older spellings),
// accent-folded and lower case.

/** Names of the supported languages (by code) in each language Baton's catalogues speak (by code). */
export const LANGUAGE_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: { en: 'English', es: 'Spanish', de: 'German', fr: 'French', it: 'Italian', pt: 'Portuguese', nl: 'Dutch' },
  es: { en: 'inglés', es: 'español', de: 'alemán', fr: 'francés', it: 'italiano', pt: 'portugués', nl: 'neerlandés' },
  de: { en: 'Englisch', es: 'Spanisch', de: 'Deutsch', fr: 'Französisch', it: 'Italienisch', pt: 'Portugiesisch', nl: 'Niederländisch' },
  fr: { en: 'anglais', es: 'espagnol', de: 'allemand', fr: 'français', it: 'italien', pt: 'portugais', nl: 'néerlandais' },
  it: { en: 'inglese', es: 'spagnolo', de: 'tedesco', fr: 'francese', it: 'italiano', pt: 'portoghese', nl: 'olandese' },
  pt: { en: 'inglês', es: 'espanhol', de: 'alemão', fr: 'francês', it: 'italiano', pt: 'português', nl: 'holandês' },
  nl: { en: 'Engels', es: 'Spaans', de: 'Duits', fr: 'Frans', it: 'Italiaans', pt: 'Portugees', nl: 'Nederlands' },
};

/** Each language's name for itself: the titles of a language menu. */
export const OWN_NAMES: Readonly<Record<string, string>> = {
  en: 'English', es: 'Español', de: 'Deutsch', fr: 'Français', it: 'Italiano', pt: 'Português', nl: 'Nederlands',
};

/** Forms beyond LANGUAGE_NAMES and OWN_NAMES that customers write, already folded. */
const OTHER_FORMS: Readonly<Record<string, readonly string[]>> = {
  en: ['inglesa', 'englische', 'englischen', 'engelse'],
  es: ['castellano', 'espanola', 'spanische', 'spanischen', 'spaanse', 'castelhano'],
  de: ['alemana', 'deutsche', 'deutschen', 'allemande', 'duitse'],
  fr: ['francesa', 'francaise', 'franzoesisch', 'franzosische', 'franzosischen', 'franse'],
  it: ['italiana', 'italienne', 'italiaanse'],
  pt: ['portuguesa', 'portugese', 'brasileiro'],
  nl: ['holandes', 'hollands', 'hollandisch', 'neerlandaise', 'nederlandse', 'fiammingo', 'vlaams'],
};

const fold = (name: string): string => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** The language code each folded name or form stands for: "espanol" -> "es". */
export const LANGUAGE_BY_NAME: ReadonlyMap<string, string> = new Map(
  Object.keys(OWN_NAMES).flatMap((code) => [
    ...Object.values(LANGUAGE_NAMES).map((names) => names[code]!),
    OWN_NAMES[code]!,
    ...(OTHER_FORMS[code] ?? []),
  ].map((name) => [fold(name), code] as const)),
);

/** `code`'s name as a text in `inLanguage` says it ("Spanish", "español"), English names for other languages. */
export function languageName(code: string, inLanguage: string): string {
  const names = (Object.hasOwn(LANGUAGE_NAMES, inLanguage) ? LANGUAGE_NAMES[inLanguage] : undefined) ?? LANGUAGE_NAMES.en!;
  return (Object.hasOwn(names, code) ? names[code] : undefined) ?? OWN_NAMES[code] ?? code;
}

/** The language's own name, for a menu: "Español". */
export function ownName(code: string): string {
  return (Object.hasOwn(OWN_NAMES, code) ? OWN_NAMES[code] : undefined) ?? code;
}

const AND: Readonly<Record<string, string>> = { en: 'and', es: 'y', de: 'und', fr: 'et', it: 'e', pt: 'e', nl: 'en' };

/** Languages named as a text in `inLanguage` lists them: "English and Spanish", "inglés, español y alemán". */
export function languageList(codes: readonly string[], inLanguage: string): string {
  const names = codes.map((code) => languageName(code, inLanguage));
  if (names.length <= 1) return names.join('');
  const and = (Object.hasOwn(AND, inLanguage) ? AND[inLanguage] : undefined) ?? 'and';
  return `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)!}`;
}
