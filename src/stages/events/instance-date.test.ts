// An event told as "one instance" of what the text just reported takes the date reported there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createArticle } from '../../article/article.ts';
import { defaultPipeline } from '../default-pipeline.ts';

function eventsOf(text: string) {
  const result = defaultPipeline().run(createArticle({ id: 'a', documentId: 'd', text, meta: { published: '2019-02-20' } }));
  assert.deepEqual(result.failures, []);
  return result.article.events;
}

test('"In one instance" inherits the month of the attacks reported just before', () => {
  // Synthetic report written for this test.
  const events = eventsOf([
    'Officials recorded a dozen militant attacks in Diyala in January. Most targeted army patrols.',
    'In one instance, gunmen stopped a minibus near Khanaqin. They shot the driver and two passengers.',
  ].join('\n'));
  const shooting = events.find((e) => e.evidence.some((ev) => ev.text.includes('shot the driver')));
  assert.ok(shooting, JSON.stringify(events.map((e) => e.evidence[0]?.text)));
  assert.deepEqual([shooting.dateStart, shooting.dateEnd, shooting.timePrecision], ['2019-01-01', '2019-01-31', 3]);
});

test('without an instance opening, an undated event keeps the publication date at week precision', () => {
  const events = eventsOf(['Officials recorded a dozen militant attacks in Diyala in January.', 'Gunmen shot a driver near Khanaqin.'].join('\n'));
  const shooting = events.find((e) => e.evidence.some((ev) => ev.text.includes('shot a driver')));
  assert.ok(shooting);
  assert.deepEqual([shooting.dateStart, shooting.timePrecision], ['2019-02-20', 2]);
});
