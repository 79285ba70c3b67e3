// Tests for the dedupe step as ingest uses it: fingerprint, then link against earlier fingerprints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createArticle } from '../../article/article.ts';
import type { ArticleFingerprint, LinkedFingerprint } from '../../article/links.ts';
import { createDeduper, memoryLinkSource } from './index.ts';

const WIRE = [
  'A roadside bomb killed four soldiers on Sunday when it struck their vehicle on a desert track east of Shirqat in Salahuddin province, military officials said.',
  'The soldiers were returning from a search operation in the Jazira area, where militants are believed to hide in ravines and abandoned villages, according to a statement from the Joint Operations Command.',
  'No group immediately claimed the attack, but officials blamed the Islamic State, which has carried out dozens of similar bombings in northern Salahuddin since the end of major combat.',
  'The wounded soldiers were taken to a hospital in Tikrit. One of them was in critical condition, a medical source said.',
].join('\n');

function article(id: string, text: string, title: string, published: string) {
  return createArticle({ id, documentId: `doc-${id}`, text, meta: { title, published } });
}

const deduper = createDeduper();
const NOW = '2019-03-11T00:00:00.000Z';

function linked(fp: ArticleFingerprint, storyId = fp.articleId, nearDuplicateOf: string | null = null): LinkedFingerprint {
  return { ...fp, storyId, nearDuplicateOf };
}

const original = deduper.fingerprint(article('a', WIRE, 'Roadside bomb kills four soldiers near Shirqat', '2019-03-10T16:00:00Z'), NOW);
const reprint = deduper.fingerprint(article('b', `${WIRE}\nFollow us for the latest news from Iraq and subscribe to our morning briefing.`, 'Four soldiers killed in bombing', '2019-03-10T19:00:00Z'), NOW);
const rewriteText = 'Five members of the Iraqi army died late Sunday after a roadside bomb planted by ISIS went off under their Humvee in the desert east of Shurgat in Salahuddin, a local security source said.\nThe patrol had been combing the Jazira desert for militants; two wounded soldiers were taken to hospital in Tikrit.';
const rewrite = deduper.fingerprint(article('c', rewriteText, 'ISIS blast kills five troops in Shurgat desert', '2019-03-11T10:00:00Z'), NOW);
const similarOtherDay = deduper.fingerprint(article('d', 'Two federal policemen were killed on Wednesday when a bomb exploded beside their patrol car on the road between Baiji and the Fatha bridge in Salahuddin province, a police officer said.\nIslamic State militants have repeatedly targeted security forces around Baiji.', 'Two policemen killed by bomb near Baiji', '2019-03-13T14:00:00Z'), NOW);

test('fingerprints carry a full signature, band keys, terms and the lead event day', () => {
  assert.equal(original.signature.length, 128);
  assert.equal(original.bandKeys.length, 32);
  assert.equal(original.eventDay, '2019-03-10');
  assert.equal(original.published, '2019-03-10T16:00:00.000Z');
  assert.ok(original.terms.soldier! >= 2);
  assert.equal(original.producedBy, 'dedupe@1.0.0');
});

test('an article with no earlier articles opens its own story', async () => {
  const links = await deduper.link(original, memoryLinkSource([]));
  assert.deepEqual(
    { near: links.nearDuplicateOf, story: links.storyId, score: links.storyScore },
    { near: null, story: 'a', score: null },
  );
});

test('a reprint of the wire text with boilerplate is linked as a near-duplicate and joins the story', async () => {
  assert.ok(reprint.bandKeys.some((k) => original.bandKeys.includes(k)), 'the reprint shares a band key');
  const links = await deduper.link(reprint, memoryLinkSource([linked(original, 'story-1')]));
  assert.equal(links.nearDuplicateOf, 'a');
  assert.ok(links.nearDuplicateSimilarity! >= 0.5);
  assert.equal(links.storyId, 'story-1');
});

test('a rewrite of the same event joins the story without being a near-duplicate', async () => {
  const earlier = [linked(original, 'story-1'), linked(reprint, 'story-1', 'a')];
  const links = await deduper.link(rewrite, memoryLinkSource(earlier));
  assert.equal(links.nearDuplicateOf, null);
  assert.equal(links.storyId, 'story-1');
  assert.ok(links.storyScore! >= deduper.options.storySimilarity, String(links.storyScore));
});

test('a similar event in the same province on another day opens a new story', async () => {
  const earlier = [linked(original, 'story-1'), linked(rewrite, 'story-1')];
  const links = await deduper.link(similarOtherDay, memoryLinkSource(earlier));
  assert.equal(links.nearDuplicateOf, null);
  assert.equal(links.storyId, 'd');
});

test('rewrites published outside the story window are never joined (reprints are, at any distance)', async () => {
  const late = deduper.fingerprint(article('e', rewriteText.replace('late Sunday', 'recently'), 'ISIS blast kills five troops in Shurgat desert', '2019-03-20T10:00:00Z'), NOW);
  const links = await deduper.link(late, memoryLinkSource([linked(original, 'story-1')]));
  assert.equal(links.storyId, 'e');
  const lateReprint = deduper.fingerprint(article('h', WIRE, 'Archive: four soldiers killed', '2019-03-25T10:00:00Z'), NOW);
  assert.equal((await deduper.link(lateReprint, memoryLinkSource([linked(original, 'story-1')]))).nearDuplicateOf, 'a');
});

test('linking does not depend on the order candidates arrive in', async () => {
  const earlier = [linked(original, 'story-1'), linked(reprint, 'story-1', 'a'), linked(similarOtherDay, 'd')];
  const forward = await deduper.link(rewrite, memoryLinkSource(earlier));
  const backward = await deduper.link(rewrite, memoryLinkSource([...earlier].reverse()));
  assert.deepEqual(forward, backward);
});

test('an undated article uses the fallback instant, and joins a story only as a near-duplicate', async () => {
  const undatedRewrite = deduper.fingerprint(article('f', rewriteText, 'ISIS blast kills five troops in Shurgat desert', ''), NOW);
  assert.equal(undatedRewrite.published, NOW);
  assert.equal(undatedRewrite.dated, false);
  assert.equal(undatedRewrite.eventDay, null);
  const earlier = [linked(original, 'story-1')];
  assert.equal((await deduper.link(undatedRewrite, memoryLinkSource(earlier))).storyId, 'f');
  const undatedReprint = deduper.fingerprint(article('g', WIRE, 'x', ''), NOW);
  assert.equal((await deduper.link(undatedReprint, memoryLinkSource(earlier))).storyId, 'story-1');
});

test('options must give bands × rows = hashes', () => {
  assert.throws(() => createDeduper({ bands: 20 }), RangeError);
});
