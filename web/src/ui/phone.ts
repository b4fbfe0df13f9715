/**
 * @module
 * Phone numbers typed in the admin app are read in the viewer's country:
 * "020 7946 0958" in a British browser is +442079460958, "(415) 555-0101" in
 * an American one +14155550101. The API itself reads national numbers as
 * US ones, so the app sends numbers already in international form.
 */
import { type CountryCode, normalisePhoneInput, phoneCountryOf } from '@ringflow/shared';

/** The country of the browser's language preferences ("en-GB" -> GB), US when none says. */
export function viewerPhoneCountry(): CountryCode {
  if (typeof navigator === 'undefined') return phoneCountryOf([]);
  return phoneCountryOf(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

/** A typed number in international form, read in the viewer's country. */
export const normalisePhone = (value: string): string =>
  normalisePhoneInput(value, viewerPhoneCountry());

/** How a form's hint names that country: "United Kingdom". */
export function viewerPhoneCountryName(): string {
  const country = viewerPhoneCountry();
  return new Intl.DisplayNames(['en'], { type: 'region' }).of(country) ?? country;
}
