// The claims view: estimates of one subject over time, by source, conflicting ones marked; a click opens the sentence.
import { getJSON } from '../api-client.ts';
import { h, render } from '../dom.ts';

export interface ApiClaim {
  id: string;
  subject: string;
  low: number | null;
  high: number | null;
  best: number | null;
  text: string | null;
  unit: string | null;
  attributed_to: string | null;
  date: string | null;
  outlet: string | null;
  article_id: string;
  conflicts_with?: string[];
  evidence: { start: number; end: number; text: string }[];
  counted?: string | null;
  of_whom?: string | null;
  place?: string | null;
  area?: string | null;
  denied?: boolean;
  denied_by?: string | null;
  source_kind?: string | null;
}

/** Who a claim is from: the named source, else the outlet stating the figure itself; a denial is said. */
function sourceOf(c: ApiClaim): string {
  const who = c.attributed_to ?? (c.source_kind === 'outlet' ? `${c.outlet ?? 'the outlet'} (its own figure)` : 'unattributed');
  return c.denied ? `${who} — denied${c.denied_by ? ` by ${c.denied_by}` : ''}` : who;
}

/** What the subject's claims count, from their fields: "killed · police · Kirkuk". */
function whatIsCounted(claims: readonly ApiClaim[]): string {
  const first = claims.find((c) => c.counted);
  if (!first) return '';
  return [`counted: ${first.counted}`, first.of_whom ? `of whom: ${first.of_whom}` : '', first.area ? `where: ${first.area}` : ''].filter(Boolean).join(' · ');
}

const SVG = 'http://www.w3.org/2000/svg';
function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** A range chart: x = date, y = estimate (log scale), one bar low–high per claim. */
function chart(claims: readonly ApiClaim[], onOpen: (c: ApiClaim) => void): SVGSVGElement {
  const width = 800, height = 260, pad = 50;
  const dated = claims.filter((c) => (c.low ?? c.best) !== null);
  const times = dated.map((c) => Date.parse(c.date ?? '1970-01-01'));
  const values = dated.flatMap((c) => [c.low ?? c.best!, c.high ?? c.best!]).map((v) => Math.max(1, v));
  const [t0, t1] = [Math.min(...times), Math.max(...times) + 1];
  const [v0, v1] = [Math.log10(Math.min(...values)) - 0.2, Math.log10(Math.max(...values)) + 0.2];
  const x = (t: number) => pad + ((t - t0) / (t1 - t0 || 1)) * (width - 2 * pad);
  const y = (v: number) => height - pad - ((Math.log10(Math.max(1, v)) - v0) / (v1 - v0 || 1)) * (height - 2 * pad);
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'claims-chart', role: 'img', 'aria-label': `Estimates of ${claims[0]?.subject ?? ''} over time` });
  root.append(svg('line', { x1: pad, y1: height - pad, x2: width - pad, y2: height - pad, class: 'axis-line' }));
  const label = (x0: number, y0: number, text: string, anchor = 'middle') => {
    const node = svg('text', { x: x0, y: y0, 'text-anchor': anchor, class: 'axis' });
    node.textContent = text;
    root.append(node);
  };
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  label(pad, height - pad + 18, day(t0), 'start');
  if (t1 - 1 > t0) label(width - pad, height - pad + 18, day(t1 - 1), 'end');
  for (const v of [Math.min(...values), Math.max(...values)]) {
    root.append(svg('line', { x1: pad - 4, x2: width - pad, y1: y(v), y2: y(v), class: 'grid-line' }));
    label(pad - 6, y(v) + 4, v.toLocaleString('en'), 'end');
  }
  dated.forEach((c, i) => {
    const cx = dated.length === 1 ? width / 2 : x(times[i]!);
    const conflict = (c.conflicts_with ?? []).length > 0;
    const g = svg('g', { class: conflict ? 'claim conflict' : 'claim', tabindex: 0, role: 'button' });
    const title = svg('title', {});
    title.textContent = `${sourceOf(c)}: ${c.low ?? c.best}${c.high !== c.low ? `–${c.high}` : ''} ${c.unit ?? ''} (${c.date ?? 'undated'})${conflict ? ' — conflicts with another estimate' : ''}`;
    g.append(title,
      svg('line', { x1: cx, x2: cx, y1: y(c.low ?? c.best!), y2: y(c.high ?? c.best!), class: 'range' }),
      svg('circle', { cx, cy: y(c.best ?? c.low!), r: 6, class: 'point' }));
    g.addEventListener('click', () => onOpen(c));
    g.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') onOpen(c); });
    root.append(g);
  });
  return root;
}

interface ApiClaimSubject { subject: string; claims: number; low: number | null; high: number | null; first_date: string | null; last_date: string | null }

/** Every claim on `subject`, following cursors (at most five pages of 1000). */
async function claimsOf(subject: string, signal: AbortSignal): Promise<ApiClaim[]> {
  const out: ApiClaim[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 5; page++) {
    const params = new URLSearchParams({ limit: '1000', subject });
    if (cursor) params.set('cursor', cursor);
    const got: { items: ApiClaim[]; next_cursor: string | null } = await getJSON(`/api/claims?${params}`, signal);
    out.push(...got.items);
    cursor = got.next_cursor;
    if (!cursor) break;
  }
  return out;
}

async function showSubjects(container: HTMLElement, signal: AbortSignal): Promise<void> {
  const page = await getJSON<{ items: ApiClaimSubject[] }>('/api/claims/subjects?limit=1000', signal);
  const span = (s: ApiClaimSubject) => s.low === null ? '' : s.low === s.high ? String(s.low) : `${s.low}–${s.high}`;
  render(container, h('h2', {}, 'Claims by subject'),
    page.items.length === 0
      ? h('p', { class: 'empty' }, 'No claims stored yet: attributed estimates ("officials said about 3,000 fighters…") appear here once reports are ingested.')
      : h('table', { class: 'events-table subjects-table' },
          h('caption', {}, `${page.items.length} subjects, most claims first`),
          h('thead', {}, h('tr', {}, ...['Subject', 'Claims', 'Estimates', 'From', 'To'].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, ...page.items.map((s) => h('tr', {},
            h('td', {}, h('a', { href: `#/claims?subject=${encodeURIComponent(s.subject)}` }, s.subject)),
            h('td', {}, String(s.claims)), h('td', {}, span(s)), h('td', {}, s.first_date ?? ''), h('td', {}, s.last_date ?? ''))))));
}

/** Show every subject, or the estimates of one subject over time, in `container`. */
export async function showClaims(container: HTMLElement, subject: string | null, signal: AbortSignal): Promise<void> {
  render(container, h('p', { role: 'status', class: 'status' }, 'Loading claims…'));
  if (!subject) return showSubjects(container, signal);
  const fetched = await claimsOf(subject, signal);
  // The API marks conflicts (conflicts_with) whenever the list is narrowed to one subject.
  const claims = fetched.map((c) => ({ ...c, conflicts_with: c.conflicts_with ?? [] }))
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const detail = h('div', { class: 'claim-detail', 'aria-live': 'polite' });
  const open = (c: ApiClaim) => render(detail, h('blockquote', {}, c.evidence[0]?.text ?? c.text ?? ''),
    h('p', {}, `${sourceOf(c)} · ${c.outlet ?? 'unknown outlet'} · ${c.date ?? 'undated'}${c.place ? ` · ${c.place}` : ''} · `, h('a', { href: `#/articles/${encodeURIComponent(c.article_id)}` }, 'open article')));
  const charted = claims.filter((c) => (c.low ?? c.best ?? c.high) !== null);
  const conflicting = claims.filter((c) => c.conflicts_with.length > 0).length;
  const estimate = (c: ApiClaim) => c.low === null && c.high === null ? (c.best === null ? (c.text ?? '') : String(c.best)) : `${c.low ?? c.best}${c.high !== null && c.high !== c.low ? `–${c.high}` : ''}`;
  render(container,
    h('p', {}, h('a', { href: '#/claims' }, '← All subjects')),
    h('h2', {}, subject),
    whatIsCounted(claims) ? h('p', { class: 'claim-fields' }, whatIsCounted(claims)) : null,
    h('p', { class: 'muted' }, `${claims.length} claims; ${conflicting ? `${conflicting} conflict with another estimate of the same thing at the same time (marked red)` : 'no conflicting estimates'}. Select a point or a row to read the sentence.`),
    charted.length ? chart(charted, open) : h('p', { class: 'empty' }, 'No numeric estimates for this subject, so there is nothing to chart.'),
    detail,
    claims.length === 0 ? h('p', { class: 'empty' }, 'No claims on this subject.') :
      h('table', { class: 'claims-table events-table' }, h('caption', {}, 'Every claim on this subject'),
        h('thead', {}, h('tr', {}, ...['Date', 'Estimate', 'Who said it', 'Outlet', 'Conflicts'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, ...claims.map((c) => {
          const read = h('button', { type: 'button', class: 'linkish' }, c.date ?? 'undated');
          read.addEventListener('click', () => open(c));
          return h('tr', { class: c.conflicts_with.length ? 'conflict' : '' },
            h('td', {}, read), h('td', {}, `${estimate(c)} ${c.unit ?? ''}`),
            h('td', {}, sourceOf(c)), h('td', {}, c.outlet ?? ''), h('td', {}, c.conflicts_with.length ? `yes (${c.conflicts_with.length})` : ''));
        }))));
}
