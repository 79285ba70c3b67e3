// The timeline: a histogram of events per day, week or month, with a brush that sets the date filter.
import type { ApiEvent } from '../api-client.ts';

const SVG = 'http://www.w3.org/2000/svg';
const DAY = 86_400_000;

export type Bin = 'day' | 'week' | 'month';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

function eventDay(e: ApiEvent): number | null {
  const d = e.date_start ?? e.published?.slice(0, 10);
  return d ? Date.parse(d.slice(0, 10)) : null;
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

/** Draw the histogram into `container`; `onBrush(since, until)` fires when the user selects a range. */
export function createTimelineView(container: HTMLElement, onBrush: (since: string, until: string) => void) {
  return {
    show(events: readonly ApiEvent[]): void {
      const days = events.map(eventDay).filter((t): t is number => t !== null);
      container.replaceChildren();
      if (days.length === 0) {
        container.textContent = 'No dated events.';
        return;
      }
      const min = Math.min(...days);
      const max = Math.max(...days);
      const span = (max - min) / DAY;
      const bin: Bin = span <= 120 ? 'day' : span <= 730 ? 'week' : 'month';
      const counts = new Map<number, number>();
      for (const t of days) counts.set(binStart(t, bin), (counts.get(binStart(t, bin)) ?? 0) + 1);
      const bins: number[] = [];
      for (let t = binStart(min, bin); t <= max; t = nextBin(t, bin)) bins.push(t);
      const width = 1000;
      const height = 120;
      const top = Math.max(...counts.values());
      const barWidth = width / bins.length;
      const root = svg('svg', { viewBox: `0 0 ${width} ${height + 20}`, role: 'img', 'aria-label': `Events per ${bin}, ${iso(min)} to ${iso(max)}`, class: 'timeline', 'data-total': days.length });
      bins.forEach((t, i) => {
        const n = counts.get(t) ?? 0;
        const h = (n / top) * height;
        const rect = svg('rect', { x: i * barWidth + 0.5, y: height - h, width: Math.max(1, barWidth - 1), height: h, class: 'bar' });
        const title = svg('title', {});
        title.textContent = `${iso(t)}: ${n} events`;
        rect.append(title);
        root.append(rect);
      });
      const label = (x: number, text: string, anchor: string) => {
        const node = svg('text', { x, y: height + 15, 'text-anchor': anchor, class: 'axis' });
        node.textContent = text;
        root.append(node);
      };
      label(0, iso(min), 'start');
      label(width, iso(max), 'end');
      const brush = svg('rect', { x: 0, y: 0, width: 0, height, class: 'brush' });
      root.append(brush);
      const toTime = (clientX: number): number => {
        const box = root.getBoundingClientRect();
        const i = Math.max(0, Math.min(bins.length - 1, Math.floor(((clientX - box.left) / box.width) * bins.length)));
        return bins[i]!;
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
      container.append(root);
    },
  };
}
