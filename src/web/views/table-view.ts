// The events table: sortable columns, pages of 50, each row opening its event.
import type { ApiEvent } from '../api-client.ts';
import { h, render } from '../dom.ts';

const PAGE = 50;
type Column = { key: string; label: string; value: (e: ApiEvent) => string | number };
const COLUMNS: Column[] = [
  { key: 'date', label: 'Date', value: (e) => e.date_start ?? e.published?.slice(0, 10) ?? '' },
  { key: 'type', label: 'Type', value: (e) => e.sub_event_type ?? e.event_type ?? '' },
  { key: 'location', label: 'Location', value: (e) => [e.location, e.admin1, e.country].filter(Boolean).join(', ') },
  { key: 'actors', label: 'Actors', value: (e) => [e.actor1?.name, e.actor2?.name].filter(Boolean).join(' vs ') },
  { key: 'fatalities', label: 'Fatalities', value: (e) => e.fatalities_best ?? -1 },
  { key: 'outlet', label: 'Source', value: (e) => e.outlet ?? '' },
];

/** Render a sortable, paginated table of events into `container`. */
export function createTableView(container: HTMLElement, onOpen: (event: ApiEvent) => void) {
  let events: readonly ApiEvent[] = [];
  let sortKey = 'date';
  let descending = true;
  let page = 0;

  function draw(): void {
    const column = COLUMNS.find((c) => c.key === sortKey)!;
    const sorted = [...events].sort((a, b) => {
      const va = column.value(a);
      const vb = column.value(b);
      const cmp = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb));
      return descending ? -cmp : cmp;
    });
    const pages = Math.max(1, Math.ceil(sorted.length / PAGE));
    page = Math.min(page, pages - 1);
    const rows = sorted.slice(page * PAGE, page * PAGE + PAGE);
    const header = h('tr', {}, ...COLUMNS.map((c) => {
      const button = h('button', { type: 'button', class: 'sort' }, c.label, c.key === sortKey ? (descending ? ' ▼' : ' ▲') : '');
      button.addEventListener('click', () => {
        descending = c.key === sortKey ? !descending : c.key === 'date' || c.key === 'fatalities';
        sortKey = c.key;
        draw();
      });
      return h('th', { scope: 'col', 'aria-sort': c.key === sortKey ? (descending ? 'descending' : 'ascending') : 'none' }, button);
    }));
    const body = rows.map((e) => {
      const open = h('a', { href: `#/events/${encodeURIComponent(e.id)}` }, String(COLUMNS[0]!.value(e) || 'undated'));
      open.addEventListener('click', (ev) => {
        ev.preventDefault();
        onOpen(e);
      });
      return h('tr', { 'data-event-id': e.id },
        h('td', {}, open),
        ...COLUMNS.slice(1).map((c) => {
          const v = c.value(e);
          return h('td', {}, v === -1 ? '' : String(v));
        }));
    });
    const prev = h('button', { type: 'button', disabled: page === 0 }, 'Previous');
    const next = h('button', { type: 'button', disabled: page >= pages - 1 }, 'Next');
    prev.addEventListener('click', () => { page--; draw(); });
    next.addEventListener('click', () => { page++; draw(); });
    if (events.length === 0) {
      render(container, h('p', { class: 'empty' }, 'No events to list: widen the filters or reset them.'));
      return;
    }
    render(container,
      h('table', { class: 'events-table', 'data-total': events.length }, h('caption', {}, `${events.length} events, ${column.label.toLowerCase()} ${descending ? 'descending' : 'ascending'}; open one to read its source`), h('thead', {}, header), h('tbody', {}, ...body)),
      h('nav', { class: 'pager', 'aria-label': 'Table pages' }, prev, ` Page ${page + 1} of ${pages} `, next));
  }

  return {
    show(next: readonly ApiEvent[]): void {
      events = next;
      page = 0;
      draw();
    },
  };
}
