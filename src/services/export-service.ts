// Exports of filtered events as ACLED-column CSV, GeoJSON or JSON Lines, streamed page by page in constant memory.
import type { EventFilter, Store, StoredEvent } from '../storage/store.ts';
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { ACLED_CSV_HEADER, acledRow } from './acled-csv.ts';
import { eventToJSON, listEvents } from './events-service.ts';

const EXPORT_PAGE_SIZE = 100;

export const EXPORT_FORMATS = ['acled-csv', 'geojson', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  'acled-csv': 'text/csv; charset=utf-8',
  geojson: 'application/geo+json',
  jsonl: 'application/x-ndjson',
};

export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = { 'acled-csv': 'csv', geojson: 'geojson', jsonl: 'jsonl' };

/**
 * The export of every event matching `filter` as text chunks (one per event plus framing), in id
 * order. Only one store page is held at a time, so memory stays flat however many events match.
 */
export async function* exportEvents(store: Store, format: ExportFormat, filter: EventFilter = {}): AsyncGenerator<string> {
  // Small pages: fewer objects alive at once keeps V8's young generation (and so RSS) small.
  const events = listEvents(store, { ...filter, sort: 'id' }, EXPORT_PAGE_SIZE);
  if (format === 'acled-csv') {
    // One streaming stringifier for the whole export (a new one per row churns memory).
    const rows = Readable.from((async function* () {
      yield [...ACLED_CSV_HEADER];
      for await (const e of events) yield acledRow(e);
    })());
    const csv = rows.pipe(stringify());
    rows.once('error', (error) => csv.destroy(error)); // pipe() does not pass a source's failure on
    for await (const chunk of csv) yield String(chunk);
  } else if (format === 'jsonl') {
    for await (const e of events) yield `${JSON.stringify(eventToJSON(e))}\n`;
  } else {
    yield '{"type":"FeatureCollection","features":[';
    let first = true;
    for await (const e of events) {
      yield `${first ? '\n' : ',\n'}${JSON.stringify(eventFeature(e))}`;
      first = false;
    }
    yield '\n]}\n';
  }
}

/** A GeoJSON Feature (RFC 7946: longitude first); geometry is null when the event has no point. */
export function eventFeature(e: StoredEvent): Record<string, unknown> {
  const { latitude, longitude, ...properties } = eventToJSON(e);
  const point = typeof latitude === 'number' && typeof longitude === 'number';
  return {
    type: 'Feature',
    id: e.id,
    geometry: point ? { type: 'Point', coordinates: [longitude, latitude] } : null,
    properties,
  };
}
