// The incident view: merged fields, sources with outlet and date, the independent count, and every disagreement side by side.
import { getJSON } from '../api-client.ts';
import { h, render, sourceLink } from '../dom.ts';

export interface ApiIncident {
  id: string;
  event_ids: string[];
  event_type: string | null;
  sub_event_type: string | null;
  date_start: string | null;
  date_end: string | null;
  location: string | null;
  admin1: string | null;
  country: string | null;
  fatalities_best: number | null;
  fatalities_low: number | null;
  fatalities_high: number | null;
  independent_sources: number;
  confidence: number;
  sources: { event_id: string; outlet: string | null; url: string | null; published: string | null; evidence: { text: string }[] }[];
  disagreements: { field: string; values: { value: string; event_ids: string[]; outlets: (string | null)[] }[] }[];
}

/** Show one incident in `container`. */
export async function showIncident(container: HTMLElement, id: string, signal: AbortSignal): Promise<void> {
  render(container, h('p', { role: 'status' }, 'Loading incident…'));
  const inc = await getJSON<ApiIncident>(`/api/incidents/${encodeURIComponent(id)}`, signal);
  const disagreements = inc.disagreements.length
    ? inc.disagreements.map((d) => h('section', { class: 'disagreement', 'aria-label': `Disagreement on ${d.field}` },
        h('h4', {}, `Sources disagree on ${d.field}`),
        h('div', { class: 'sides' }, ...d.values.map((side) => h('div', { class: 'side' },
          h('p', { class: 'value' }, side.value),
          h('ul', {}, ...side.event_ids.map((eid, i) => h('li', {}, h('a', { href: `#/events/${encodeURIComponent(eid)}` }, side.outlets[i] ?? 'unknown outlet')))))))))
    : [h('p', {}, 'The sources agree on every coded field.')];
  render(container,
    h('p', {}, h('a', { href: '#/incidents' }, '← All incidents')),
    h('h2', {}, `${inc.sub_event_type ?? 'Incident'} · ${inc.location ?? 'unknown place'} · ${inc.date_start ?? 'undated'}`),
    h('dl', { class: 'fields' },
      h('div', { class: 'field' }, h('dt', {}, 'Type'), h('dd', {}, `${inc.event_type ?? '—'} / ${inc.sub_event_type ?? '—'}`)),
      h('div', { class: 'field' }, h('dt', {}, 'Where'), h('dd', {}, [inc.location, inc.admin1, inc.country].filter(Boolean).join(', ') || '—')),
      h('div', { class: 'field' }, h('dt', {}, 'When'), h('dd', {}, inc.date_start ? `${inc.date_start}${inc.date_end && inc.date_end !== inc.date_start ? ` – ${inc.date_end}` : ''}` : '—')),
      h('div', { class: 'field' }, h('dt', {}, 'Fatalities'), h('dd', {}, inc.fatalities_best === null ? '—' : `${inc.fatalities_best} (reported ${inc.fatalities_low}–${inc.fatalities_high})`)),
      h('div', { class: 'field' }, h('dt', {}, 'Independent sources'), h('dd', {}, `${inc.independent_sources} of ${inc.sources.length} reports`)),
      h('div', { class: 'field' }, h('dt', {}, 'Confidence'), h('dd', {}, String(inc.confidence)))),
    h('h3', {}, 'Disagreements'), ...disagreements,
    h('h3', {}, 'Sources'),
    h('ol', { class: 'sources' }, ...inc.sources.map((s) => h('li', {},
      sourceLink(s.url, s.outlet ?? 'unknown outlet'), ` · ${s.published?.slice(0, 10) ?? 'undated'} · `,
      h('a', { href: `#/events/${encodeURIComponent(s.event_id)}` }, 'evidence'),
      h('blockquote', {}, s.evidence[0]?.text ?? '')))));
}

/**
 * The incident holding event `eventId`, or null. The API has no event → incident lookup, so this
 * scans incident pages (at most five of 1000); on a larger store an event may go unlinked.
 */
export async function findIncidentOf(eventId: string, signal: AbortSignal): Promise<ApiIncident | null> {
  let cursor: string | null = null;
  for (let page = 0; page < 5; page++) {
    const query = new URLSearchParams({ limit: '1000' });
    if (cursor) query.set('cursor', cursor);
    const got: { items: ApiIncident[]; next_cursor: string | null } = await getJSON(`/api/incidents?${query}`, signal);
    const hit = got.items.find((i) => i.event_ids.includes(eventId));
    if (hit) return hit;
    cursor = got.next_cursor;
    if (!cursor) return null;
  }
  return null;
}
