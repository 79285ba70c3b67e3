// Place names on the map, fetched for the visible box from /api/places (the offline gazetteer), placed without overlaps.
import L from 'leaflet';
import { getJSON } from '../api-client.ts';

type PlaceLabel = { name: string; kind: 'country' | 'place'; lat: number; lon: number; population: number };

/** Keep labels that do not collide (largest places come first from the API): a greedy pass over their pixel boxes. */
export function placeWithoutOverlap<T>(items: readonly T[], box: (item: T) => { x: number; y: number; w: number; h: number }): T[] {
  const placed: { x: number; y: number; w: number; h: number }[] = [];
  const kept: T[] = [];
  for (const item of items) {
    const b = box(item);
    if (placed.some((p) => b.x < p.x + p.w && p.x < b.x + b.w && b.y < p.y + p.h && p.y < b.y + b.h)) continue;
    placed.push(b);
    kept.push(item);
  }
  return kept;
}

/** Labels in the map's "labels" pane, refreshed after each move; `container.dataset.labels` counts them (for tests). */
export function createPlaceLabels(map: L.Map, container: HTMLElement) {
  const layer = L.layerGroup().addTo(map);
  let pending: AbortController | null = null;
  let stopped = false;

  async function refresh(): Promise<void> {
    pending?.abort();
    const controller = new AbortController();
    pending = controller;
    const b = map.getBounds();
    const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
    const bbox = [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90), clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)].map((v) => v.toFixed(4)).join(',');
    const zoom = Math.round(map.getZoom());
    let items: PlaceLabel[];
    try {
      items = (await getJSON<{ items: PlaceLabel[] }>(`/api/places?bbox=${bbox}&zoom=${zoom}&limit=80`, controller.signal)).items;
    } catch {
      return; // moved again, or torn down: the next refresh draws
    }
    if (stopped || controller.signal.aborted) return;
    // Zoomed in, towns before country names: a country's point sits on its capital.
    if (zoom >= 5) items = [...items.filter((p) => p.kind !== 'country'), ...items.filter((p) => p.kind === 'country')];
    const kept = placeWithoutOverlap(items, (p) => {
      const at = map.latLngToContainerPoint([p.lat, p.lon]);
      const w = p.name.length * (p.kind === 'country' ? 8 : 7) + 8;
      return { x: at.x - w / 2, y: at.y - 10, w, h: 20 };
    });
    layer.clearLayers();
    for (const p of kept) {
      const text = p.kind === 'country' ? p.name.toUpperCase() : p.name;
      const icon = L.divIcon({ className: `place-label ${p.kind}`, html: '', iconSize: undefined });
      const marker = L.marker([p.lat, p.lon], { icon, pane: 'labels', interactive: false, keyboard: false });
      marker.on('add', () => { marker.getElement()?.replaceChildren(Object.assign(document.createElement('span'), { textContent: text })); });
      layer.addLayer(marker);
    }
    container.dataset.labels = String(kept.length);
    container.dataset.labelNames = kept.map((p) => p.name).join('|');
  }

  map.on('moveend', () => void refresh());
  return {
    refresh: () => void refresh(),
    stop: () => {
      stopped = true;
      pending?.abort();
    },
  };
}
