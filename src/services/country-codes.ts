// Country names to ISO 3166-1 numeric codes (ACLED's `iso` column), from i18n-iso-countries and the platform's Intl names.
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

let byName: Map<string, string> | null = null;

/** Lower-cased English names (official, short and Intl's common ones such as "Syria") to alpha-2 codes. */
function nameIndex(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  const display = new Intl.DisplayNames(['en'], { type: 'region' });
  for (const code of Object.keys(countries.getAlpha2Codes())) {
    const names = [...(countries.getName(code, 'en', { select: 'all' }) ?? []), display.of(code)];
    for (const name of names) if (name) byName.set(name.toLowerCase(), code);
  }
  return byName;
}

/**
 * The ISO 3166-1 numeric code (as ACLED writes it, without leading zeros) of a country given by
 * English name or alpha-2/alpha-3 code; null when it is not recognised.
 */
export function isoNumericCode(country: string | null): number | null {
  if (!country) return null;
  const text = country.trim();
  const alpha2 = /^[A-Za-z]{2}$/.test(text) ? text.toUpperCase()
    : /^[A-Za-z]{3}$/.test(text) ? countries.alpha3ToAlpha2(text.toUpperCase())
      : nameIndex().get(text.toLowerCase());
  const numeric = alpha2 ? countries.alpha2ToNumeric(alpha2) : undefined;
  return numeric ? Number(numeric) : null;
}
