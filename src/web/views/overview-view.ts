// The overview: filters, map, timeline and table of the same events, all changed at once by the filters in the URL.
import { fetchAllEvents, getJSON, type ApiEvent } from '../api-client.ts';
import { h, render } from '../dom.ts';
import { EVENT_TYPES, SUB_EVENT_TYPES } from '../../stages/events/acled-taxonomy.ts';
import { apiParams, flagChoice, hashForFilters, hashWithMapView, withFlagChoice, type Filters } from '../filters.ts';
import { mapLegend } from './map-legend.ts';
import { createMapView, type MapView } from './map-view.ts';
import { createTableView } from './table-view.ts';
import { createTimelineView } from './timeline-view.ts';

let mapView: MapView | null = null;

function input(name: keyof Filters, label: string, filters: Filters, type = 'text', attrs: Record<string, string> = {}): HTMLElement {
  return h('label', {}, label, h('input', { name, type, value: filters[name] ?? '', ...attrs }));
}

function filterForm(filters: Filters): HTMLFormElement {
  // One choice over both levels of ACLED's taxonomy (the API's `type`): a type, or one of its sub-event types.
  const chosen = filters.type ?? filters.event_type;
  const typeSelect = h('select', { name: 'type' }, h('option', { value: '' }, 'All types'),
    ...EVENT_TYPES.map((t) => h('optgroup', { label: t },
      h('option', { value: t, selected: chosen === t }, `All ${t}`),
      ...Object.entries(SUB_EVENT_TYPES).filter(([, parent]) => parent === t)
        .map(([sub]) => h('option', { value: sub, selected: chosen === sub }, sub)))));
  const flagSelect = h('select', { name: 'flag_choice' },
    ...[['', 'Hide flagged reports'], ['include', 'Show flagged reports too'], ['negated', 'Only negated'], ['hypothetical', 'Only hypothetical'], ['historical', 'Only historical']]
      .map(([v, t]) => h('option', { value: v!, selected: flagChoice(filters) === v }, t!)));
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter events' },
    input('q', 'Text', filters, 'search'),
    input('since', 'From', filters, 'date'),
    input('until', 'To', filters, 'date'),
    input('country', 'Country', filters),
    input('admin1', 'Province', filters),
    input('actor', 'Actor', filters),
    h('label', {}, 'Type', typeSelect),
    input('min_fatalities', 'Min. fatalities', filters, 'number', { min: '0' }),
    h('label', {}, 'Flags', flagSelect),
    h('button', { type: 'submit' }, 'Apply'),
    h('a', { href: '#/', class: 'reset' }, 'Reset'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const next: Filters = {};
    for (const [k, v] of data.entries()) if (typeof v === 'string' && v.trim() && k !== 'flag_choice') next[k as keyof Filters] = v.trim();
    location.hash = hashForFilters(withFlagChoice(next, String(data.get('flag_choice') ?? '')));
  });
  return form;
}

function exportLinks(filters: Filters): HTMLElement {
  const params = apiParams(filters);
  const link = (format: string, label: string) => {
    const p = new URLSearchParams(params);
    p.set('format', format);
    return h('a', { href: `/api/export?${p}`, download: '', class: 'button' }, label);
  };
  return h('div', { class: 'exports', 'aria-label': 'Export' }, 'Export: ', link('acled-csv', 'ACLED CSV'), ' ', link('geojson', 'GeoJSON'), ' ', link('jsonl', 'JSON Lines'));
}

/** Show the overview for `filters` in `container`. */
export async function showOverview(container: HTMLElement, filters: Filters, signal: AbortSignal, view: { lat: number; lon: number; zoom: number } | null = null): Promise<void> {
  const status = h('p', { role: 'status', class: 'status' }, 'Loading events…');
  const mapBox = h('div', { id: 'map', class: 'map', role: 'region', 'aria-label': 'Map of events (the table below lists the same events for keyboard and screen-reader use)' });
  const timelineBox = h('div', { class: 'timeline-box', 'aria-label': 'Events over time' });
  const tableBox = h('div', { class: 'table-box' });
  render(container, filterForm(filters), exportLinks(filters), status,
    h('div', { class: 'overview-grid' }, h('div', {}, mapBox, mapLegend()), timelineBox), tableBox,
  );
  // Start fetching before building the map, so the requests overlap the map's own start-up work.
  performance.mark('sitrep:fetch-start');
  const fetching = fetchAllEvents(apiParams(filters), 20000, signal);
  fetching.catch(() => undefined);
  const open = (e: ApiEvent) => { location.hash = `#/events/${encodeURIComponent(e.id)}`; };
  // The map's view lives in the URL too (replaced, not pushed: moving the map is not a new page).
  const map = createMapView(mapBox, open, (moved) => { if (!signal.aborted) history.replaceState(null, '', hashWithMapView(location.hash, moved)); });
  mapView = map;
  const timeline = createTimelineView(timelineBox, (since, until) => { location.hash = hashForFilters({ ...filters, since, until }); });
  const table = createTableView(tableBox, open);
  let events: ApiEvent[];
  try {
    events = await fetching;
    if (signal.aborted) return;
    performance.mark('sitrep:fetched');
  } catch (error) {
    if (signal.aborted) return;
    status.textContent = `Could not load events: ${(error as Error).message}`;
    status.classList.add('error');
    status.setAttribute('role', 'alert');
    document.body.dataset.ready = 'error';
    return;
  }
  const located = events.filter((e) => e.latitude !== null).length;
  status.textContent = events.length
    ? `${events.length} events (${located} on the map)`
    : 'No events match these filters.';
  if (!filters.include_flagged && !filters.flags) void sayHowManyHidden(status, filters, events.length, signal);
  map.show(events, view);
  performance.mark('sitrep:map');
  timeline.show(events);
  performance.mark('sitrep:timeline');
  table.show(events);
  performance.mark('sitrep:table');
  await map.basemap.catch(() => undefined);
  if (signal.aborted) return;
  performance.mark('sitrep:basemap');
  document.body.dataset.ready = 'overview';
}

/** Add to the status line how many flagged reports the default view leaves out, when there are any. */
async function sayHowManyHidden(status: HTMLElement, filters: Filters, shown: number, signal: AbortSignal): Promise<void> {
  const params = apiParams(filters);
  params.set('include_flagged', 'true');
  const all = await getJSON<{ matching_events: number }>(`/api/stats?${params}`, signal).catch(() => null);
  const hidden = all ? all.matching_events - shown : 0;
  if (signal.aborted || hidden <= 0) return;
  status.append(' · ', h('a', { href: hashForFilters({ ...filters, include_flagged: 'true' }), class: 'hidden-flagged' },
    `${hidden} flagged report${hidden === 1 ? '' : 's'} (negated, hypothetical or historical) hidden: show them`));
}

/** Remove the overview's map, if any (called before any view is shown). */
export function teardownOverview(): void {
  mapView?.remove();
  mapView = null;
}

/** The stats the banner needs. */
export function loadStats(signal: AbortSignal): Promise<{ syntheticArticles: number; articles: number }> {
  return getJSON('/api/stats', signal);
}
