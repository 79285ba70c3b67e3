// The incidents list: who, what, where, when, fatalities and sources, sorted by the server on the column chosen.
import { getJSON } from '../api-client.ts';
import { h, render } from '../dom.ts';
import { dateLabel } from '../../util/date-label.ts';
import { actorsText, fatalitiesText, type ApiIncident } from './incident-view.ts';

const PAGE = 200;
type Page = { items: ApiIncident[]; next_cursor: string | null };

/** Sortable columns: the API's sort names (a leading "-" is descending). */
const SORTABLE: Record<string, { sort: string; label: string }> = {
  date: { sort: '-date', label: 'Date' },
  fatalities: { sort: '-fatalities', label: 'Fatalities' },
  sources: { sort: '-sources', label: 'Independent sources' },
};

function incidentRow(inc: ApiIncident): HTMLElement {
  const when = dateLabel(inc.date_start, inc.date_end, inc.time_precision);
  const title = `${inc.sub_event_type ?? inc.event_type ?? 'Incident'} · ${inc.location ?? 'unknown place'}`;
  const disagreeing = inc.disagreements.map((d) => d.field).join(', ');
  return h('tr', { 'data-incident-id': inc.id, class: disagreeing ? 'disagrees' : '' },
    h('td', { class: 'date', title: when.title, 'data-label': 'Date' }, when.text),
    h('td', { 'data-label': 'Incident' }, h('a', { href: `#/incidents/${encodeURIComponent(inc.id)}` }, title)),
    h('td', { 'data-label': 'Actors' }, actorsText(inc)),
    h('td', { 'data-label': 'Province, country' }, [inc.admin1, inc.country].filter(Boolean).join(', ')),
    h('td', { class: 'number', 'data-label': 'Fatalities' }, inc.fatalities_best === null ? '' : fatalitiesText(inc).replace('reported ', '')),
    h('td', { class: 'number', 'data-label': 'Independent sources' }, `${inc.independent_sources} of ${inc.sources.length}`),
    h('td', { 'data-label': 'Sources disagree on' }, disagreeing || 'none'));
}

function header(sort: string): HTMLElement {
  const cell = (key: string | null, label: string) => {
    if (!key) return h('th', { scope: 'col' }, label);
    const { sort: descending } = SORTABLE[key]!;
    const ascending = descending.slice(1);
    const active = sort === descending ? 'descending' : sort === ascending ? 'ascending' : 'none';
    const next = sort === descending ? ascending : descending;
    return h('th', { scope: 'col', 'aria-sort': active },
      h('a', { class: 'sort', href: `#/incidents?sort=${next}` }, label, active === 'descending' ? ' ▼' : active === 'ascending' ? ' ▲' : ''));
  };
  return h('tr', {}, cell('date', 'Date'), cell(null, 'Incident'), cell(null, 'Actors'), cell(null, 'Province, country'),
    cell('fatalities', 'Fatalities'), cell('sources', 'Independent sources'), cell(null, 'Sources disagree on'));
}

/** Sort links that stay usable where the table's headings are hidden (narrow screens). */
function sortLinks(sort: string): HTMLElement {
  const choices: [string, string][] = [['-date', 'newest'], ['date', 'oldest'], ['-fatalities', 'most fatalities'], ['-sources', 'most independent sources']];
  return h('nav', { class: 'sort-links', 'aria-label': 'Sort incidents' }, 'Sort: ',
    ...choices.flatMap(([value, label], i) => [i ? ' · ' : '', value === sort ? h('strong', { 'aria-current': 'true' }, label) : h('a', { href: `#/incidents?sort=${value}` }, label)]));
}

/** Show incidents in `sort` order (default newest first), a page at a time with "Load more", in `container`. */
export async function showIncidentList(container: HTMLElement, sortParam: string | null, signal: AbortSignal): Promise<void> {
  const sort = sortParam ?? '-date';
  render(container, h('h2', {}, 'Incidents'), h('p', { role: 'status', class: 'status' }, 'Loading incidents…'));
  const query = (cursor: string | null) => `/api/incidents?limit=${PAGE}&sort=${encodeURIComponent(sort)}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
  const first = await getJSON<Page>(query(null), signal);
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
    caption.textContent = `${shown} incidents${cursor ? ' (more available)' : ''}. Independent sources: reports counted once per wire story and once per outlet, of all reports. Select a column heading to sort.`;
    more.hidden = !cursor;
  };
  more.addEventListener('click', async () => {
    more.disabled = true;
    status.textContent = 'Loading more incidents…';
    try {
      const page = await getJSON<Page>(query(cursor));
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
    h('p', { class: 'muted' }, 'Reports of the same event from different articles, merged. Negated, hypothetical and historical reports never make an incident. Open one to see its sources side by side.'),
    sortLinks(sort),
    h('div', { class: 'table-scroll' }, h('table', { class: 'events-table incidents-table', 'data-sort': sort }, caption, h('thead', {}, header(sort)), body)),
    more, status);
}
