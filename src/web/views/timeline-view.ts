// The timeline: events per day, week or month stacked by type, fatalities as a line, dated axes, a brush that sets the dates.
import type { ApiEvent } from '../api-client.ts';
import { EVENT_TYPE_COLORS, colorFor } from '../event-colors.ts';

const SVG = 'http://www.w3.org/2000/svg';
const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export type Bin = 'day' | 'week' | 'month';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The bin start (UTC ms) holding day `t`. */
export function binStart(t: number, bin: Bin): number {
  const d = new Date(t);
  if (bin === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  if (bin === 'week') return t - ((d.getUTCDay() + 6) % 7) * DAY;
  return t;
}

function nextBin(t: number, bin: Bin): number {
  if (bin === 'month') {
    const d = new Date(t);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  }
  return t + (bin === 'week' ? 7 : 1) * DAY;
}

const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);

/** A tick label: "3 Mar", or "Mar 2025" for months; the year is added where it changes. */
function tickText(t: number, bin: Bin, withYear: boolean): string {
  const d = new Date(t);
  const month = MONTHS[d.getUTCMonth()]!;
  if (bin === 'month') return d.getUTCMonth() === 0 || withYear ? `${month} ${d.getUTCFullYear()}` : month;
  return `${d.getUTCDate()} ${month}${withYear ? ` ${d.getUTCFullYear()}` : ''}`;
}

interface BinCounts { total: number; fatalities: number; byType: Map<string, number> }

/** Draw the chart into `container`; `onBrush(since, until)` fires when the user selects a range. */
export function createTimelineView(container: HTMLElement, onBrush: (since: string, until: string) => void) {
  return {
    show(events: readonly ApiEvent[]): void {
      container.replaceChildren();
      const dated = events.filter((e) => e.date_start);
      const undated = events.length - dated.length;
      const note = document.createElement('p');
      note.className = 'undated-note';
      note.textContent = undated
        ? `${undated} of ${events.length} events have no date and are not on the timeline (they are in the table, marked "undated").`
        : `All ${events.length} events are dated.`;
      if (dated.length === 0) {
        note.textContent = events.length ? `No dated events: all ${events.length} have no date (they are in the table).` : 'No events.';
        container.append(note);
        return;
      }
      const days = dated.map((e) => Date.parse(e.date_start!.slice(0, 10)));
      const min = Math.min(...days);
      const max = Math.max(...days);
      const span = (max - min) / DAY;
      const bin: Bin = span <= 90 ? 'day' : span <= 730 ? 'week' : 'month';
      const bins: number[] = [];
      for (let t = binStart(min, bin); t <= max; t = nextBin(t, bin)) bins.push(t);
      const counts = new Map<number, BinCounts>(bins.map((t) => [t, { total: 0, fatalities: 0, byType: new Map() }]));
      dated.forEach((e, i) => {
        const c = counts.get(binStart(days[i]!, bin))!;
        c.total++;
        c.fatalities += e.fatalities_best ?? 0;
        const type = e.event_type ?? 'Unknown';
        c.byType.set(type, (c.byType.get(type) ?? 0) + 1);
      });
      const width = Math.max(320, Math.round(container.clientWidth || 1000));
      const left = 34, right = 40, top = 10, plot = 130, axis = 26;
      const inner = width - left - right;
      const topCount = Math.max(...[...counts.values()].map((c) => c.total));
      const topDeaths = Math.max(0, ...[...counts.values()].map((c) => c.fatalities));
      const barWidth = inner / bins.length;
      const y = (n: number) => top + plot - (n / topCount) * plot;
      const yDeaths = (n: number) => top + plot - (topDeaths ? (n / topDeaths) * plot : 0);
      const root = svg('svg', {
        viewBox: `0 0 ${width} ${top + plot + axis}`, width, height: top + plot + axis, role: 'img', class: 'timeline', 'data-total': dated.length, 'data-bin': bin,
        'aria-label': `Events per ${bin} by type, with fatalities, ${iso(min)} to ${iso(max)}`,
      });
      // Axes: counts on the left, fatalities on the right, dates below.
      root.append(svg('line', { x1: left, x2: left + inner, y1: top + plot, y2: top + plot, class: 'axis-line' }));
      root.append(svg('text', { x: left - 6, y: top + 4, 'text-anchor': 'end', class: 'axis count-axis' }, String(topCount)));
      root.append(svg('text', { x: left - 6, y: top + plot, 'text-anchor': 'end', class: 'axis count-axis' }, '0'));
      if (topDeaths) root.append(svg('text', { x: left + inner + 6, y: top + 4, 'text-anchor': 'start', class: 'axis deaths-axis' }, String(topDeaths)));
      const typeOrder = Object.keys(EVENT_TYPE_COLORS);
      bins.forEach((t, i) => {
        const c = counts.get(t)!;
        const group = svg('g', { class: 'bin', 'data-count': c.total });
        let base = 0;
        for (const type of [...c.byType.keys()].sort((a, b) => typeOrder.indexOf(a) - typeOrder.indexOf(b))) {
          const n = c.byType.get(type)!;
          const rect = svg('rect', { x: left + i * barWidth + 0.5, y: y(base + n), width: Math.max(1, barWidth - 1), height: y(base) - y(base + n), class: 'bar', 'data-type': type });
          rect.style.fill = colorFor(type === 'Unknown' ? null : type);
          group.append(rect);
          base += n;
        }
        const parts = [...c.byType.entries()].map(([type, n]) => `${type} ${n}`).join(', ');
        group.append(svg('title', {}, `${bin === 'week' ? 'week of ' : ''}${tickText(t, bin, true)}: ${c.total} events${parts ? ` (${parts})` : ''}, ${c.fatalities} fatalities`));
        root.append(group);
      });
      // Fatalities per bin as a line with points over the bars.
      if (topDeaths) {
        const points = bins.map((t, i) => `${left + (i + 0.5) * barWidth},${yDeaths(counts.get(t)!.fatalities)}`);
        root.append(svg('polyline', { points: points.join(' '), class: 'deaths' }));
        bins.forEach((t, i) => root.append(svg('circle', { cx: left + (i + 0.5) * barWidth, cy: yDeaths(counts.get(t)!.fatalities), r: 2.5, class: 'deaths-point' })));
      }
      // Date ticks: about one per 90 px, at bin starts.
      const every = Math.max(1, Math.ceil(bins.length / Math.max(2, Math.floor(inner / 90))));
      let lastYear = -1;
      for (let i = 0; i < bins.length; i += every) {
        const t = bins[i]!;
        const year = new Date(t).getUTCFullYear();
        const x = left + i * barWidth;
        root.append(svg('line', { x1: x, x2: x, y1: top + plot, y2: top + plot + 4, class: 'axis-line' }));
        root.append(svg('text', { x, y: top + plot + 18, 'text-anchor': i === 0 ? 'start' : 'middle', class: 'axis date-axis' }, tickText(t, bin, year !== lastYear)));
        lastYear = year;
      }
      const brush = svg('rect', { x: 0, y: top, width: 0, height: plot, class: 'brush' });
      root.append(brush);
      const toTime = (clientX: number): number => {
        const box = root.getBoundingClientRect();
        const x = ((clientX - box.left) / box.width) * width - left;
        return bins[Math.max(0, Math.min(bins.length - 1, Math.floor(x / barWidth)))]!;
      };
      let from: number | null = null;
      root.addEventListener('pointerdown', (e) => {
        from = e.clientX;
        root.setPointerCapture(e.pointerId);
      });
      root.addEventListener('pointermove', (e) => {
        if (from === null) return;
        const box = root.getBoundingClientRect();
        const a = ((Math.min(from, e.clientX) - box.left) / box.width) * width;
        const b = ((Math.max(from, e.clientX) - box.left) / box.width) * width;
        brush.setAttribute('x', String(a));
        brush.setAttribute('width', String(b - a));
      });
      root.addEventListener('pointerup', (e) => {
        if (from === null) return;
        const a = toTime(Math.min(from, e.clientX));
        const b = toTime(Math.max(from, e.clientX));
        from = null;
        onBrush(iso(a), iso(nextBin(b, bin) - DAY));
      });
      const legend = document.createElement('p');
      legend.className = 'timeline-legend';
      legend.textContent = `Bars: events per ${bin}, stacked by type (colours as on the map; left axis). Line: fatalities per ${bin} (right axis). Drag across the chart to set the dates.`;
      container.append(root, legend, note);
    },
  };
}
