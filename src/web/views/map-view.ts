// The map: an offline basemap, place names from the gazetteer as you zoom, and clustered events whose rings show their mix of types.
import L from 'leaflet';
import Supercluster from 'supercluster';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { ApiEvent } from '../api-client.ts';
import { EVENT_TYPE_COLORS, colorFor } from '../event-colors.ts';
import { dateLabel } from '../../util/date-label.ts';
import { createPlaceLabels } from './map-labels.ts';

type PointProps = { index: number; types: Record<string, number> };
type ClusterProps = PointProps & { cluster?: boolean; point_count?: number; cluster_id?: number };

/** Points are clustered up to this zoom; past it every event is its own marker (identical points fan out). */
const CLUSTER_MAX_ZOOM = 12;
const MAP_MAX_ZOOM = 14;

export interface MapView {
  /** Draw `events`; frame them all, or show `view` (a shared map view) when given. */
  show(events: readonly ApiEvent[], view?: { lat: number; lon: number; zoom: number } | null): void;
  /** How many event points and clusters are drawn now (for tests and the status line). */
  drawnCount(): number;
  /** Tear the map down (Leaflet keeps listeners on window otherwise). */
  remove(): void;
  /** Settles once the basemap is drawn. */
  readonly basemap: Promise<void>;
}

/** A CSS conic gradient giving each type its share of the ring, in the taxonomy's order. */
export function typeMixGradient(types: Record<string, number>): string {
  const total = Object.values(types).reduce((a, b) => a + b, 0) || 1;
  const order = [...Object.keys(EVENT_TYPE_COLORS), 'Unknown'];
  let at = 0;
  const stops = Object.entries(types).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)).map(([type, n]) => {
    const from = at;
    at += (n / total) * 360;
    const color = colorFor(type === 'Unknown' ? null : type);
    return `${color} ${from.toFixed(1)}deg ${at.toFixed(1)}deg`;
  });
  return `conic-gradient(${stops.join(', ')})`;
}

function describeMix(types: Record<string, number>): string {
  return Object.entries(types).sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', ');
}

/** Build the map in `container`; `onSelect` is called with an event when its point is activated. */
export function createMapView(container: HTMLElement, onSelect: (event: ApiEvent) => void, onMoved?: (view: { lat: number; lon: number; zoom: number }) => void): MapView {
  const map = L.map(container, { worldCopyJump: true, preferCanvas: true, attributionControl: true, maxZoom: MAP_MAX_ZOOM, minZoom: 1 }).setView([25, 30], 3);
  map.attributionControl.setPrefix(false).addAttribution('Basemap: Natural Earth via world-atlas · names: GeoNames');
  map.createPane('labels').style.zIndex = '410';
  map.createPane('events').style.zIndex = '420';
  // The basemap is a separate chunk, loaded while the events are fetched, so neither waits for the other.
  const basemap = import('world-atlas/countries-50m.json').then(({ default: countries }) => {
    const topology = countries as unknown as Topology<{ countries: GeometryCollection }>;
    L.geoJSON(feature(topology, topology.objects.countries) as GeoJSON.FeatureCollection, {
      style: { color: '#8795a3', weight: 0.8, fillColor: '#eef1f4', fillOpacity: 1 },
      interactive: false,
    }).addTo(map).bringToBack();
  });
  const labels = createPlaceLabels(map, container);
  const layer = L.layerGroup().addTo(map);
  const newIndex = () => new Supercluster<PointProps, PointProps>({
    radius: 48, maxZoom: CLUSTER_MAX_ZOOM,
    map: (p) => ({ index: p.index, types: { ...p.types } }),
    reduce: (acc, p) => { for (const [t, n] of Object.entries(p.types)) acc.types[t] = (acc.types[t] ?? 0) + n; },
  });
  let index = newIndex();
  let events: readonly ApiEvent[] = [];
  let drawn = 0;
  /** Clusters opened in place because zooming cannot split them (their events share one point). */
  let opened = new Set<number>();

  function eventMarker(event: ApiEvent, at: L.LatLngExpression): L.CircleMarker {
    const flagged = event.flags.length > 0;
    const color = colorFor(event.event_type);
    const circle = L.circleMarker(at, {
      pane: 'events',
      radius: 7,
      color: flagged ? color : '#1b1b1b',
      weight: flagged ? 2.5 : 1,
      fillColor: flagged ? '#ffffff' : color,
      fillOpacity: flagged ? 0.6 : event.geo_precision === 3 ? 0.35 : event.geo_precision === 2 ? 0.6 : 0.9,
      dashArray: flagged || event.geo_precision === 3 ? '3 3' : undefined,
    });
    const date = dateLabel(event.date_start, event.date_end, event.time_precision).text;
    circle.bindTooltip(`${event.sub_event_type ?? 'Event'} · ${event.location ?? ''} · ${date}${flagged ? ` · flagged ${event.flags.join(', ')}` : ''}`);
    circle.on('click', () => onSelect(event));
    return circle;
  }

  function clusterMarker(props: ClusterProps, lat: number, lon: number): L.Marker {
    const count = props.point_count ?? 0;
    const size = 28 + Math.min(24, Math.log2(count) * 4);
    const label = `${count} events: ${describeMix(props.types)}`;
    const marker = L.marker([lat, lon], { icon: L.divIcon({ className: 'cluster', html: '', iconSize: [size, size] }), keyboard: true, title: label, alt: label });
    marker.on('add', () => {
      const el = marker.getElement();
      if (!el) return;
      el.style.background = typeMixGradient(props.types); // CSSOM: the CSP forbids style attributes
      el.replaceChildren(Object.assign(document.createElement('span'), { textContent: String(count) }));
    });
    marker.on('click', () => {
      const expansion = index.getClusterExpansionZoom(props.cluster_id!);
      if (expansion > CLUSTER_MAX_ZOOM) {
        opened.add(props.cluster_id!);
        redraw();
      } else map.setView([lat, lon], expansion);
    });
    return marker;
  }

  /** Events at one point, spread on a circle around it with a leg to the true point. */
  function fanOut(group: number[], lat: number, lon: number): void {
    const center = map.latLngToLayerPoint([lat, lon]);
    const radius = Math.min(70, 16 + group.length * 3);
    group.forEach((i, k) => {
      const angle = (2 * Math.PI * k) / group.length - Math.PI / 2;
      const at = map.layerPointToLatLng(center.add(L.point(radius * Math.cos(angle), radius * Math.sin(angle))));
      layer.addLayer(L.polyline([[lat, lon], at], { pane: 'events', color: '#4a5560', weight: 1, interactive: false }));
      layer.addLayer(eventMarker(events[i]!, at));
    });
  }

  function redraw(): void {
    layer.clearLayers();
    const bounds = map.getBounds();
    const bbox: [number, number, number, number] = [
      Math.max(-180, bounds.getWest()), Math.max(-85, bounds.getSouth()), Math.min(180, bounds.getEast()), Math.min(85, bounds.getNorth()),
    ];
    const items = index.getClusters(bbox, Math.round(map.getZoom()));
    const atPoint = new Map<string, { lat: number; lon: number; indices: number[] }>();
    let fanned = 0;
    let flagged = 0;
    for (const item of items) {
      const [lon, lat] = item.geometry.coordinates as [number, number];
      const props = item.properties as ClusterProps;
      if (props.cluster && !opened.has(props.cluster_id!)) {
        layer.addLayer(clusterMarker(props, lat, lon));
        continue;
      }
      const indices = props.cluster ? index.getLeaves(props.cluster_id!, Infinity).map((leaf) => leaf.properties.index) : [props.index];
      const key = `${lat.toFixed(6)},${lon.toFixed(6)}`;
      const group = atPoint.get(key) ?? { lat, lon, indices: [] };
      group.indices.push(...indices);
      atPoint.set(key, group);
    }
    for (const { lat, lon, indices } of atPoint.values()) {
      if (indices.length === 1) layer.addLayer(eventMarker(events[indices[0]!]!, [lat, lon]));
      else {
        fanOut(indices, lat, lon);
        fanned += indices.length;
      }
    }
    for (const { indices } of atPoint.values()) flagged += indices.filter((i) => events[i]!.flags.length > 0).length;
    drawn = items.length;
    container.dataset.flaggedDrawn = String(flagged); // hollow markers of flagged events on screen
    container.dataset.drawn = String(drawn); // markers and clusters on screen, for tests
    container.dataset.fanned = String(fanned); // events spread around a shared point
  }

  map.on('zoomstart', () => { opened = new Set(); });
  map.on('moveend', redraw);
  map.on('moveend', () => { const c = map.getCenter(); onMoved?.({ lat: c.lat, lon: c.lng, zoom: Math.round(map.getZoom()) }); });
  return {
    show(next, view) {
      events = next;
      index = newIndex();
      opened = new Set();
      const points = next.flatMap((e, i) =>
        e.latitude !== null && e.longitude !== null
          ? [{ type: 'Feature' as const, properties: { index: i, types: { [e.event_type ?? 'Unknown']: 1 } }, geometry: { type: 'Point' as const, coordinates: [e.longitude, e.latitude] } }]
          : [],
      );
      index.load(points);
      container.dataset.located = String(points.length); // events with coordinates, for tests
      if (view) map.setView([view.lat, view.lon], Math.min(view.zoom, MAP_MAX_ZOOM), { animate: false });
      else if (points.length > 0) {
        // Frame the events shown, so a filter visibly narrows the map too.
        const bounds = L.latLngBounds(points.map((p) => [p.geometry.coordinates[1], p.geometry.coordinates[0]] as [number, number]));
        map.fitBounds(bounds, { maxZoom: 7, padding: [24, 24], animate: false });
      }
      redraw();
      labels.refresh();
    },
    drawnCount: () => drawn,
    remove: () => {
      labels.stop();
      map.remove();
    },
    basemap,
  };
}
