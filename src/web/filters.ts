// Filters shared by map, timeline and table; they live in the URL so a view can be shared.

export const FILTER_KEYS = ['q', 'since', 'until', 'country', 'admin1', 'actor', 'type', 'event_type', 'min_fatalities', 'flags', 'include_flagged'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

/** The filters in a hash such as "#/?q=kirkuk&since=2025-03-01". */
export function filtersFromHash(hash: string): Filters {
  // Only real /api/events parameters are kept, so a hand-edited URL cannot send the API a bad one.
  const query = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
  const params = new URLSearchParams(query);
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

/** The map view in a hash ("map=lat,lon,zoom"), kept beside the filters so a view can be shared; null when absent or malformed. */
export function mapViewFromHash(hash: string): { lat: number; lon: number; zoom: number } | null {
  const query = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
  const m = /^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?),(\d{1,2})$/.exec(new URLSearchParams(query).get('map') ?? '');
  if (!m) return null;
  const [lat, lon, zoom] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon, zoom } : null;
}

/** `hash` with its map view set to `view` (other parameters kept). */
export function hashWithMapView(hash: string, view: { lat: number; lon: number; zoom: number }): string {
  const [path, query = ''] = (hash || '#/').split('?') as [string, string?];
  const params = new URLSearchParams(query);
  params.set('map', `${view.lat.toFixed(4)},${view.lon.toFixed(4)},${view.zoom}`);
  return `${path}?${params.toString().replace(/%2C/g, ',')}`;
}

/** The hash for the overview with these filters. */
export function hashForFilters(filters: Filters): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filters[key]) params.set(key, filters[key]!);
  const query = params.toString();
  return query ? `#/?${query}` : '#/';
}

/** The API query parameters for these filters. */
export function apiParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filters[key]) params.set(key, filters[key]!);
  return params;
}

/**
 * The value of the form's one "Flags" choice: "" (the default: flagged reports hidden, as in the API),
 * "include" (include_flagged=true), or a flag name (flags=…: only those).
 */
export function flagChoice(filters: Filters): string {
  return filters.flags ?? (filters.include_flagged === 'true' ? 'include' : '');
}

/** The filters for a "Flags" choice made in the form (see flagChoice). */
export function withFlagChoice(filters: Filters, choice: string): Filters {
  const { flags: _flags, include_flagged: _include, ...rest } = filters;
  if (choice === 'include') return { ...rest, include_flagged: 'true' };
  return choice ? { ...rest, flags: choice } : rest;
}
