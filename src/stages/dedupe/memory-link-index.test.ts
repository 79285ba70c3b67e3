// The writer's indexed batch (MemoryLinkIndex) answers every ask exactly as the plain in-memory source over the same fingerprints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LinkedFingerprint } from '../../article/links.ts';
import { MemoryLinkIndex, memoryLinkSource } from './index.ts';
import { seededRandom } from '../../util/seeded-random.ts';

const VOCABULARY = ['bomb', 'flood', 'police', '~mosul', 'strike', 'protest', 'rain', 'court', 'market', 'border'];

test('MemoryLinkIndex answers term frequencies, story and near-duplicate candidates as memoryLinkSource does, as fingerprints are added', async () => {
  const random = seededRandom(7);
  const pick = (n: number) => Math.floor(random() * n);
  const held: LinkedFingerprint[] = [];
  const plain = memoryLinkSource(held);
  const index = new MemoryLinkIndex();
  for (let i = 0; i < 40; i++) {
    const terms: Record<string, number> = {};
    for (let k = 0; k < 1 + pick(5); k++) terms[VOCABULARY[pick(VOCABULARY.length)]!] = 1 + pick(3);
    const published = new Date(Date.UTC(2022, 4, 1 + pick(10), pick(24))).toISOString();
    const f: LinkedFingerprint = {
      articleId: `a${String(i).padStart(2, '0')}`, published, dated: random() > 0.2, shingleCount: 10, signature: [],
      bandKeys: [`0:${pick(6)}`], eventDay: null, terms, producedBy: 'dedupe@test', storyId: `s${pick(8)}`, nearDuplicateOf: null,
    };
    held.push(f);
    index.add(f);
    const since = new Date(Date.UTC(2022, 4, 1 + pick(8))).toISOString();
    const until = new Date(Date.parse(since) + (1 + pick(4)) * 86_400_000 - 1).toISOString();
    const terms2 = [...VOCABULARY.slice(pick(5)), 'absent'];
    assert.deepEqual(await index.termDocumentFrequencies({ since, until, terms: terms2 }), await plain.termDocumentFrequencies({ since, until, terms: terms2 }));
    const story = { since, until, terms: terms2.slice(0, 3), limit: 1 + pick(6) };
    assert.deepEqual(await index.findStoryCandidates(story), await plain.findStoryCandidates(story));
    assert.deepEqual(await index.findNearDuplicateCandidates(['0:1', '0:3']), await plain.findNearDuplicateCandidates(['0:1', '0:3']));
  }
  assert.equal(index.size, 40);
});

test('cosineTo gives cosine(vector, tfidfVector(terms)) to the last bit, either vector the smaller', async () => {
  const { cosine, cosineTo, tfidfVector } = await import('./story-similarity.ts');
  const random = seededRandom(11);
  const words = Array.from({ length: 300 }, (_, i) => `w${i}`);
  const df = new Map(words.map((t) => [t, 1 + Math.floor(random() * 50)]));
  const termsOf = () => {
    const terms: Record<string, number> = {};
    for (let k = 0; k < 20 + Math.floor(random() * 60); k++) terms[words[Math.floor(random() * 120)]!] = 1 + Math.floor(random() * 4);
    return terms;
  };
  for (let i = 0; i < 300; i++) {
    const vector = tfidfVector(termsOf(), df, 200);
    const terms = termsOf();
    assert.ok(Object.is(cosineTo(vector, terms, df, 200), cosine(vector, tfidfVector(terms, df, 200))), `case ${i}`);
  }
});
