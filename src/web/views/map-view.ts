// The map: an offline basemap from world-atlas and clustered event points, coloured by type, faded by geo precision.
import L from 'leaflet';
import Supercluster from 'supercluster';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { ApiEvent } from '../api-client.ts';
import { colorFor } from '../event-colors.ts';

type PointProps = { index: number };

export interface MapView {
  show(events: readonly ApiEvent[]): void;
  /** How many event points and clusters are drawn now (for tests and the status line). */
  drawnCount(): number;
  /** Tear the map down (Leaflet keeps listeners on window otherwise). */
  remove(): void;
  /** Settles once the basemap is drawn. */
  readonly basemap: Promise<void>;
}

/** Build the map in `container`; `onSelect` is called with an event when its point is activated. */
export function createMapView(container: HTMLElement, onSelect: (event: ApiEvent) => void): MapView {
  const map = L.map(container, { worldCopyJump: true, preferCanvas: true, attributionControl: true }).setView([25, 30], 3);
  map.attributionControl.setPrefix(false).addAttribution('Basemap: Natural Earth via world-atlas');
  // The basemap is a separate chunk, loaded while the events are fetched, so neither waits for the other.
  const basemap = import('world-atlas/countries-50m.json').then(({ default: countries }) => {
    const topology = countries as unknown as Topology<{ countries: GeometryCollection }>;
    L.geoJSON(feature(topology, topology.objects.countries) as GeoJSON.FeatureCollection, {
      style: { color: '#9aa5b1', weight: 0.6, fillColor: '#eef1f4', fillOpacity: 1 },
      interactive: false,
    }).addTo(map).bringToBack();
  });
  const layer = L.layerGroup().addTo(map);
  let index = new Supercluster<PointProps, PointProps>({ radius: 48, maxZoom: 12 });
  let events: readonly ApiEvent[] = [];
  let drawn = 0;

  function redraw(): void {
    layer.clearLayers();
    const bounds = map.getBounds();
    const bbox: [number, number, number, number] = [
      Math.max(-180, bounds.getWest()), Math.max(-85, bounds.getSouth()), Math.min(180, bounds.getEast()), Math.min(85, bounds.getNorth()),
    ];
    const items = index.getClusters(bbox, Math.round(map.getZoom()));
    drawn = items.length;
    container.dataset.drawn = String(drawn); // markers and clusters on screen, for tests
    for (const item of items) {
      const [lon, lat] = item.geometry.coordinates as [number, number];
      const props = item.properties as PointProps & { cluster?: boolean; point_count?: number; cluster_id?: number };
      if (props.cluster) {
        const count = props.point_count ?? 0;
        const size = 26 + Math.min(24, Math.log2(count) * 4);
        const marker = L.marker([lat, lon], {
          icon: L.divIcon({ className: 'cluster', html: '', iconSize: [size, size] }),
          keyboard: true,
          title: `${count} events`,
          alt: `${count} events`,
        });
        marker.on('add', () => {
          const el = marker.getElement();
          if (el) el.textContent = String(count);
        });
        marker.on('click', () => map.setView([lat, lon], Math.min(index.getClusterExpansionZoom(props.cluster_id!), 12)));
        layer.addLayer(marker);
      } else {
        const event = events[props.index]!;
        const circle = L.circleMarker([lat, lon], {
          radius: 7,
          color: '#1b1b1b',
          weight: 1,
          fillColor: colorFor(event.event_type),
          fillOpacity: event.geo_precision === 3 ? 0.35 : event.geo_precision === 2 ? 0.6 : 0.9,
          dashArray: event.geo_precision === 3 ? '3 3' : undefined,
        });
        circle.bindTooltip(`${event.sub_event_type ?? 'Event'} · ${event.location ?? ''} · ${event.date_start ?? ''}`);
        circle.on('click', () => onSelect(event));
        layer.addLayer(circle);
      }
    }
  }

  map.on('moveend zoomend', redraw);
  return {
    show(next) {
      events = next;
      index = new Supercluster<PointProps, PointProps>({ radius: 48, maxZoom: 12 });
      const points = next.flatMap((e, i) =>
        e.latitude !== null && e.longitude !== null
          ? [{ type: 'Feature' as const, properties: { index: i }, geometry: { type: 'Point' as const, coordinates: [e.longitude, e.latitude] } }]
          : [],
      );
      index.load(points);
      container.dataset.located = String(points.length); // events with coordinates, for tests
      if (points.length > 0) {
        // Frame the events shown, so a filter visibly narrows the map too.
        const bounds = L.latLngBounds(points.map((p) => [p.geometry.coordinates[1], p.geometry.coordinates[0]] as [number, number]));
        map.fitBounds(bounds, { maxZoom: 7, padding: [24, 24], animate: false });
      }
      redraw();
    },
    drawnCount: () => drawn,
    remove: () => { map.remove(); },
    basemap,
  };
}
