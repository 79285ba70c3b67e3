// The incident view: who did what, where, when and to how many, with every source and each disagreement side by side.
import { getJSON } from '../api-client.ts';
import { h, render, sourceLink } from '../dom.ts';
import { dateLabel } from '../../util/date-label.ts';

type Actor = { id: string | null; name: string; text: string } | null;

export interface ApiIncident {
  id: string;
  event_ids: string[];
  event_type: string | null;
  sub_event_type: string | null;
  actor1: Actor;
  actor2: Actor;
  date_start: string | null;
  date_end: string | null;
  time_precision: number | null;
  location: string | null;
  admin1: string | null;
  admin2: string | null;
  country: string | null;
  fatalities_best: number | null;
  fatalities_low: number | null;
  fatalities_high: number | null;
  independent_sources: number;
  confidence: number;
  sources: { event_id: string; outlet: string | null; url: string | null; published: string | null; evidence: { text: string }[] }[];
  disagreements: { field: string; values: { value: string; event_ids: string[]; outlets: (string | null)[] }[] }[];
}

/** "Islamic State vs Police Forces of Iraq", "Islamic State" or "unknown". */
export function actorsText(inc: Pick<ApiIncident, 'actor1' | 'actor2'>): string {
  return [inc.actor1?.name, inc.actor2?.name].filter(Boolean).join(' vs ') || 'unknown';
}

/** "12" or "12 (reported 12–13)": the conservative best figure and the spread the sources gave. */
export function fatalitiesText(inc: Pick<ApiIncident, 'fatalities_best' | 'fatalities_low' | 'fatalities_high'>): string {
  if (inc.fatalities_best === null) return 'unknown';
  return inc.fatalities_low !== null && inc.fatalities_high !== null && inc.fatalities_low !== inc.fatalities_high
    ? `${inc.fatalities_best} (reported ${inc.fatalities_low}–${inc.fatalities_high})`
    : String(inc.fatalities_best);
}

const field = (label: string, value: Node | string, title?: string) =>
  h('div', { class: 'field' }, h('dt', {}, label), h('dd', { title }, value));

/** Show one incident in `container`. */
export async function showIncident(container: HTMLElement, id: string, signal: AbortSignal): Promise<void> {
  render(container, h('p', { role: 'status' }, 'Loading incident…'));
  const inc = await getJSON<ApiIncident>(`/api/incidents/${encodeURIComponent(id)}`, signal);
  const when = dateLabel(inc.date_start, inc.date_end, inc.time_precision);
  const disagreements = inc.disagreements.length
    ? inc.disagreements.map((d) => h('section', { class: 'disagreement', 'aria-label': `Disagreement on ${d.field}` },
        h('h4', {}, `Sources disagree on ${d.field}`),
        h('div', { class: 'sides' }, ...d.values.map((side) => h('div', { class: 'side' },
          h('p', { class: 'value' }, side.value),
          h('ul', {}, ...side.event_ids.map((eid, i) => h('li', {}, h('a', { href: `#/events/${encodeURIComponent(eid)}` }, side.outlets[i] ?? 'unknown outlet')))))))))
    : [h('p', {}, 'The sources agree on every coded field.')];
  const sources = [...inc.sources].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
  render(container,
    h('p', {}, h('a', { href: '#/incidents' }, '← All incidents')),
    h('h2', {}, `${inc.sub_event_type ?? 'Incident'} · ${inc.location ?? 'unknown place'} · ${when.text}`),
    h('dl', { class: 'fields incident-fields' },
      field('Who', actorsText(inc)),
      field('What', `${inc.event_type ?? '—'} / ${inc.sub_event_type ?? '—'}`),
      field('Where', [inc.location, inc.admin2, inc.admin1, inc.country].filter(Boolean).join(', ') || '—'),
      field('When', when.text, when.title),
      field('Fatalities', fatalitiesText(inc)),
      field('Independent sources', `${inc.independent_sources} of ${inc.sources.length} reports`),
      field('Confidence', String(inc.confidence))),
    h('h3', {}, 'Disagreements'), ...disagreements,
    h('h3', {}, `Sources (${inc.sources.length}), earliest first`),
    h('ol', { class: 'sources' }, ...sources.map((s) => h('li', {},
      sourceLink(s.url, s.outlet ?? 'unknown outlet'), ` · ${s.published ? dateLabel(s.published, s.published, 1).text : 'undated'} · `,
      h('a', { href: `#/events/${encodeURIComponent(s.event_id)}` }, 'evidence'),
      h('blockquote', {}, s.evidence[0]?.text ?? '')))));
}
