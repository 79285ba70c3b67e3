// Co-location: readings of different names that lie close together support each other ("Paris" + "Henry County", Tennessee).
import type { Gazetteer, GazetteerEntry } from './gazetteer.ts';
import type { Candidate } from './lookup.ts';
import { foldedKey } from './fold-name.ts';
import { populationScale } from './candidate-features.ts';
import { maxOf } from '../../util/extremes.ts';

const NEAR_KM = 40;
const TOP_PER_NAME = 12;

function isLocal(e: GazetteerEntry): boolean {
  return e.kind === 'place' || e.kind === 'admin2' || e.kind === 'feature';
}

/** Rough distance in km, good enough for "within 40 km" tests (equirectangular). */
function roughKm(a: GazetteerEntry, b: GazetteerEntry): number {
  const x = (b.lon - a.lon) * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  const y = b.lat - a.lat;
  return 111.2 * Math.sqrt(x * x + y * y);
}

/**
 * For each mention's candidates, the support of the other distinct names in the article that have a
 * likely reading (one of their `TOP_PER_NAME` most populous) within 40 km (for an admin1 area:
 * inside it). Returns the count per mention per candidate.
 */
export function colocationSupport(g: Gazetteer, phrases: readonly string[], candidates: readonly (readonly Candidate[])[]): number[][] {
  const byName = new Map<string, GazetteerEntry[]>();
  const countryOf = new Map<string, string>();
  phrases.forEach((phrase, i) => {
    const key = foldedKey(phrase);
    if (byName.has(key)) return;
    const entries = candidates[i]!.map((c) => g.entry(c.entry));
    const country = entries.find((e) => e.kind === 'country');
    if (country) countryOf.set(key, country.countryCode);
    // Readings a thousand times smaller than the name's best known one are no support ("Moscow" and
    // "London" make no case for Paris, Pennsylvania).
    const floor = maxOf(entries.map(populationScale)) - 3;
    byName.set(key, entries.filter((e) => isLocal(e) && populationScale(e) >= floor).sort((a, b) => b.population - a.population).slice(0, TOP_PER_NAME));
  });
  // A name that can be a country is that country when another name has a reading there ("Beirut,
  // Lebanon"): its towns of the same name ("Lebanon", Pennsylvania) then support nothing.
  for (const [key, cc] of countryOf) {
    for (const [other, readings] of byName) {
      if (other !== key && readings.some((r) => r.countryCode === cc)) {
        byName.set(key, []);
        break;
      }
    }
  }
  return phrases.map((phrase, i) => {
    const own = foldedKey(phrase);
    const floor = maxOf(candidates[i]!.map((c) => populationScale(g.entry(c.entry)))) - 3;
    return candidates[i]!.map((c) => {
      const e = g.entry(c.entry);
      // A reading a thousand times smaller than the name's best known one gets no support either.
      if (candidates[i]!.length < 2 || populationScale(e) < floor) return 0;
      // An admin1 area is supported by readings inside it; a town by readings near it.
      const supports = e.kind === 'admin1'
        ? (r: GazetteerEntry) => r.countryCode === e.countryCode && r.admin1Code === e.admin1Code
        : e.kind === 'admin2' && e.admin2Code
        ? (r: GazetteerEntry) => r.index !== e.index && ((r.countryCode === e.countryCode && r.admin1Code === e.admin1Code && r.admin2Code === e.admin2Code) || roughKm(r, e) <= NEAR_KM)
        : isLocal(e) ? (r: GazetteerEntry) => r.index !== e.index && roughKm(r, e) <= NEAR_KM : null;
      if (!supports) return 0;
      let count = 0;
      for (const [key, readings] of byName) {
        if (key !== own && readings.some(supports)) count++;
      }
      return count;
    });
  });
}
