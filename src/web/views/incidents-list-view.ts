// The incidents list: each incident with its date, place, source counts and the fields its sources disagree on.
import { getJSON } from '../api-client.ts';
import { h, render } from '../dom.ts';
import type { ApiIncident } from './incident-view.ts';

const PAGE = 200;

function incidentRow(inc: ApiIncident): HTMLElement {
  const title = `${inc.sub_event_type ?? inc.event_type ?? 'Incident'} · ${inc.location ?? 'unknown place'}`;
  const disagreeing = inc.disagreements.map((d) => d.field).join(', ');
  return h('tr', { 'data-incident-id': inc.id, class: disagreeing ? 'disagrees' : '' },
    h('td', {}, inc.date_start ?? 'undated'),
    h('td', {}, h('a', { href: `#/incidents/${encodeURIComponent(inc.id)}` }, title)),
    h('td', {}, [inc.admin1, inc.country].filter(Boolean).join(', ')),
    h('td', {}, inc.fatalities_best === null ? '' : String(inc.fatalities_best)),
    h('td', {}, `${inc.independent_sources} of ${inc.sources.length}`),
    h('td', {}, disagreeing || 'none'));
}

/** Show incidents, newest store order first, a page at a time with "Load more", in `container`. */
export async function showIncidentList(container: HTMLElement, signal: AbortSignal): Promise<void> {
  render(container, h('h2', {}, 'Incidents'), h('p', { role: 'status', class: 'status' }, 'Loading incidents…'));
  const first = await getJSON<{ items: ApiIncident[]; next_cursor: string | null }>(`/api/incidents?limit=${PAGE}`, signal);
  if (first.items.length === 0) {
    render(container, h('h2', {}, 'Incidents'), h('p', { class: 'empty' }, 'No incidents yet: ingest some reports and they are merged into incidents here.'));
    return;
  }
  const body = h('tbody', {}, ...first.items.map(incidentRow));
  const caption = h('caption', {}, '');
  const more = h('button', { type: 'button' }, 'Load more');
  const status = h('p', { role: 'status', class: 'status' });
  let cursor = first.next_cursor;
  let shown = first.items.length;
  const update = () => {
    caption.textContent = `${shown} incidents${cursor ? ' (more available)' : ''}. Independent sources: reports counted once per wire story and once per outlet, of all reports.`;
    more.hidden = !cursor;
  };
  more.addEventListener('click', async () => {
    more.disabled = true;
    status.textContent = 'Loading more incidents…';
    try {
      const page = await getJSON<{ items: ApiIncident[]; next_cursor: string | null }>(`/api/incidents?limit=${PAGE}&cursor=${encodeURIComponent(cursor!)}`);
      body.append(...page.items.map(incidentRow));
      shown += page.items.length;
      cursor = page.next_cursor;
      status.textContent = '';
    } catch (error) {
      status.textContent = `Could not load more incidents: ${(error as Error).message}`;
      status.classList.add('error');
    }
    more.disabled = false;
    update();
  });
  update();
  render(container,
    h('h2', {}, 'Incidents'),
    h('p', { class: 'muted' }, 'Reports of the same event from different articles, merged. Open one to see its sources side by side.'),
    h('table', { class: 'events-table incidents-table' }, caption,
      h('thead', {}, h('tr', {}, ...['Date', 'Incident', 'Province, country', 'Fatalities', 'Independent sources', 'Sources disagree on'].map((t) => h('th', { scope: 'col' }, t)))),
      body),
    more, status);
}
