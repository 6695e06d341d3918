// How a phone number (E.164, from the phone entity) reads in a message: the national way for a number
// of the bot's region ("086 123 4567" for an Irish bot), the international way for any other
// ("+44 7911 123456").
import { getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';
import type { TextStyle } from './textStyle';

/** The number as it reads; undefined when `e164` is not a phone number libphonenumber-js can read. */
export function phoneText(e164: string, style: TextStyle): string | undefined {
  if (!e164.startsWith('+')) return undefined;
  const number = parsePhoneNumberFromString(e164);
  if (!number) return undefined;
  // Regions that share a calling code dial each other nationally (GB and Guernsey; the US and Canada).
  const home = style.region !== undefined && isSupportedCountry(style.region) && number.countryCallingCode === getCountryCallingCode(style.region);
  return home ? number.formatNational() : number.formatInternational();
}
