// The map's legend: what each marker colour (event type) and fill (geo precision) means.
import { h } from '../dom.ts';
import { EVENT_TYPE_COLORS } from '../event-colors.ts';

/** A legend listing the event type colours, the precision fills, flagged markers and clusters, as plain text and swatches. */
export function mapLegend(): HTMLElement {
  const swatch = (color: string, opacity = 0.9, dashed = false) => {
    // Set through the CSSOM: the CSP (style-src 'self') blocks style attributes.
    const node = h('span', { class: `swatch${dashed ? ' dashed' : ''}`, 'aria-hidden': 'true' });
    node.style.background = color;
    node.style.opacity = String(opacity);
    return node;
  };
  return h('div', { class: 'legend', role: 'group', 'aria-label': 'Map legend' },
    h('ul', {}, ...Object.entries(EVENT_TYPE_COLORS).map(([type, color]) => h('li', {}, swatch(color), type))),
    h('ul', {},
      h('li', {}, swatch('#5d6d7e', 0.9), 'town'),
      h('li', {}, swatch('#5d6d7e', 0.6), 'near a town / district'),
      h('li', {}, swatch('#5d6d7e', 0.35, true), 'province only'),
      h('li', {}, swatch('#ffffff', 1, true), 'flagged (shown on request)'),
      h('li', {}, h('span', { class: 'swatch cluster-swatch', 'aria-hidden': 'true' }), 'cluster: the ring shows its mix of types (select to zoom in or spread)')));
}
