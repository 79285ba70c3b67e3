// The one contract suite every Store passes: each method and each EventQuery filter, on real backends.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { EventQuery, Page, Store, StoredEvent } from './store.ts';
import type { Incident } from '../article/incident-record.ts';
import type { IncidentSort } from './incident-sort.ts';
import { linksContract } from './links.contract.ts';
import { fixtureArticle, fixtureClaim, fixtureDocument, fixtureEvent, fixtureIncident, fixtureWrite } from './store-contract-fixtures.ts';

/** A freshly created, migrated, empty store and how to dispose of it (close and delete its data). */
export interface StoreHarness {
  readonly store: Store;
  dispose(): Promise<void>;
}

export interface ContractOptions {
  /** EventQuery fields this backend does not implement yet: their tests run as `todo` with this reason. */
  readonly pendingFilters?: { readonly fields: readonly (keyof EventQuery)[]; readonly reason: string };
}

/** Register the contract tests for one backend. `open` must return a new empty store on every call. */
export function storeContract(name: string, open: () => Promise<StoreHarness>, options: ContractOptions = {}): void {
  const withStore = async (work: (store: Store) => Promise<void>): Promise<void> => {
    const harness = await open();
    try {
      await work(harness.store);
    } finally {
      await harness.dispose();
    }
  };
  describe(`${name} store contract: documents and articles`, () => {
    it('migrate can run again on a migrated store', () => withStore(async (store) => {
      await store.migrate();
      assert.equal((await store.counts()).documents, 0);
    }));

    it('saves a document with its article, spans, events and claims, and reads the article back whole', () => withStore(async (store) => {
      const text = 'Fighters attacked Mosul on Tuesday. Twelve people were killed.';
      const article = fixtureArticle('doc-a', 0, text, [fixtureEvent(text, { fatalities: 12 })], [fixtureClaim(text, 'IS fighters in Iraq', 500, 700)]);
      assert.equal(await store.saveDocument(fixtureDocument('doc-a'), [fixtureWrite(article)]), true);
      const back = await store.getArticle(article.id);
      assert.deepEqual(back, article);
      assert.equal(back!.layers.sentences!.length, 2);
      assert.equal(await store.getArticle('no-such-article'), null);
    }));

    it('saving a stored document id again returns false and writes nothing', () => withStore(async (store) => {
      const text = 'Shelling hit Raqqa.';
      assert.equal(await store.saveDocument(fixtureDocument('doc-b'), [fixtureWrite(fixtureArticle('doc-b', 0, text, [fixtureEvent(text)]))]), true);
      const before = await store.counts();
      const other = fixtureArticle('doc-b', 1, 'A different text entirely.', [fixtureEvent('A different text entirely.')]);
      assert.equal(await store.saveDocument(fixtureDocument('doc-b', 'failed', 'x'), [fixtureWrite(other)]), false);
      assert.deepEqual(await store.counts(), before);
      assert.equal((await store.getDocument('doc-b'))!.status, 'processed');
    }));

    it('writes a document all or nothing: a failing article write leaves no trace of the document', () => withStore(async (store) => {
      const text = 'Gunmen stormed a police post in Ramadi.';
      const article = fixtureArticle('doc-atomic', 0, text, [fixtureEvent(text)]);
      // The same article twice collides on its id halfway through the write.
      await assert.rejects(store.saveDocument(fixtureDocument('doc-atomic'), [fixtureWrite(article), fixtureWrite(article, article.id)]));
      assert.equal((await store.existingDocuments(['doc-atomic'])).size, 0);
      assert.deepEqual(await store.counts(), { documents: 0, failedDocuments: 0, articles: 0, duplicateArticles: 0, events: 0, claims: 0, syntheticArticles: 0 });
      assert.equal(await store.saveDocument(fixtureDocument('doc-atomic'), [fixtureWrite(article)]), true, 'and it can be saved afterwards');
    }));

    it('reports which document ids are already stored', () => withStore(async (store) => {
      await store.saveDocument(fixtureDocument('doc-c'), []);
      await store.saveDocument(fixtureDocument('doc-d'), []);
      assert.deepEqual([...await store.existingDocuments(['doc-c', 'doc-x', 'doc-d'])].sort(), ['doc-c', 'doc-d']);
      assert.equal((await store.existingDocuments([])).size, 0);
    }));

    it('finds the original article by content hash, never a duplicate', () => withStore(async (store) => {
      const text = 'Protesters gathered in Baghdad.';
      const original = fixtureWrite(fixtureArticle('doc-e', 0, text));
      await store.saveDocument(fixtureDocument('doc-e'), [original]);
      const copy = fixtureWrite(fixtureArticle('doc-f', 0, text), original.article.id);
      await store.saveDocument(fixtureDocument('doc-f', 'duplicate'), [copy]);
      assert.equal(await store.findArticleByContentHash(original.contentHash), original.article.id);
      assert.equal(await store.findArticleByContentHash('0'.repeat(64)), null);
      const counts = await store.counts();
      assert.equal(counts.articles, 2);
      assert.equal(counts.duplicateArticles, 1);
    }));

    it('summarises documents and lists them by status', () => withStore(async (store) => {
      await store.saveDocument(fixtureDocument('doc-g'), [fixtureWrite(fixtureArticle('doc-g', 0, 'Clashes in Tikrit.'))]);
      await store.saveDocument(fixtureDocument('doc-h', 'failed', 'could not decode bytes'), []);
      await store.saveDocument(fixtureDocument('doc-i', 'empty', 'no article text found'), []);
      const failed = await store.getDocument('doc-h');
      assert.deepEqual(failed, {
        id: 'doc-h', origin: '/inputs/doc-h.txt', status: 'failed', error: 'could not decode bytes',
        byteLength: 'raw bytes of doc-h'.length, fetchedAt: '2026-01-02T03:04:05.000Z',
      });
      assert.equal(await store.getDocument('doc-zz'), null);
      assert.deepEqual((await store.listDocuments()).map((d) => d.id), ['doc-g', 'doc-h', 'doc-i']);
      assert.deepEqual((await store.listDocuments({ status: 'failed' })).map((d) => d.id), ['doc-h']);
      assert.deepEqual((await store.listDocuments({ limit: 2 })).map((d) => d.id), ['doc-g', 'doc-h']);
    }));

    it('counts documents, failures, articles, duplicates, events, claims and synthetic articles', () => withStore(async (store) => {
      const t1 = 'Airstrikes hit Erbil. Three died.';
      await store.saveDocument(fixtureDocument('doc-j'), [
        fixtureWrite(fixtureArticle('doc-j', 0, t1, [fixtureEvent(t1), fixtureEvent(t1)], [fixtureClaim(t1, 'dead', 3, 3)], { synthetic: true })),
      ]);
      await store.saveDocument(fixtureDocument('doc-k', 'failed', 'bad gzip'), []);
      assert.deepEqual(await store.counts(), {
        documents: 2, failedDocuments: 1, articles: 1, duplicateArticles: 0, events: 2, claims: 1, syntheticArticles: 1,
      });
    }));

    it('pages through claims with a cursor, each carrying its source', () => withStore(async (store) => {
      const text = 'An official said 5,000 to 7,000 fighters remain.';
      const claims = [1, 2, 3].map((n) => fixtureClaim(text, `subject ${n}`, n, n * 10));
      await store.saveDocument(fixtureDocument('doc-l'), [fixtureWrite(fixtureArticle('doc-l', 0, text, [], claims))]);
      const first = await store.listClaims({ limit: 2 });
      assert.equal(first.items.length, 2);
      assert.ok(first.nextCursor);
      const second = await store.listClaims({ limit: 2, cursor: first.nextCursor });
      assert.equal(second.nextCursor, null);
      const all = [...first.items, ...second.items];
      assert.deepEqual(all.map((c) => c.subject).sort(), ['subject 1', 'subject 2', 'subject 3']);
      assert.equal(new Set(all.map((c) => c.id)).size, 3);
      assert.equal(all[0]!.sourceUrl, 'https://example.org/doc-l');
      assert.equal(all[0]!.outlet, 'Contract Outlet');
      assert.equal(all[0]!.articleId, 'doc-l-0');
    }));
  });

  describe(`${name} store contract: single events, incidents and feed state`, () => {
    it('reads one event by id with its source, and null for an unknown id', () => withStore(async (store) => {
      const text = 'Fighters attacked Mosul on Tuesday.';
      await store.saveDocument(fixtureDocument('doc-ev'), [fixtureWrite(fixtureArticle('doc-ev', 0, text, [fixtureEvent(text, { fatalities: 4 })]))]);
      const event = await store.getEvent('doc-ev-0:e0');
      assert.equal(event!.articleId, 'doc-ev-0');
      assert.equal(event!.fatalities.best, 4);
      assert.equal(event!.evidence[0]!.text, text);
      assert.equal(await store.getEvent('doc-ev-0:e9'), null);
    }));

    it('queues stored events for incidents, commits an update only on the version it read, pages incidents, never touches events', () => withStore(async (store) => {
      const ids = ['doc-i1-0:e0', 'doc-i2-0:e0', 'doc-i3-0:e0'];
      for (const [i, doc] of ['doc-i1', 'doc-i2', 'doc-i3'].entries()) {
        const text = `Fighters attacked Mosul on Tuesday, report ${doc}.`;
        await store.saveDocument(fixtureDocument(doc), [fixtureWrite(fixtureArticle(doc, 0, text, [fixtureEvent(text, { dates: [`2014-06-0${3 - i}`, `2014-06-0${3 - i}`] })]))]);
      }
      assert.deepEqual(await store.incidentQueue(10), [...ids].reverse(), 'queued in report-key order (date, then id)');
      assert.deepEqual(await store.incidentQueue(1), [ids[2]]);
      const key = (id: string) => `2014-06-0${3 - ids.indexOf(id)} ${id}`;
      const incident = (id: string, eventIds: string[]) => ({ incident: { ...fixtureIncident(id), eventIds }, memberKeys: eventIds.map(key) });
      const version = await store.incidentVersion();
      const first = { expectedVersion: version, deleteIncidentIds: [], incidents: [incident('inc-a', ids.slice(0, 2)), incident('inc-b', ids.slice(2))], dequeue: ids };
      assert.equal(await store.commitIncidentChanges(first), true);
      assert.deepEqual(await store.incidentQueue(10), []);
      assert.equal(await store.incidentVersion(), version + 1);
      assert.equal(await store.commitIncidentChanges({ ...first, incidents: [incident('inc-z', ids)] }), false, 'an update read before another committed is refused');
      assert.equal(await store.getIncident('inc-z'), null);
      assert.deepEqual((await store.getIncident('inc-a'))!.eventIds, ids.slice(0, 2));
      assert.deepEqual((await store.incidentMembers({ fromKey: '2014-06-02', limit: 5 })).map((m) => [m.eventId, m.incidentId, m.sortKey]), [
        [ids[1], 'inc-a', key(ids[1]!)], [ids[0], 'inc-a', key(ids[0]!)],
      ]);
      assert.deepEqual((await store.incidentMembers({ fromKey: key(ids[1]!), after: true, toKey: '2014-06-04', limit: 5 })).map((m) => m.eventId), [ids[0]]);
      assert.deepEqual((await store.incidentMembers({ incidentIds: ['inc-b'] })).map((m) => m.eventId), [ids[2]]);
      assert.deepEqual((await store.incidentMembers({ eventIds: [ids[2]!, 'unknown'] })).map((m) => m.incidentId), ['inc-b']);
      const page = await store.listIncidents({ limit: 1 });
      const next = await store.listIncidents({ limit: 1, cursor: page.nextCursor });
      assert.deepEqual([page.items[0]!.id, next.items[0]!.id, next.nextCursor], ['inc-a', 'inc-b', null]);
      assert.equal(await store.commitIncidentChanges({ expectedVersion: version + 1, deleteIncidentIds: ['inc-a', 'inc-b'], incidents: [incident('inc-c', ids)], dequeue: [] }), true);
      assert.deepEqual((await store.listIncidents()).items.map((i) => i.id), ['inc-c']);
      assert.equal(await store.getIncident('inc-a'), null);
      assert.deepEqual((await store.incidentMembers({ incidentIds: ['inc-c'] })).map((m) => m.eventId).sort(), [...ids].sort());
      assert.deepEqual((await store.getEvents([ids[0]!, 'unknown'])).map((e) => e.id), [ids[0]]);
      await store.resetIncidents();
      assert.deepEqual((await store.listIncidents()).items, []);
      assert.deepEqual(await store.incidentQueue(10), [...ids].reverse(), 'a reset queues every event again');
      assert.equal((await store.counts()).events, 3);
    }));

    it('sorts incidents by date, fatalities and independent sources across pages, and finds the incident of an event', () => withStore(async (store) => {
      const ids = ['doc-j1', 'doc-j2', 'doc-j3', 'doc-j4'];
      for (const id of ids) {
        const text = `Fighters attacked Mosul on Tuesday, report ${id}.`;
        await store.saveDocument(fixtureDocument(id), [fixtureWrite(fixtureArticle(id, 0, text, [fixtureEvent(text)]))]);
      }
      const incident = (id: string, dateStart: string | null, best: number | null, sources: number) =>
        ({ ...fixtureIncident(id), eventIds: [`doc-j${id.slice(-1)}-0:e0`], dateStart, fatalities: { best, low: best, high: best }, independentSources: sources });
      const incidents = [incident('inc-1', '2014-06-03', 5, 1), incident('inc-2', null, null, 3), incident('inc-3', '2014-06-01', 12, 2), incident('inc-4', '2014-06-03', 0, 2)];
      const written = incidents.map((i) => ({ incident: i, memberKeys: i.eventIds.map((e) => `2014-06-10 ${e}`) }));
      assert.equal(await store.commitIncidentChanges({ expectedVersion: await store.incidentVersion(), deleteIncidentIds: [], incidents: written, dequeue: [] }), true);
      const walk = async (sort: IncidentSort) => {
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const page: Page<Incident> = await store.listIncidents({ sort, cursor, limit: 1 });
          seen.push(...page.items.map((i) => i.id));
          cursor = page.nextCursor;
        } while (cursor);
        return seen;
      };
      assert.deepEqual(await walk('-date'), ['inc-4', 'inc-1', 'inc-3', 'inc-2'], 'newest first, ties by id the same way, undated last');
      assert.deepEqual(await walk('date'), ['inc-2', 'inc-3', 'inc-1', 'inc-4']);
      assert.deepEqual(await walk('-fatalities'), ['inc-3', 'inc-1', 'inc-4', 'inc-2'], 'unknown fatalities below 0');
      assert.deepEqual(await walk('-sources'), ['inc-2', 'inc-4', 'inc-3', 'inc-1']);
      assert.deepEqual(await walk('id'), ['inc-1', 'inc-2', 'inc-3', 'inc-4']);
      const first = await store.listIncidents({ sort: 'date', limit: 1 });
      await assert.rejects(store.listIncidents({ sort: '-fatalities', cursor: first.nextCursor }), TypeError, 'a cursor of another order');
      assert.equal((await store.getIncidentOfEvent('doc-j3-0:e0'))!.id, 'inc-3');
      assert.equal(await store.getIncidentOfEvent('doc-j9-0:e0'), null);
    }));

    it('counts events by type, country and month, outlets, and claim subjects', () => withStore(async (store) => {
      const t1 = 'Fighters attacked Mosul on Tuesday.';
      const t2 = 'Shelling hit Raqqa on Friday.';
      await store.saveDocument(fixtureDocument('doc-s1'), [fixtureWrite(fixtureArticle('doc-s1', 0, t1, [fixtureEvent(t1)], [fixtureClaim(t1, 'IS fighters in Iraq', 500, 700)], { outlet: 'Outlet A' }))]);
      await store.saveDocument(fixtureDocument('doc-s2'), [fixtureWrite(fixtureArticle('doc-s2', 0, t2, [
        fixtureEvent(t2, { type: ['Explosions/Remote violence', 'Shelling/artillery/missile attack'], dates: ['2014-07-01', '2014-07-01'], place: ['Syria', 'Raqqa', 35.95, 39.01] }),
        fixtureEvent(t2, { dates: ['2014-07-02', '2014-07-02'], place: ['Syria', 'Raqqa', 35.95, 39.01] }),
        fixtureEvent(t2, { dates: ['2014-07-03', '2014-07-03'], place: ['Syria', 'Raqqa', 35.95, 39.01], flags: ['negated'] }),
      ], [fixtureClaim(t2, 'IS fighters in Iraq', 5000, 7000), fixtureClaim(t2, 'US troops in Iraq', 5200, 5200)], { outlet: 'Outlet B' }))]);
      const stats = await store.eventStats();
      assert.equal(stats.total, 4);
      assert.deepEqual(stats.byType, [{ key: 'Battles', count: 3 }, { key: 'Explosions/Remote violence', count: 1 }]);
      assert.deepEqual(stats.byCountry, [{ key: 'Syria', count: 3 }, { key: 'Iraq', count: 1 }]);
      assert.deepEqual(stats.byMonth, [{ key: '2014-06', count: 1 }, { key: '2014-07', count: 3 }]);
      assert.equal((await store.eventStats({ country: 'Syria' })).total, 3);
      assert.equal((await store.eventStats({ country: 'Syria', excludeFlagged: true })).total, 2);
      // A flagged (negated) event is stored but, as in every default view, not counted for its outlet.
      assert.deepEqual((await store.listOutlets()).map((o) => [o.outlet, o.articles, o.events]), [['Outlet A', 1, 1], ['Outlet B', 1, 2]]);
      const subjects = await store.listClaimSubjects({ limit: 1 });
      assert.deepEqual(subjects.items.map((x) => [x.subject, x.claims, x.low, x.high]), [['IS fighters in Iraq', 2, 500, 7000]]);
      const rest = await store.listClaimSubjects({ limit: 1, cursor: subjects.nextCursor });
      assert.deepEqual(rest.items.map((x) => x.subject), ['US troops in Iraq']);
      assert.equal(rest.nextCursor, null);
      assert.deepEqual((await store.listClaims({ subject: 'US troops in Iraq' })).items.map((c) => c.high), [5200]);
      assert.deepEqual((await store.listDeletions()).items, []);
    }));

    it('stores, replaces and reads back feed state; unknown feeds read as null', () => withStore(async (store) => {
      assert.equal(await store.getFeedState('https://a.example/feed'), null);
      const first = { url: 'https://a.example/feed', etag: '"v1"', lastModified: 'Tue, 03 Sep 2019 08:00:00 GMT', seenItems: ['g1', 'g2'], lastPolledAt: '2026-01-01T00:00:00.000Z', lastResult: '2 new' };
      await store.putFeedState(first);
      assert.deepEqual(await store.getFeedState(first.url), first);
      const second = { ...first, etag: null, seenItems: ['g3', 'g1', 'g2'], lastResult: 'not modified' };
      await store.putFeedState(second);
      assert.deepEqual(await store.getFeedState(first.url), second);
    }));
  });

  eventFilterContract(name, open, options);
  linksContract(name, open);
}

/** Fixture events by name, for reading expectations. */
const EV = { clash: 'doc-1-0:e0', airstrike: 'doc-1-0:e1', shelling: 'doc-2-0:e0', attack: 'doc-2-0:e1', protest: 'doc-3-0:e0', late: 'doc-4-0:e0' } as const;

function eventFilterContract(name: string, open: () => Promise<StoreHarness>, options: ContractOptions): void {
  describe(`${name} store contract: event queries`, () => {
    let harness: StoreHarness;
    let store: Store;
    let marker = '';
    before(async () => {
      harness = await open();
      store = harness.store;
      const isis = { id: 'isis', name: 'Islamic State' };
      const t1 = 'Islamic State fighters clashed with the army in Mosul. Air strikes followed near Erbil.';
      const t2 = 'Shelling hit Raqqa in July. Villagers were attacked near Raqqa.';
      const t3 = 'Protesters marched peacefully in Baghdad.';
      await store.saveDocument(fixtureDocument('doc-1'), [fixtureWrite(fixtureArticle('doc-1', 0, t1, [
        fixtureEvent(t1, { actors: [isis, { id: 'iraq-army', name: 'Military Forces of Iraq' }], fatalities: 12 }),
        fixtureEvent(t1, { type: ['Explosions/Remote violence', 'Air/drone strike'], dates: ['2014-08-08', '2014-08-09'], place: ['Iraq', 'Erbil', 36.19, 44.01], actors: [{ id: 'us-af', name: 'US Air Force' }, null], fatalities: 3, flags: ['hypothetical'] }),
      ]))]);
      await store.saveDocument(fixtureDocument('doc-2'), [fixtureWrite(fixtureArticle('doc-2', 0, t2, [
        fixtureEvent(t2, { type: ['Explosions/Remote violence', 'Shelling/artillery/missile attack'], dates: ['2014-07-01', '2014-07-31'], place: ['Syria', 'Raqqa', 35.95, 39.01], actors: [isis, null], fatalities: null, flags: ['historical'] }),
        fixtureEvent(t2, { type: ['Violence against civilians', 'Attack'], dates: ['2014-06-12', null], place: ['Syria', 'Raqqa', 35.95, 39.01], fatalities: 5, flags: ['negated', 'historical'] }),
      ]))]);
      await store.saveDocument(fixtureDocument('doc-3'), [fixtureWrite(fixtureArticle('doc-3', 0, t3, [
        fixtureEvent(t3, { type: ['Protests', 'Peaceful protest'], dates: ['2014-09-01', '2014-09-01'], place: ['Iraq', 'Baghdad', 33.31, 44.36], fatalities: 0 }),
      ]))]);
      await pause(30);
      marker = new Date().toISOString();
      await pause(30);
      const t4 = 'Gunmen abducted workers near Kirkuk.';
      await store.saveDocument(fixtureDocument('doc-4'), [fixtureWrite(fixtureArticle('doc-4', 0, t4, [
        fixtureEvent(t4, { type: ['Violence against civilians', 'Abduction/forced disappearance'], dates: ['2014-10-05', '2014-10-05'], place: ['Iraq', 'Kirkuk', 35.47, 44.39], fatalities: 0 }),
      ]))]);
    });
    after(() => harness?.dispose());

    const check = (title: string, fields: readonly (keyof EventQuery)[], query: () => EventQuery, expected: readonly string[]): void => {
      const pending = options.pendingFilters && fields.filter((f) => options.pendingFilters!.fields.includes(f));
      it(title, pending?.length ? { todo: options.pendingFilters!.reason } : {}, async () => {
        assert.deepEqual(await allIds(store, query()), [...expected].sort());
      });
    };

    it('returns every event with its article context when unfiltered', async () => {
      const page = await store.listEvents();
      assert.equal(page.items.length, 6);
      assert.equal(page.nextCursor, null);
      const clash = page.items.find((e) => e.id === EV.clash)!;
      assert.equal(clash.articleId, 'doc-1-0');
      assert.equal(clash.sourceUrl, 'https://example.org/doc-1');
      assert.equal(clash.outlet, 'Contract Outlet');
      assert.equal(clash.published, '2014-06-11');
      assert.equal(clash.articleTitle, 'Title of doc-1');
      assert.equal(clash.synthetic, false);
      assert.equal(clash.actor2!.name, 'Military Forces of Iraq');
      assert.deepEqual(clash.fatalities, { best: 12, low: 12, high: 12 });
    });
    check('filters by event type', ['eventType'], () => ({ eventType: 'Explosions/Remote violence' }), [EV.airstrike, EV.shelling]);
    check('filters by sub-event type', ['subEventType'], () => ({ subEventType: 'Attack' }), [EV.attack]);
    check('filters by article', ['articleId'], () => ({ articleId: 'doc-2-0' }), [EV.shelling, EV.attack]);
    check('full-text q matches words of the article text, case-insensitively, all words required', ['q'], () => ({ q: 'raqqa VILLAGERS' }), [EV.shelling, EV.attack]);
    check('full-text q matching no article returns nothing', ['q'], () => ({ q: 'Aleppo' }), []);
    check('since keeps events whose interval ends on or after it', ['since'], () => ({ since: '2014-08-09' }), [EV.airstrike, EV.protest, EV.late]);
    check('until keeps events whose interval starts on or before it', ['until'], () => ({ until: '2014-06-12' }), [EV.clash, EV.attack]);
    check('since and until keep intervals that overlap the range', ['since', 'until'], () => ({ since: '2014-07-15', until: '2014-07-20' }), [EV.shelling]);
    check('filters by country', ['country'], () => ({ country: 'Syria' }), [EV.shelling, EV.attack]);
    check('filters by admin1', ['admin1'], () => ({ admin1: 'Baghdad' }), [EV.protest]);
    check('near keeps events within km of a point (50 km of Mosul)', ['near'], () => ({ near: { lat: 36.34, lon: 43.13, km: 50 } }), [EV.clash]);
    check('near keeps events within km of a point (120 km of Mosul reaches Erbil)', ['near'], () => ({ near: { lat: 36.34, lon: 43.13, km: 120 } }), [EV.clash, EV.airstrike]);
    check('actor matches an actor id on either side', ['actor'], () => ({ actor: 'isis' }), [EV.clash, EV.shelling]);
    check('actor matches an actor name', ['actor'], () => ({ actor: 'Military Forces of Iraq' }), [EV.clash]);
    check('minFatalities keeps events with at least that many deaths', ['minFatalities'], () => ({ minFatalities: 5 }), [EV.clash, EV.attack]);
    check('flags keeps events carrying every listed flag', ['flags'], () => ({ flags: ['historical', 'negated'] }), [EV.attack]);
    check('excludeFlagged hides events with any flag', ['excludeFlagged'], () => ({ flags: [], excludeFlagged: true }), [EV.clash, EV.protest, EV.late]);
    check('updatedSince keeps events written after the timestamp', ['updatedSince'], () => ({ updatedSince: marker }), [EV.late]);
    check('filters combine with AND', ['country', 'minFatalities', 'eventType'], () => ({ country: 'Iraq', minFatalities: 1, eventType: 'Battles' }), [EV.clash]);

    it('a page cursor continues a filtered listing without repeats or gaps', async () => {
      const ids = await allIds(store, { eventType: 'Violence against civilians' }, 1);
      assert.deepEqual(ids, [EV.attack, EV.late].sort());
    });
    it('rejects a cursor that is not one it issued', async () => {
      await assert.rejects(store.listEvents({ cursor: 'not-a-cursor!' }), TypeError);
    });
    for (const sort of ['id', 'date', '-date', 'fatalities', '-fatalities'] as const) {
      const pending = options.pendingFilters?.fields.includes('sort') && sort !== 'id';
      it(`sort ${sort} orders events and its cursor pages through all of them once`, pending ? { todo: options.pendingFilters!.reason } : {}, async () => {
        const items: StoredEvent[] = [];
        let cursor: string | null = null;
        do {
          const page: Awaited<ReturnType<Store['listEvents']>> = await store.listEvents({ sort, limit: 2, cursor });
          items.push(...page.items);
          cursor = page.nextCursor;
        } while (cursor);
        assert.deepEqual(items.map((e) => e.id).sort(), Object.values(EV).sort());
        assertSorted(items, sort);
      });
    }
  });
}

async function allIds(store: Store, query: EventQuery, limit = 100): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<Store['listEvents']>> = await store.listEvents({ ...query, limit, cursor });
    ids.push(...page.items.map((e) => e.id));
    cursor = page.nextCursor;
  } while (cursor);
  assert.equal(new Set(ids).size, ids.length, 'no event twice');
  return ids.sort();
}

/** Keys must be ordered, unknown dates and fatalities sorting lowest; ties ordered by id in the sort's direction. */
function assertSorted(items: readonly StoredEvent[], sort: 'id' | 'date' | '-date' | 'fatalities' | '-fatalities'): void {
  const key = (e: StoredEvent): string | number =>
    sort === 'id' ? e.id : sort.endsWith('date') ? e.dateStart ?? '' : e.fatalities.best ?? -1;
  const sign = sort.startsWith('-') ? -1 : 1;
  for (let i = 1; i < items.length; i++) {
    const [a, b] = [key(items[i - 1]!), key(items[i]!)];
    const order = a < b ? -1 : a > b ? 1 : 0;
    const idOrder = items[i - 1]!.id < items[i]!.id ? -1 : 1;
    assert.ok(order * sign < 0 || (order === 0 && idOrder * sign < 0), `${sort}: ${items[i - 1]!.id} before ${items[i]!.id}`);
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
