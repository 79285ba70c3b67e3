// Place names for the map's visible box, from the project's own gazetteer (offline): countries far out, towns as you zoom in.
import type { Gazetteer } from '../stages/places/gazetteer.ts';

export interface PlaceLabel {
  readonly name: string;
  readonly kind: 'country' | 'place';
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
  readonly countryCode: string;
}

export interface LabelBox {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
  /** The map's zoom level (Leaflet's: 0 the whole world, 18 a street). */
  readonly zoom: number;
}

/** The smallest population a town needs to be labelled at `zoom` (none below zoom 4; any town from zoom 8, largest first). */
export function minimumPopulation(zoom: number): number {
  if (zoom <= 3) return Infinity;
  const table = [1_000_000, 300_000, 100_000, 20_000];
  return zoom >= 8 ? 0 : table[zoom - 4]!;
}

/** Parts of a town, and places gone (GeoNames codes): never labelled, the town itself is. */
const UNLABELLED_CODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

/** The labelable entries of a gazetteer, largest population first, built once per gazetteer. */
const ranked = new WeakMap<Gazetteer, PlaceLabel[]>();

function rankedLabels(g: Gazetteer): PlaceLabel[] {
  let labels = ranked.get(g);
  if (labels) return labels;
  labels = [];
  for (let i = 0; i < g.size; i++) {
    const e = g.entry(i);
    if ((e.kind !== 'place' && e.kind !== 'country') || UNLABELLED_CODES.has(e.featureCode)) continue;
    labels.push({ name: e.name, kind: e.kind, lat: e.lat, lon: e.lon, population: e.population, countryCode: e.countryCode });
  }
  labels.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
  ranked.set(g, labels);
  return labels;
}

/**
 * Up to `limit` labels inside `box`: country names up to zoom 6, then towns as large as the zoom asks
 * (see minimumPopulation), largest first. A box crossing the antimeridian has west > east.
 */
export function placeLabels(g: Gazetteer, box: LabelBox, limit = 60): PlaceLabel[] {
  const inBox = (p: PlaceLabel) => p.lat >= box.south && p.lat <= box.north
    && (box.west <= box.east ? p.lon >= box.west && p.lon <= box.east : p.lon >= box.west || p.lon <= box.east);
  const minimum = minimumPopulation(box.zoom);
  const out: PlaceLabel[] = [];
  for (const label of rankedLabels(g)) {
    if (out.length >= limit) break;
    if (label.kind === 'country' ? box.zoom > 6 : label.population < minimum) continue;
    if (inBox(label)) out.push(label);
  }
  return out;
}
