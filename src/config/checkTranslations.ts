// Warns where a text or an intent's examples lack one of the bot's languages (conversations in it get
// the main language's), and refuses a text given in a language the bot does not serve.
import type { Language } from '../language/language';
import { languageByCode } from '../language/languageOf';
import { valueAt } from './localiseData';
import type { Reporter } from './reporter';
import type { SourceFile } from './sourceFile';
import { isMap, type TextSite } from './textSites';

export function checkTranslations(source: SourceFile, sites: readonly TextSite[], languages: readonly Language[], reporter: Reporter): void {
  const main = languages[0]!;
  const served = new Set(languages.map((l) => l.code));
  for (const site of sites) {
    const value = valueAt(source.data, site.path);
    if (site.anyLanguage === true && !isMap(value)) continue;
    const given = isMap(value) ? Object.keys(value) : [main.code];
    for (const code of given) {
      if (served.has(code)) continue;
      reporter.report('BATON_UNDECLARED_LANGUAGE', source, [...site.path, code], `"${code}" is not one of the bot's languages (${[...served].join(', ')}).`, { part: 'key' });
    }
    const missing = languages.filter((l) => !given.includes(l.code));
    if (missing.length === 0 || site.heldOut) continue;
    const names = missing.map((l) => `${l.name} (${l.code})`).join(', ');
    const fallback = given.includes(main.code) ? main.name : languageByCode(given[0]).name;
    const message = site.examples
      ? `"${String(site.path[1])}" has no ${names} examples: ${missing.length === 1 ? 'that language\'s classifier learns' : 'those languages\' classifiers learn'} the ${fallback} ones.`
      : `This text has no ${names} version: conversations in ${missing.length === 1 ? 'that language' : 'those languages'} are told the ${fallback} one.`;
    reporter.report('BATON_MISSING_TRANSLATION', source, site.path, message);
  }
}
