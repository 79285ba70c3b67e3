// Events the rules detect but do not code are counted with why, for the ingest summary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createArticle, layer } from '../../article/article.ts';
import { defaultPipeline } from '../default-pipeline.ts';
import { formatSummary } from '../../cli/commands/ingest-command.ts';
import { emptySummary } from '../../services/ingest/ingest-summary.ts';

const run = (text: string, published?: string) =>
  defaultPipeline({ now: () => new Date('2026-01-01') }).run(createArticle({ id: 'a', documentId: 'd', text, meta: published ? { published } : {} })).article;

test('an event on an undated page that states no time is not coded, and its trigger says why', () => {
  const article = run('A bomb exploded in a market in Kirkuk, killing five people, police said.');
  assert.equal(article.events.length, 0);
  const why = layer(article, 'triggers').map((t) => (t.value as { uncoded?: string }).uncoded).filter(Boolean);
  assert.deepEqual(why, ['undated']);
  const dated = run('A bomb exploded in a market in Kirkuk on Monday, killing five people, police said.', '2024-05-08');
  assert.equal(dated.events.length, 1);
  assert.deepEqual(layer(dated, 'triggers').filter((t) => (t.value as { uncoded?: string }).uncoded), []);
});

test('the ingest summary line tells how many detected events were not coded and why', () => {
  const s = { ...emptySummary(), events: 4, uncoded: { undated: 2, 'no location': 1 } };
  assert.match(formatSummary(s), /· 4 events \(3 more detected, not coded: 2 undated, 1 no location\) ·/);
  assert.match(formatSummary({ ...emptySummary(), events: 4 }), /· 4 events · /);
});
