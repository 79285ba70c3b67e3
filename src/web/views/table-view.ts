// The events table: sortable columns, pages of 50, each row opening its event; dates as far as known, flags shown.
import type { ApiEvent } from '../api-client.ts';
import { h, render } from '../dom.ts';
import { dateLabel } from '../../util/date-label.ts';

const PAGE = 50;
type Column = { key: string; label: string; sortValue: (e: ApiEvent) => string | number; cell: (e: ApiEvent) => Node | string; className?: string };

const eventDate = (e: ApiEvent) => dateLabel(e.date_start, e.date_end, e.time_precision);

const COLUMNS: Column[] = [
  {
    key: 'date', label: 'Date', className: 'date', sortValue: (e) => e.date_start ?? '',
    cell: (e) => eventDate(e).text,
  },
  { key: 'type', label: 'Type', sortValue: (e) => e.sub_event_type ?? e.event_type ?? '', cell: (e) => e.sub_event_type ?? e.event_type ?? '' },
  { key: 'location', label: 'Location', sortValue: (e) => placeOf(e), cell: (e) => placeOf(e) },
  { key: 'actors', label: 'Actors', sortValue: (e) => actorsOf(e), cell: (e) => actorsOf(e) },
  { key: 'fatalities', label: 'Fatalities', className: 'number', sortValue: (e) => e.fatalities_best ?? -1, cell: (e) => fatalitiesOf(e) },
  { key: 'flags', label: 'Flags', sortValue: (e) => e.flags.join(','), cell: (e) => flagBadges(e.flags) },
  { key: 'outlet', label: 'Source', sortValue: (e) => e.outlet ?? '', cell: (e) => e.outlet ?? '' },
];

function placeOf(e: ApiEvent): string {
  return [e.location, e.admin1, e.country].filter(Boolean).join(', ');
}

function actorsOf(e: ApiEvent): string {
  return [e.actor1?.name, e.actor2?.name].filter(Boolean).join(' vs ');
}

function fatalitiesOf(e: ApiEvent): string {
  if (e.fatalities_best === null) return '';
  const spread = e.fatalities_low !== null && e.fatalities_high !== null && e.fatalities_low !== e.fatalities_high;
  return spread ? `${e.fatalities_best} (${e.fatalities_low}–${e.fatalities_high})` : String(e.fatalities_best);
}

/** The flags as badges ("negated", "hypothetical", "historical"), or nothing. */
export function flagBadges(flags: readonly string[]): Node | string {
  if (!flags.length) return '';
  return h('span', { class: 'flag-badges' }, ...flags.map((f) => h('span', { class: `flag flag-${f}`, title: FLAG_MEANINGS[f] ?? f }, f)));
}

export const FLAG_MEANINGS: Record<string, string> = {
  negated: 'the report says this did not happen',
  hypothetical: 'reported as possible, planned or feared, not as having happened',
  historical: 'background: an earlier event recalled, not new',
};

/** Render a sortable, paginated table of events into `container`. */
export function createTableView(container: HTMLElement, onOpen: (event: ApiEvent) => void) {
  let events: readonly ApiEvent[] = [];
  let sortKey = 'date';
  let descending = true;
  let page = 0;

  function draw(): void {
    if (events.length === 0) {
      render(container, h('p', { class: 'empty' }, 'No events to list: widen the filters or reset them.'));
      return;
    }
    // The flags column only when some event shown has a flag (flagged events are hidden by default).
    const columns = events.some((e) => e.flags.length) ? COLUMNS : COLUMNS.filter((c) => c.key !== 'flags');
    const column = columns.find((c) => c.key === sortKey) ?? columns[0]!;
    const sorted = [...events].sort((a, b) => {
      const va = column.sortValue(a);
      const vb = column.sortValue(b);
      const cmp = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb));
      return descending ? -cmp : cmp;
    });
    const pages = Math.max(1, Math.ceil(sorted.length / PAGE));
    page = Math.min(page, pages - 1);
    const rows = sorted.slice(page * PAGE, page * PAGE + PAGE);
    const header = h('tr', {}, ...columns.map((c) => {
      const button = h('button', { type: 'button', class: 'sort' }, c.label, c.key === sortKey ? (descending ? ' ▼' : ' ▲') : '');
      button.addEventListener('click', () => {
        descending = c.key === sortKey ? !descending : c.key === 'date' || c.key === 'fatalities';
        sortKey = c.key;
        draw();
      });
      return h('th', { scope: 'col', class: c.className, 'aria-sort': c.key === sortKey ? (descending ? 'descending' : 'ascending') : 'none' }, button);
    }));
    const body = rows.map((e) => {
      const date = eventDate(e);
      const open = h('a', { href: `#/events/${encodeURIComponent(e.id)}`, title: date.title }, date.text);
      open.addEventListener('click', (ev) => {
        ev.preventDefault();
        onOpen(e);
      });
      return h('tr', { 'data-event-id': e.id, class: e.flags.length ? 'flagged' : '' },
        h('td', { class: 'date', 'data-label': 'Date' }, open),
        ...columns.slice(1).map((c) => h('td', { class: c.className, 'data-label': c.label }, c.cell(e))));
    });
    const prev = h('button', { type: 'button', disabled: page === 0 }, 'Previous');
    const next = h('button', { type: 'button', disabled: page >= pages - 1 }, 'Next');
    prev.addEventListener('click', () => { page--; draw(); });
    next.addEventListener('click', () => { page++; draw(); });
    render(container,
      h('div', { class: 'table-scroll' }, h('table', { class: 'events-table', 'data-total': events.length },
        h('caption', {}, `${events.length} events, ${column.label.toLowerCase()} ${descending ? 'descending' : 'ascending'}; open one to read its source`),
        h('thead', {}, header), h('tbody', {}, ...body))),
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
