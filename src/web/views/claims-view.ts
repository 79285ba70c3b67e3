// The claims view: estimates of one subject over time, by source, conflicting ones marked; a click opens the sentence.
import { getJSON } from '../api-client.ts';
import { h, render } from '../dom.ts';

export interface ApiClaim {
  id: string;
  subject: string;
  low: number | null;
  high: number | null;
  best: number | null;
  unit: string | null;
  attributed_to: string | null;
  date: string | null;
  outlet: string | null;
  article_id: string;
  conflicts_with?: string[];
  evidence: { start: number; end: number; text: string }[];
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
  dated.forEach((c, i) => {
    const cx = dated.length === 1 ? width / 2 : x(times[i]!);
    const conflict = (c.conflicts_with ?? []).length > 0;
    const g = svg('g', { class: conflict ? 'claim conflict' : 'claim', tabindex: 0, role: 'button' });
    const title = svg('title', {});
    title.textContent = `${c.attributed_to ?? 'unattributed'}: ${c.low ?? c.best}${c.high !== c.low ? `–${c.high}` : ''} ${c.unit ?? ''} (${c.date ?? 'undated'})${conflict ? ' — conflicts with another estimate' : ''}`;
    g.append(title,
      svg('line', { x1: cx, x2: cx, y1: y(c.low ?? c.best!), y2: y(c.high ?? c.best!), class: 'range' }),
      svg('circle', { cx, cy: y(c.best ?? c.low!), r: 6, class: 'point' }));
    g.addEventListener('click', () => onOpen(c));
    g.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') onOpen(c); });
    root.append(g);
  });
  return root;
}

/** Show every subject, or the timeline of one subject, in `container`. */
export async function showClaims(container: HTMLElement, subject: string | null, signal: AbortSignal): Promise<void> {
  render(container, h('p', { role: 'status' }, 'Loading claims…'));
  const params = new URLSearchParams({ limit: '1000' });
  if (subject) params.set('subject', subject);
  const page = await getJSON<{ items: ApiClaim[] }>(`/api/claims?${params}`, signal);
  const claims = subject ? page.items.filter((c) => c.subject === subject) : page.items;
  if (!subject) {
    const subjects = new Map<string, number>();
    for (const c of claims) subjects.set(c.subject, (subjects.get(c.subject) ?? 0) + 1);
    render(container, h('h2', {}, 'Claims by subject'),
      subjects.size === 0 ? h('p', {}, 'No claims stored yet.') : h('ul', {}, ...[...subjects].sort((a, b) => b[1] - a[1]).map(([s, n]) =>
        h('li', {}, h('a', { href: `#/claims?subject=${encodeURIComponent(s)}` }, s), ` (${n})`))));
    return;
  }
  const detail = h('div', { class: 'claim-detail', 'aria-live': 'polite' });
  const open = (c: ApiClaim) => render(detail, h('blockquote', {}, c.evidence[0]?.text ?? ''), h('p', {}, `${c.attributed_to ?? 'unattributed'} · ${c.outlet ?? ''} · `, h('a', { href: `#/articles/${encodeURIComponent(c.article_id)}` }, 'open article')));
  render(container,
    h('p', {}, h('a', { href: '#/claims' }, '← All subjects')),
    h('h2', {}, subject),
    claims.length ? chart(claims, open) : h('p', {}, 'No estimates for this subject.'),
    h('table', { class: 'claims-table' }, h('thead', {}, h('tr', {}, ...['Date', 'Estimate', 'Who said it', 'Outlet', 'Conflicts'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, ...claims.map((c) => h('tr', { class: (c.conflicts_with ?? []).length ? 'conflict' : '' },
        h('td', {}, c.date ?? ''), h('td', {}, `${c.low ?? c.best ?? ''}${c.high !== null && c.high !== c.low ? `–${c.high}` : ''} ${c.unit ?? ''}`),
        h('td', {}, c.attributed_to ?? ''), h('td', {}, c.outlet ?? ''), h('td', {}, (c.conflicts_with ?? []).length ? 'yes' : ''))))),
    detail);
}
