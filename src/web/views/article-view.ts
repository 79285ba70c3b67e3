// The event/article view: the article text with evidence highlighted, span layers switchable, coded fields beside it.
import { getJSON, type ApiArticle, type ApiEvent, type ApiSpan } from '../api-client.ts';
import { h, render, sourceLink } from '../dom.ts';
import { dateLabel } from '../../util/date-label.ts';
import type { ApiIncident } from './incident-view.ts';
import { FLAG_MEANINGS, flagBadges } from './table-view.ts';

export const SWITCHABLE_LAYERS = ['actors', 'places', 'dates', 'quantities', 'sources'] as const;

interface Mark {
  start: number;
  end: number;
  className: string;
  title: string;
}

/** Split `text` at every mark boundary and wrap each piece in the marks covering it (text nodes only). */
export function highlightedText(text: string, marks: readonly Mark[]): Node[] {
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(text.length, m.start)));
    cuts.add(Math.max(0, Math.min(text.length, m.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes: Node[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    const covering = marks.filter((m) => m.start <= a && m.end >= b && m.end > m.start);
    let node: Node = document.createTextNode(text.slice(a, b));
    for (const m of covering) {
      const wrap = h('mark', { class: m.className, title: m.title, 'data-start': m.start });
      wrap.append(node);
      node = wrap;
    }
    nodes.push(node);
  }
  return nodes;
}

function spanTitle(layer: string, span: ApiSpan): string {
  const v = span.value as Record<string, unknown> | null;
  const name = v && typeof v === 'object' ? (v.name ?? v.speaker ?? v.start ?? v.best ?? '') : '';
  return `${layer}: ${span.label}${name !== '' ? ` → ${String(name)}` : ''} (${span.provenance.stage}@${span.provenance.version}, ${span.provenance.method}, ${span.provenance.confidence})`;
}

function field(label: string, value: string | null, evidence?: { start: number }): HTMLElement {
  const shown = value ?? '—';
  if (!evidence || value === null) return h('div', { class: 'field' }, h('dt', {}, label), h('dd', {}, shown));
  const button = h('button', { type: 'button', class: 'linkish', title: 'Show the words this came from' }, shown);
  button.addEventListener('click', () => {
    const target = document.querySelector(`mark.evidence[data-start="${evidence.start}"]`) as HTMLElement | null;
    target?.scrollIntoView({ block: 'center' });
    target?.classList.add('flash');
    setTimeout(() => target?.classList.remove('flash'), 1200);
  });
  return h('div', { class: 'field' }, h('dt', {}, label), h('dd', {}, button));
}

const precisionBadge = (kind: 'time' | 'geo', p: number | null) =>
  p === null ? '' : ` [${kind} precision ${p}: ${kind === 'time' ? ['', 'day', 'week', 'month+'][p] : ['', 'town', 'near/district', 'province'][p]}]`;

/** Show one event and its article in `container`. */
export async function showEvent(container: HTMLElement, eventId: string, signal: AbortSignal): Promise<void> {
  render(container, h('p', { role: 'status' }, 'Loading event…'));
  const event = await getJSON<ApiEvent & { incident_id: string | null }>(`/api/events/${encodeURIComponent(eventId)}`, signal);
  const article = await getJSON<ApiArticle>(`/api/articles/${encodeURIComponent(event.article_id)}`, signal);
  renderArticle(container, article, event);
  scrollToEvidence(container);
  const link = container.querySelector('.incident-link')!;
  // The event names its incident (null for flagged events, or before incidents are rebuilt).
  const incident = event.incident_id ? await getJSON<ApiIncident>(`/api/incidents/${encodeURIComponent(event.incident_id)}`, signal).catch(() => null) : null;
  if (signal.aborted) return;
  link.replaceChildren(incident
    ? h('a', { href: `#/incidents/${encodeURIComponent(incident.id)}` }, `Part of an incident reported by ${incident.sources.length} source${incident.sources.length === 1 ? '' : 's'}${incident.disagreements.length ? ` (they disagree on ${incident.disagreements.map((d) => d.field).join(', ')})` : ''}`)
    : event.flags.length ? 'Not in any incident: flagged reports never make one.' : 'Not in any incident (no other report of it was merged with it yet).');
}

/** Bring the first highlighted evidence into view: in a long article it sits far below the fold. */
function scrollToEvidence(container: HTMLElement): void {
  const first = container.querySelector<HTMLElement>('mark.evidence');
  if (!first) return;
  first.scrollIntoView({ block: 'center', behavior: 'instant' });
  first.classList.add('flash');
  setTimeout(() => first.classList.remove('flash'), 1200);
}

/** Show one article, with no event selected, in `container`. */
export async function showArticle(container: HTMLElement, articleId: string, signal: AbortSignal): Promise<void> {
  render(container, h('p', { role: 'status' }, 'Loading article…'));
  renderArticle(container, await getJSON<ApiArticle>(`/api/articles/${encodeURIComponent(articleId)}`, signal), null);
}

function dateField(event: ApiEvent, evidence: { start: number } | undefined): HTMLElement {
  const label = dateLabel(event.date_start, event.date_end, event.time_precision);
  const node = field('Date', event.date_start ? `${label.text}${precisionBadge('time', event.time_precision)}` : null, evidence);
  node.querySelector('dd')!.setAttribute('title', label.title);
  return node;
}

/** A warning above the fields of a flagged event: it stays stored but is hidden from every default view. */
function flagNotice(event: ApiEvent): HTMLElement | null {
  if (!event.flags.length) return null;
  return h('p', { class: 'flag-notice', role: 'note' },
    h('strong', {}, `Flagged ${event.flags.join(', ')}: `),
    event.flags.map((f) => FLAG_MEANINGS[f] ?? f).join('; '),
    '. Hidden from the map, table, counts, exports and incidents unless flagged reports are shown.');
}

function codedFields(event: ApiEvent): HTMLElement {
  const first = event.evidence[0];
  return h('dl', { class: 'fields' },
    field('Event type', event.event_type, first),
    field('Sub-event type', event.sub_event_type, first),
    field('Actor 1', event.actor1?.name ?? null, first),
    field('Actor 2', event.actor2?.name ?? null, first),
    dateField(event, first),
    field('Location', event.location ? `${[event.location, event.admin2, event.admin1, event.country].filter(Boolean).join(', ')}${precisionBadge('geo', event.geo_precision)}` : null, first),
    field('Fatalities', event.fatalities_best === null ? null : event.fatalities_low !== event.fatalities_high ? `${event.fatalities_best} (reported ${event.fatalities_low ?? '?'}–${event.fatalities_high ?? '?'})` : String(event.fatalities_best), first),
    field('Injured', event.injured_best === null ? null : String(event.injured_best), first),
    h('div', { class: 'field' }, h('dt', {}, 'Flags'), h('dd', {}, event.flags.length ? flagBadges(event.flags) : 'none')),
    field('Confidence', String(event.confidence)),
  );
}

function renderArticle(container: HTMLElement, article: ApiArticle, event: ApiEvent | null): void {
  const enabled = new Set<string>();
  const textBox = h('div', { class: 'article-text', tabindex: 0, 'aria-label': 'Article text' });
  const drawText = () => {
    const marks: Mark[] = (event?.evidence ?? []).map((ev) => ({ ...ev, className: 'evidence', title: 'evidence' }));
    if (event) marks.push({ ...event.trigger, className: 'trigger', title: 'trigger' });
    for (const layer of enabled) for (const s of article.layers[layer] ?? []) marks.push({ start: s.start, end: s.end, className: `layer-${layer}`, title: spanTitle(layer, s) });
    textBox.replaceChildren(...highlightedText(article.text, marks));
  };
  const toggles = SWITCHABLE_LAYERS.map((layer) => {
    const box = h('input', { type: 'checkbox', id: `layer-${layer}`, name: layer });
    box.addEventListener('change', () => {
      if (box.checked) enabled.add(layer);
      else enabled.delete(layer);
      drawText();
    });
    return h('label', { class: `toggle layer-${layer}` }, box, ` ${layer} (${(article.layers[layer] ?? []).length})`);
  });
  const removed = article.removed.length
    ? h('details', { class: 'removed' }, h('summary', {}, `What the cleaner removed (${article.removed.length})`),
        h('ul', {}, ...article.removed.map((r) => h('li', {}, h('strong', {}, `${r.reason}: `), r.text))))
    : h('p', { class: 'muted' }, 'The cleaner removed nothing from this article.');
  render(container,
    h('p', {}, h('a', { href: '#/' }, '← Back to overview')),
    h('h2', {}, article.meta.title ?? 'Untitled article'),
    h('p', { class: 'meta' }, sourceLink(article.meta.url, article.meta.outlet ?? 'unknown outlet'), ` · published ${article.meta.published ? dateLabel(article.meta.published, article.meta.published, 1).text : 'date unknown'}`, article.meta.synthetic ? ' · synthetic sample' : ''),
    h('div', { class: 'event-layout' },
      h('section', { 'aria-label': 'Coded fields' }, h('h3', {}, 'Coded fields'),
        event && flagNotice(event),
        event && h('p', { class: 'incident-link', 'aria-live': 'polite' }, 'Looking for its incident…'),
        event ? codedFields(event) : h('p', {}, 'No event selected: switch on span layers to see what each stage found.')),
      h('section', { 'aria-label': 'Article' }, h('fieldset', { class: 'toggles' }, h('legend', {}, 'Show span layers'), ...toggles), textBox, removed)));
  drawText();
}
