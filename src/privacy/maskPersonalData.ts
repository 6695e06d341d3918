// Masks personal data in free text: card numbers that pass the Luhn check become [card], email
// addresses [email], and valid phone numbers (national ones read in the bot's country) [phone].
import { extractEmails } from '../nlu/entities/builtinEmail';
import { extractPhones } from '../nlu/entities/builtinPhone';
import type { EntityHit } from '../nlu/entities/entitySpec';
import { maskingEnabled } from './maskingEnabled';

export interface MaskOptions {
  /** ISO 3166 region national phone numbers are read in. Default GB. */
  readonly country?: string;
  /** Default: BATON_MASK (on unless it is `off`). */
  readonly enabled?: boolean;
}

/** 13 to 19 digits, single spaces or dashes between them. */
const CARD_CANDIDATE = /(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])/g;

export function maskPersonalData(text: string, options: MaskOptions = {}): string {
  if (!(options.enabled ?? maskingEnabled()) || !/[\d@]/.test(text)) return text;
  const withoutEmails = replaceHits(text, extractEmails(text), '[email]');
  const withoutCards = withoutEmails.replace(CARD_CANDIDATE, (candidate) => (passesLuhn(candidate.replace(/\D/g, '')) ? '[card]' : candidate));
  const phones = extractPhones(withoutCards, { timezone: 'UTC', now: new Date(0), defaultCountry: options.country ?? 'GB' });
  return replaceHits(withoutCards, phones, '[phone]');
}

function replaceHits(text: string, hits: readonly EntityHit[], label: string): string {
  let out = text;
  for (const hit of [...hits].sort((a, b) => b.start - a.start)) out = out.slice(0, hit.start) + label + out.slice(hit.end);
  return out;
}

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}
