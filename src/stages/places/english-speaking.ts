// Countries with English among their languages (npm world-countries): there a capitalised word may as well be an English word as a place.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
let codes: ReadonlySet<string> | null = null;

/** ISO codes of the countries whose languages include English; read once per process. */
export function englishSpeakingCountries(): ReadonlySet<string> {
  if (!codes) {
    const countries = JSON.parse(readFileSync(join(dirname(require.resolve('world-countries')), 'countries.json'), 'utf8')) as Array<{ cca2: string; languages?: Record<string, string> }>;
    codes = new Set(countries.filter((c) => 'eng' in (c.languages ?? {})).map((c) => c.cca2));
  }
  return codes;
}
