// Tests for the article model: immutability, span checks, layers and the JSON round trip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromJSON, articleToJSON, createArticle, layer, withLayer, withMeta, withRecords } from './article.ts';
import { makeSpan, spanText } from './span.ts';

const provenance = { stage: 'test', version: '1', method: 'hand', confidence: 1 };
const text = 'Gunmen killed three villagers near Kirkuk on Sunday.';

test('makeSpan rejects offsets outside the text', () => {
  assert.throws(() => makeSpan(text, -1, 3, 'x', null, provenance), RangeError);
  assert.throws(() => makeSpan(text, 5, 2, 'x', null, provenance), RangeError);
  assert.throws(() => makeSpan(text, 0, text.length + 1, 'x', null, provenance), RangeError);
  assert.equal(spanText(text, makeSpan(text, 35, 41, 'place', 'Kirkuk', provenance)), 'Kirkuk');
});

test('articles are frozen and stages add layers by making new articles', () => {
  const a = createArticle({ id: 'a1', documentId: 'd1', text, meta: { title: 'T', published: '2025-03-02' } });
  assert.ok(Object.isFrozen(a) && Object.isFrozen(a.meta));
  assert.throws(() => { (a as { text: string }).text = 'x'; }, TypeError);
  const b = withLayer(a, 'places', [makeSpan(text, 35, 41, 'place', { name: 'Kirkuk' }, provenance)]);
  assert.equal(layer(a, 'places').length, 0, 'the original is unchanged');
  assert.equal(layer(b, 'places').length, 1);
  assert.ok(Object.isFrozen(layer(b, 'places')[0]));
});

test('withLayer sorts spans and refuses spans beyond the text', () => {
  const a = createArticle({ id: 'a1', documentId: 'd1', text });
  const s1 = makeSpan(text, 35, 41, 'place', null, provenance);
  const s0 = makeSpan(text, 0, 6, 'actor', null, provenance);
  assert.deepEqual(layer(withLayer(a, 'actors', [s1, s0]), 'actors').map((s) => s.start), [0, 35]);
  const bad = { ...s1, end: 999 };
  assert.throws(() => withLayer(a, 'actors', [bad]), RangeError);
});

test('withMeta merges fields and their sources', () => {
  const a = createArticle({ id: 'a1', documentId: 'd1', text, meta: { title: 'T', sources: { title: 'input' } } });
  const b = withMeta(a, { outlet: 'Example', sources: { outlet: 'url' } });
  assert.equal(b.meta.title, 'T');
  assert.equal(b.meta.outlet, 'Example');
  assert.deepEqual(b.meta.sources, { title: 'input', outlet: 'url' });
});

test('an article survives the JSON round trip with layers, records and metadata', () => {
  let a = createArticle({ id: 'a1', documentId: 'd1', index: 1, text, meta: { title: 'T', synthetic: true }, removed: [{ text: 'Ad', reason: 'advert' }] });
  a = withLayer(a, 'sentences', [makeSpan(text, 0, text.length, 'sentence', null, provenance)]);
  a = withRecords(a, { claims: [] });
  const back = articleFromJSON(articleToJSON(a));
  assert.deepEqual(back, a);
  assert.throws(() => articleFromJSON('{"kind":"other"}'), TypeError);
  assert.throws(() => articleFromJSON({ ...JSON.parse(articleToJSON(a)), layers: { bogus: [] } }), TypeError);
});
