// The relevance model's training is deterministic (a small run twice gives the same bytes), and the committed
// model keeps a real seed report of violence while it drops a real non-conflict page's conflict words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createArticle } from '../src/article/article.ts';
import { Pipeline } from '../src/pipeline/runner.ts';
import { DEFAULT_STAGES, defaultRegistry } from '../src/stages/default-pipeline.ts';
import { detectMentions } from '../src/stages/events/detect-mentions.ts';
import { subEventTypeOf } from '../src/stages/events/typing/case-labels.ts';
import { readCorpus } from '../src/stages/relevance/corpus.ts';
import { DEFAULT_RELEVANCE_MODEL_PATH, loadRelevanceModel, modelFromFile, scoreArticle } from '../src/stages/relevance/model.ts';
import { serializeModel } from '../src/stages/relevance/serialize.ts';
import { trainRelevance } from '../src/stages/relevance/train.ts';

const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
const skip = existsSync(`${SHARED}bench/news/gold.jsonl`) && existsSync(`${SHARED}bench/relevance/bbc-news.jsonl`) ? false : `../shared benchmarks not found at ${SHARED} (they live in the shared workspace)`;

test('relevance training is deterministic: the same pages give byte-identical model files', { skip, timeout: 600_000 }, () => {
  // A small sample of every set: ten news pages per half, sixty CASE snippets, scrapinghub and BBC pages.
  const sample = (set: string, id: string) => set === 'news' ? /^[AB]0/.test(id) : set === 'case' ? Number(id) % 8 === 0 : set === 'scrapinghub' ? id < '3' : Number(id.replace(/\D/g, '')) % 40 === 0;
  const pages = readCorpus({ shared: SHARED, filter: sample });
  assert.ok(pages.filter((p) => p.set === 'news').length >= 18 && pages.some((p) => p.set === 'bbc') && pages.some((p) => p.set === 'scrapinghub'));
  const first = serializeModel(trainRelevance(pages));
  const second = serializeModel(trainRelevance(pages));
  assert.equal(first, second);
  const model = modelFromFile(JSON.parse(first), 'sample');
  assert.ok(model.mentionWeights.some((w) => w !== 0), 'the sample model learned weights');
  // Leaving a fold out trains on fewer pages and records it.
  const withoutA = trainRelevance(pages, { excludeFold: 'A' });
  assert.equal(withoutA.trainedOn.excludeFold, 'A');
  assert.ok((withoutA.trainedOn.pages as Record<string, number>).news! < (JSON.parse(first).trainedOn.pages as Record<string, number>).news!);
});

const pipeline = new Pipeline(defaultRegistry().build(DEFAULT_STAGES), { now: () => new Date('2026-01-01T00:00:00Z') });

/** The committed model's verdict on the ACLED mention of `text` whose sentence holds `words`. */
function verdict(text: string, published: string | null, words: string) {
  const model = loadRelevanceModel(DEFAULT_RELEVANCE_MODEL_PATH)!;
  const previous = process.env.SITREP_RELEVANCE_MODEL;
  process.env.SITREP_RELEVANCE_MODEL = 'none';
  const article = pipeline.run(createArticle({ id: 't', documentId: 't', text, meta: { published } })).article;
  if (previous === undefined) delete process.env.SITREP_RELEVANCE_MODEL;
  else process.env.SITREP_RELEVANCE_MODEL = previous;
  const mentions = detectMentions(article).filter((m) => subEventTypeOf(m.label) !== null);
  const scores = scoreArticle(model, article, mentions);
  const at = mentions.findIndex((m) => article.text.slice(m.sentenceStart, m.sentenceEnd).includes(words));
  assert.ok(at >= 0, `no ACLED mention in the sentence with "${words}"`);
  return { mention: scores.mentions[at]!, article: scores.article, thresholds: model.thresholds };
}

test('the committed model passes a real seed report of a killing and gates a real BBC sports page\'s "clash"', { skip }, () => {
  const seed = readFileSync(`${SHARED}corpus/seeds/001_712ab4d5695d9159.txt`, 'utf8');
  const kept = verdict(seed, '2019-02-20', 'killed all four officers');
  assert.ok(kept.article >= kept.thresholds.article && kept.mention >= kept.thresholds.mention, JSON.stringify(kept));
  const bbc = readFileSync(`${SHARED}bench/relevance/bbc-news.jsonl`, 'utf8').split('\n').filter((l) => l.includes('"bbc-train-420"'))[0];
  assert.ok(bbc, 'BBC article bbc-train-420 (heptathletes who "clash in birmingham")');
  const gated = verdict((JSON.parse(bbc) as { text: string }).text, null, 'prepared to clash');
  assert.ok(gated.article < gated.thresholds.article || gated.mention < gated.thresholds.mention, JSON.stringify(gated));
});
