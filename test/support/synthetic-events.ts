// Synthetic, deterministic documents with coded events, for store/API tests and the 1M-event API benchmark.
import { createArticle, withRecords } from '../../src/article/article.ts';
import type { DocumentRecord } from '../../src/article/document.ts';
import type { ClaimRecord, EventFlag, EventRecord } from '../../src/article/records.ts';
import { SUB_EVENT_TYPES, type SubEventType } from '../../src/stages/events/acled-taxonomy.ts';
import type { ArticleWrite, Store } from '../../src/storage/store.ts';
import { seededRandom } from '../../src/util/seeded-random.ts';

/** Invented places with a point; the names are generic so nothing here copies a real record. */
export const SYNTHETIC_PLACES = [
  { country: 'Iraq', admin1: 'Nineveh', location: 'Mosul', lat: 36.34, lon: 43.13 },
  { country: 'Iraq', admin1: 'Anbar', location: 'Ramadi', lat: 33.42, lon: 43.3 },
  { country: 'Iraq', admin1: 'Baghdad', location: 'Baghdad', lat: 33.31, lon: 44.37 },
  { country: 'Syria', admin1: 'Aleppo', location: 'Aleppo', lat: 36.2, lon: 37.16 },
  { country: 'Syria', admin1: 'Deir ez-Zor', location: 'Deir ez-Zor', lat: 35.34, lon: 40.14 },
  { country: 'Syria', admin1: 'Raqqa', location: 'Raqqa', lat: 35.95, lon: 39.01 },
  { country: 'Nigeria', admin1: 'Borno', location: 'Maiduguri', lat: 11.85, lon: 13.16 },
  { country: 'Mali', admin1: 'Mopti', location: 'Mopti', lat: 14.49, lon: -4.2 },
] as const;

export const SYNTHETIC_ACTORS = [
  { id: 'islamic-state', name: 'Islamic State' },
  { id: 'iraq-army', name: 'Military Forces of Iraq' },
  { id: 'sdf', name: 'Syrian Democratic Forces' },
  { id: 'boko-haram', name: 'Boko Haram' },
  { id: 'civilians', name: 'Civilians' },
] as const;

const SUB_TYPES = Object.keys(SUB_EVENT_TYPES) as SubEventType[];
const WORDS = ['convoy', 'checkpoint', 'village', 'market', 'bridge', 'airport', 'patrol', 'oilfield'];

/** The project's seeded PRNG (mulberry32), so every run builds the same data. */
export { seededRandom };

/** One synthetic event; `random` drives every choice. */
export function syntheticEvent(random: () => number, text: string): EventRecord {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const place = pick(SYNTHETIC_PLACES);
  const sub = pick(SUB_TYPES);
  const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(random() * 6 * 365) * 86_400_000);
  const dateStart = day.toISOString().slice(0, 10);
  const spanDays = random() < 0.1 ? 1 + Math.floor(random() * 6) : 0;
  const dateEnd = spanDays ? new Date(day.getTime() + spanDays * 86_400_000).toISOString().slice(0, 10) : dateStart;
  const fatal = random() < 0.2 ? null : Math.floor(random() ** 3 * 120);
  const flags: EventFlag[] = random() < 0.05 ? [pick(['negated', 'hypothetical', 'historical'] as const)] : [];
  const a1 = pick(SYNTHETIC_ACTORS);
  const a2 = random() < 0.6 ? pick(SYNTHETIC_ACTORS) : null;
  const evidence = { start: 0, end: text.length, text };
  return {
    kind: 'event',
    eventType: SUB_EVENT_TYPES[sub],
    subEventType: sub,
    actor1: { id: a1.id, name: a1.name, text: a1.name },
    actor2: a2 && { id: a2.id, name: a2.name, text: a2.name },
    dateStart,
    dateEnd,
    timePrecision: spanDays ? 2 : 1,
    location: place.location,
    country: place.country,
    admin1: place.admin1,
    admin2: null,
    latitude: place.lat + (random() - 0.5) * 0.4,
    longitude: place.lon + (random() - 0.5) * 0.4,
    geoPrecision: 1,
    fatalities: { best: fatal, low: fatal, high: fatal === null ? null : fatal + Math.floor(random() * 5) },
    injured: { best: null, low: null, high: null },
    flags,
    trigger: evidence,
    evidence: [evidence],
    confidence: Math.round(random() * 100) / 100,
    producedBy: 'synthetic@1',
  };
}

/** Document `index` with one article carrying `eventsPerArticle` events and one claim, ready for saveDocument. */
export function syntheticDocument(index: number, eventsPerArticle: number, random: () => number): { document: DocumentRecord; writes: ArticleWrite[] } {
  const id = `synthetic-${String(index).padStart(8, '0')}`;
  const word = WORDS[index % WORDS.length]!;
  const text = `Synthetic report ${index} about fighting near the ${word}. Officials said ${index % 50} fighters were seen.`;
  const events = Array.from({ length: eventsPerArticle }, () => syntheticEvent(random, text));
  const claim: ClaimRecord = {
    kind: 'claim', subject: `fighters near the ${word}`, low: index % 50, high: (index % 50) + 10, best: index % 50,
    unit: 'people', text: null, attributedTo: 'officials', cue: 'said', date: events[0]?.dateStart ?? null,
    evidence: [{ start: 0, end: text.length, text }], confidence: 0.5, producedBy: 'synthetic@1',
  };
  const outlet = `Outlet ${index % 7}`;
  const article = withRecords(
    createArticle({ id: `${id}-0`, documentId: id, text, meta: { title: `Report ${index}`, outlet, url: `https://example.org/${index}`, published: `${events[0]?.dateStart ?? '2020-01-01'}T00:00:00Z`, synthetic: true } }),
    { events, claims: [claim] },
  );
  const document: DocumentRecord = {
    kind: 'document', id, origin: `synthetic:${index}`, contentType: 'text/plain', fetchedAt: '2026-01-01T00:00:00.000Z',
    status: 'processed', error: null, byteLength: text.length, raw: null, fields: {},
  };
  return { document, writes: [{ article, contentHash: id, duplicateOf: null, pipeline: ['synthetic@1'], failures: [] }] };
}

/** Write `documents` synthetic documents (from `first`) into `store`; returns the number of events written. */
export async function fillSyntheticStore(store: Store, options: { documents: number; eventsPerArticle: number; seed?: number; first?: number }): Promise<number> {
  const random = seededRandom(options.seed ?? 1);
  const first = options.first ?? 0;
  for (let i = first; i < first + options.documents; i++) {
    const { document, writes } = syntheticDocument(i, options.eventsPerArticle, random);
    await store.saveDocument(document, writes);
  }
  return options.documents * options.eventsPerArticle;
}
