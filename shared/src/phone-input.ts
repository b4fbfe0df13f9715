/**
 * @module
 * Phone numbers as people type them ("(415) 555-0101") turned into the
 * E.164 form that Ringflow stores and dials (+14155550101). The `min`
 * metadata of libphonenumber-js is enough to tell a country's number
 * lengths and keeps the browser bundle small.
 */
import {
  type CountryCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/min';
import { z } from 'zod';

export type { CountryCode };

/** The country a number without a leading "+" belongs to when nothing says otherwise (the API's). */
export const DEFAULT_PHONE_COUNTRY: CountryCode = 'US';

/**
 * The country whose national format a person probably types, from their
 * language preferences: the first that names (or implies) a country with
 * phone numbers, else the default.
 *
 * @example
 * phoneCountryOf(['en-GB', 'en']); // 'GB'
 * phoneCountryOf(['de']); // 'DE' (German's likely region)
 * phoneCountryOf([]); // 'US'
 */
export function phoneCountryOf(locales: readonly string[]): CountryCode {
  for (const tag of locales) {
    try {
      const region = new Intl.Locale(tag).maximize().region;
      if (region && isSupportedCountry(region)) return region;
    } catch {
      // A malformed language tag says nothing about a country.
    }
  }
  return DEFAULT_PHONE_COUNTRY;
}

// Only digits and the punctuation people put between them: "1-800-FLOWERS" or
// "415 555 0101 ext 5" stay as typed and are refused by the E.164 rule.
const TYPED_NUMBER = /^\+?[\d\s().-]+$/;

/**
 * A typed phone number in E.164 form, or the input trimmed when it is not a
 * possible number of `country` (so the caller's E.164 check reports it).
 * SIP addresses and anything else that is not only digits stay as typed.
 *
 * @example
 * normalisePhoneInput('(415) 555-0101'); // '+14155550101'
 * normalisePhoneInput('020 7946 0958', 'GB'); // '+442079460958'
 * normalisePhoneInput('sip:alice@example.com'); // 'sip:alice@example.com'
 */
export function normalisePhoneInput(
  value: string,
  country: CountryCode = DEFAULT_PHONE_COUNTRY,
): string {
  const typed = value.trim();
  if (!TYPED_NUMBER.test(typed)) return typed;
  const parsed = parsePhoneNumberFromString(typed, country);
  return parsed?.isPossible() ? parsed.number : typed;
}

/**
 * An E.164 number that also accepts the national format of the default
 * country, stored normalised.
 *
 * @example
 * PhoneInputSchema.parse('415-555-0101'); // '+14155550101'
 */
export const PhoneInputSchema = z
  .string()
  .overwrite((value) => normalisePhoneInput(value))
  .regex(/^\+[1-9]\d{6,14}$/, 'Use international format, e.g. +14155550100')
  .describe(
    'A phone number: E.164 (+14155550100), or the national format of the United States ((415) 555-0100), stored as E.164.',
  );
