// ACLED's source_scale from the outlet (data/outlets.json): how close the reporting outlet is to where the event happened.
import { readFileSync } from 'node:fs';

interface OutletRow {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly domains: readonly string[];
  /** ISO alpha-2 of the outlet's home. */
  readonly country: string;
  readonly scope: 'international' | 'regional' | 'national' | 'subnational';
  /** For regional outlets: the region they cover ("Middle East", "Africa", "Americas"). */
  readonly region?: string;
  readonly source: string;
}

let rows: OutletRow[] | null = null;

/** The outlet table, read once. Throws when data/outlets.json is missing or a row lacks its fields. */
export function outletRows(): readonly OutletRow[] {
  if (rows) return rows;
  const parsed = JSON.parse(readFileSync(new URL('../../../data/outlets.json', import.meta.url), 'utf8')) as OutletRow[];
  for (const r of parsed) {
    if (!r.name || !r.source || !/^[A-Z]{2}$/.test(r.country) || !['international', 'regional', 'national', 'subnational'].includes(r.scope)) {
      throw new Error(`data/outlets.json: bad row ${JSON.stringify(r.name)}`);
    }
  }
  rows = parsed;
  return rows;
}

const fold = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The known outlet behind a report: a wire service credited in parentheses ("Hamodia (Reuters)")
 * first, as ACLED credits the original reporter; else the outlet name itself; else the URL's host.
 */
export function knownOutlet(outlet: string | null, url: string | null): OutletRow | null {
  const table = outletRows();
  const byAlias = (name: string): OutletRow | undefined => table.find((r) => r.aliases.some((a) => fold(a) === fold(name)) || fold(r.name) === fold(name));
  for (const credit of outlet?.matchAll(/\(([^()]+)\)/g) ?? []) {
    const found = byAlias(credit[1]!);
    if (found) return found;
  }
  if (outlet) {
    const found = byAlias(outlet.replace(/\([^()]*\)/g, ''));
    if (found) return found;
  }
  let host: string | null = null;
  try {
    host = url ? new URL(url).hostname.toLowerCase() : null;
  } catch {
    host = null;
  }
  return host ? table.find((r) => r.domains.some((d) => host === d || host!.endsWith(`.${d}`))) ?? null : null;
}

/**
 * ACLED's source_scale of a report about an event in `country` (alpha-2) of `region`: International
 * for international outlets and for outlets from elsewhere; National or Subnational for outlets at
 * home; Regional for a regional outlet covering the event's region. Null when the outlet is unknown.
 */
export function sourceScale(outlet: string | null, url: string | null, country: string | null, region: string | null): string | null {
  const row = knownOutlet(outlet, url);
  if (!row) return null;
  if (row.scope === 'international') return 'International';
  if (country && row.country === country) return row.scope === 'subnational' ? 'Subnational' : row.scope === 'regional' ? 'Regional' : 'National';
  if (row.scope === 'regional' && row.region && region && (region === row.region || region.endsWith(row.region) || row.region === 'Americas' && /America|Caribbean/.test(region))) return 'Regional';
  return 'International';
}
