// Hand-built documents, articles and events the store contract suite writes and queries.
import { createArticle, withLayer, withRecords, type Article } from '../article/article.ts';
import type { Incident } from '../article/incident-record.ts';
import type { DocumentRecord, DocumentStatus } from '../article/document.ts';
import type { ClaimRecord, EventFlag, EventRecord } from '../article/records.ts';
import { makeSpan } from '../article/span.ts';
import { sha256Hex } from '../util/hash.ts';
import type { ArticleWrite } from './store.ts';

const PROVENANCE = { stage: 'contract', version: '1', method: 'fixture', confidence: 0.9 } as const;

/** A document record with the given id and status; raw bytes are the id's UTF-8. */
export function fixtureDocument(id: string, status: DocumentStatus = 'processed', error: string | null = null): DocumentRecord {
  const raw = new TextEncoder().encode(`raw bytes of ${id}`);
  return {
    kind: 'document', id, origin: `/inputs/${id}.txt`, contentType: 'text/plain', fetchedAt: '2026-01-02T03:04:05.000Z',
    status, error, byteLength: raw.length, raw, fields: { url: `https://example.org/${id}` },
  };
}

export interface EventSpec {
  readonly type?: [string, string];
  readonly dates?: [string | null, string | null];
  readonly place?: [string, string, number, number] | null;
  readonly actors?: [{ id: string | null; name: string } | null, { id: string | null; name: string } | null];
  readonly fatalities?: number | null;
  readonly flags?: readonly EventFlag[];
}

/** A full event record; the trigger is the article's first word. */
export function fixtureEvent(text: string, spec: EventSpec = {}): EventRecord {
  const [eventType, subEventType] = spec.type ?? ['Battles', 'Armed clash'];
  const [dateStart, dateEnd] = spec.dates ?? ['2014-06-10', '2014-06-10'];
  const place = spec.place === undefined ? ['Iraq', 'Nineveh', 36.34, 43.13] as const : spec.place;
  const [a1, a2] = spec.actors ?? [null, null];
  const word = text.split(' ')[0]!;
  const best = spec.fatalities === undefined ? 1 : spec.fatalities;
  return {
    kind: 'event', eventType, subEventType,
    actor1: a1 && { ...a1, text: a1.name }, actor2: a2 && { ...a2, text: a2.name },
    dateStart, dateEnd, timePrecision: 1,
    location: place ? place[1] : null, country: place ? place[0] : null, admin1: place ? place[1] : null, admin2: null,
    latitude: place ? place[2] : null, longitude: place ? place[3] : null, geoPrecision: place ? 1 : null,
    fatalities: { best, low: best, high: best }, injured: { best: null, low: null, high: null },
    flags: spec.flags ?? [], trigger: { start: 0, end: word.length, text: word },
    evidence: [{ start: 0, end: text.length, text }], confidence: 0.8, producedBy: 'contract@1',
  };
}

/** An incident with no disagreements; callers set its event ids. */
export function fixtureIncident(id: string): Incident {
  return {
    kind: 'incident', id, eventIds: [], eventType: 'Battles', subEventType: 'Armed clash', actor1: null, actor2: null,
    dateStart: '2014-06-10', dateEnd: '2014-06-10', timePrecision: 1, location: 'Mosul', country: 'Iraq', admin1: 'Nineveh', admin2: null,
    latitude: 36.34, longitude: 43.13, geoPrecision: 1, fatalities: { best: 1, low: 1, high: 1 }, injured: { best: null, low: null, high: null },
    sources: [], independentSources: 1, confidence: 0.8, disagreements: [],
  };
}

/** A claim about `subject` with a low-high range. */
export function fixtureClaim(text: string, subject: string, low: number, high: number): ClaimRecord {
  return {
    kind: 'claim', subject, low, high, best: null, unit: 'fighters', text: null, attributedTo: 'one official',
    cue: 'said', date: '2014-06-11', evidence: [{ start: 0, end: text.length, text }], confidence: 0.7, producedBy: 'contract@1',
  };
}

/** An article of `text` with a sentence layer (one span per sentence), token spans and the given records. */
export function fixtureArticle(
  documentId: string, index: number, text: string, events: EventRecord[] = [], claims: ClaimRecord[] = [],
  meta: Partial<Article['meta']> = {},
): Article {
  let article = createArticle({
    id: `${documentId}-${index}`, documentId, index, text,
    meta: { title: `Title of ${documentId}`, outlet: 'Contract Outlet', url: `https://example.org/${documentId}`, published: '2014-06-11', language: 'en', ...meta },
    removed: [{ text: 'Advertisement', reason: 'boilerplate' }],
  });
  const sentences = [...text.matchAll(/[^.]+\.?/g)].map((m) =>
    makeSpan(text, m.index, m.index + m[0].length, 'sentence', null, PROVENANCE));
  const tokens = [...text.matchAll(/\p{L}+/gu)].slice(0, 3).map((m, i) =>
    makeSpan(text, m.index, m.index + m[0].length, 'word', { n: i, word: m[0].toLowerCase() }, PROVENANCE));
  article = withLayer(withLayer(article, 'sentences', sentences), 'tokens', tokens);
  return withRecords(article, { events, claims });
}

/** The ArticleWrite ingest would make for an original (or, with `duplicateOf`, a duplicate) article. */
export function fixtureWrite(article: Article, duplicateOf: string | null = null): ArticleWrite {
  return {
    article, contentHash: sha256Hex(article.text.toLowerCase()), duplicateOf,
    pipeline: duplicateOf ? [] : ['contract@1'], failures: duplicateOf ? [] : ['contract: one recorded failure'],
  };
}
