/** The `phone` builtin: phone numbers found by libphonenumber-js, valued in E.164 ("+447911123456"). */
import { findPhoneNumbersInText, isSupportedCountry, type CountryCode } from 'libphonenumber-js';
import type { EntityContext, EntityHit } from './entitySpec';

/** The region national numbers are read in: ctx.defaultCountry, else the region of ctx.locale ('en-GB' -> GB). */
export function phoneRegion(ctx: EntityContext): CountryCode | undefined {
  const candidate = (ctx.defaultCountry ?? /[-_](?<region>[A-Za-z]{2})\b/.exec(ctx.locale ?? '')?.groups?.['region'])?.toUpperCase();
  return candidate !== undefined && isSupportedCountry(candidate) ? candidate : undefined;
}

/**
 * Valid numbers only. Without a region only international numbers ("+44 ...", "0044 ...") are found.
 * An extension ("ext. 12") is part of the span and reported in `parts.extension`.
 */
export function extractPhones(text: string, ctx: EntityContext): EntityHit[] {
  const region = phoneRegion(ctx);
  return findPhoneNumbersInText(text, region ? { defaultCountry: region } : {}).map((found) => {
    const hit: EntityHit = {
      start: found.startsAt,
      end: found.endsAt,
      raw: text.slice(found.startsAt, found.endsAt),
      value: found.number.number,
      score: 1,
    };
    if (found.number.ext) hit.parts = { extension: found.number.ext };
    return hit;
  });
}
