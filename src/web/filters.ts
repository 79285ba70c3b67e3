// Filters shared by map, timeline and table; they live in the URL so a view can be shared.

export const FILTER_KEYS = ['q', 'since', 'until', 'country', 'admin1', 'actor', 'event_type', 'min_fatalities', 'flags'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

/** The filters in a hash such as "#/?q=kirkuk&since=2025-03-01". */
export function filtersFromHash(hash: string): Filters {
  const query = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
  const params = new URLSearchParams(query);
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return filters;
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
