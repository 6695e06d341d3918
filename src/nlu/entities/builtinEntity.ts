/** Runs builtin entities over one message, computing each builtin at most once (date, time, datetime and date_range share a parse). */
import { extractEmails } from './builtinEmail';
import { dateRangeHits } from './builtinDateRange';
import { dateTimeHits, parseDateTimes, todayOf, type ParsedDateTime } from './builtinDateTime';
import { extractMoney } from './builtinMoney';
import { extractNumbers } from './builtinNumber';
import { extractPhones } from './builtinPhone';
import { extractUrls } from './builtinUrl';
import type { BuiltinEntityName, EntityContext, EntityHit } from './entitySpec';

/** Builtin hits for one message and context; several entities may use the same builtin. */
export type BuiltinScanner = (builtin: BuiltinEntityName) => EntityHit[];

/** A scanner over `text` that remembers what it has found, so each builtin runs once per message. */
export function builtinScanner(text: string, ctx: EntityContext): BuiltinScanner {
  const cache = new Map<BuiltinEntityName, EntityHit[]>();
  let dateTimes: ParsedDateTime[] | undefined;
  const parsedDateTimes = (): ParsedDateTime[] => (dateTimes ??= parseDateTimes(text, ctx));
  const run = (builtin: BuiltinEntityName): EntityHit[] => {
    switch (builtin) {
      case 'email': return extractEmails(text);
      case 'phone': return extractPhones(text, ctx);
      case 'number': return extractNumbers(text, ctx);
      case 'money': return extractMoney(text, ctx);
      case 'url': return extractUrls(text);
      case 'date':
      case 'time':
      case 'datetime': return dateTimeHits(parsedDateTimes(), builtin, todayOf(ctx));
      case 'date_range': return dateRangeHits(text, parsedDateTimes(), ctx);
    }
  };
  return (builtin) => {
    let hits = cache.get(builtin);
    if (!hits) {
      hits = run(builtin);
      cache.set(builtin, hits);
    }
    return hits;
  };
}
