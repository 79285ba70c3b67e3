// The committed relevance model on sentences that use conflict words about sport, markets, products and
// trade (which the cue rules alone code as events), and on plain reports of violence (which it must keep).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createArticle } from '../../article/article.ts';
import { Pipeline } from '../../pipeline/runner.ts';
import { DEFAULT_STAGES, defaultRegistry } from '../default-pipeline.ts';
import { DEFAULT_RELEVANCE_MODEL_PATH, loadRelevanceModel, type RelevanceModel } from './model.ts';
import { relevantMentions } from './gate.ts';
import { detectMentions } from '../events/detect-mentions.ts';
import { subEventTypeOf } from '../events/typing/case-labels.ts';
import { ARTICLE_FEATURES, fnv1a, HASH_BITS, mentionWindow, wordTokens } from './features.ts';

const pipeline = new Pipeline(defaultRegistry().build(DEFAULT_STAGES), { now: () => new Date('2024-03-05T00:00:00Z') });
const eventsOf = (text: string) => pipeline.run(createArticle({ id: 't', documentId: 't', text, meta: { published: '2024-03-04' } })).article.events.filter((e) => e.flags.length === 0);

const NOT_EVENTS = {
  'a striker': 'The striker shot at goal twice before he was brought down in the box, and the home side attacked for the rest of the half.',
  'a shot at the title': 'The world number three took a shot at the title after she crushed her rival in straight sets on Saturday.',
  'a market bloodbath': 'It was a bloodbath on the markets on Monday as bank shares were slaughtered and investors fled.',
  'a product launch': 'Apple will launch its new phone in Cupertino on Tuesday, firing a shot across the bows of Samsung.',
  'a stabbing on a train (crime)': 'A man was stabbed to death on a commuter train in Oakland on Sunday night; police arrested a suspect and said there was no threat to the public.',
  'a murder charge (crime)': 'A 57-year-old man was charged on Tuesday with murdering a doctor who was stabbed at a hospital in Berlin, prosecutors said.',
  'a trade war': 'The trade war between Washington and Beijing escalated on Friday when both sides fired off new tariffs and attacked each other\'s exporters.',
};

const EVENTS = {
  'an ambush': ['Gunmen killed five soldiers in an ambush near Maiduguri in Borno state on Monday, the army said.', 'Armed clash'],
  'tear gas at a protest': ['Police fired tear gas at thousands of protesters in Khartoum on Thursday, witnesses said.', 'Protest with intervention'],
  'an air strike': ['An air strike hit a market in Idlib on Sunday, killing 12 civilians, rescuers said.', 'Air/drone strike'],
} as const;

test('the committed relevance model is there and loads', () => {
  const model = loadRelevanceModel(DEFAULT_RELEVANCE_MODEL_PATH);
  assert.ok(model, 'data/models/relevance.json is missing: run npm run train');
  assert.ok(model.thresholds.article >= 0 && model.thresholds.article < 1 && model.thresholds.mention >= 0 && model.thresholds.mention < 1);
});

for (const [what, text] of Object.entries(NOT_EVENTS)) {
  test(`relevance: ${what} is no event`, () => {
    assert.deepEqual(eventsOf(text).map((e) => e.subEventType), []);
  });
}

for (const [what, [text, type]] of Object.entries(EVENTS)) {
  test(`relevance: ${what} stays an event (${type})`, () => {
    assert.deepEqual(eventsOf(text).map((e) => e.subEventType), [type]);
  });
}

test('relevance: with no model every mention the cue rules keep passes (the rules alone, as `--model none`)', () => {
  const article = pipeline.run(createArticle({ id: 't', documentId: 't', text: NOT_EVENTS['a striker'], meta: { published: '2024-03-04' } })).article;
  const mentions = detectMentions(article).filter((m) => subEventTypeOf(m.label) !== null);
  assert.ok(mentions.length > 0, 'the cue rules see an attack in the striker sentence');
  assert.ok(mentions.every(relevantMentions(article, mentions, null)));
  assert.ok(!mentions.some(relevantMentions(article, mentions, loadRelevanceModel(DEFAULT_RELEVANCE_MODEL_PATH))));
});

test('relevance features: case folded, digits generalised, windows cut at word boundaries, stable hashing', () => {
  assert.deepEqual(wordTokens('KILLED 12 in Mosul’s market'), ['killed', '00', 'in', "mosul's", 'market']);
  assert.equal(fnv1a('w:killed'), fnv1a('w:killed'));
  assert.notEqual(fnv1a('w:killed'), fnv1a('w:kills'));
  const text = `${'word '.repeat(100)}bomb ${'word '.repeat(100)}`;
  const [start, end] = mentionWindow(text, { sentenceStart: 0, sentenceEnd: text.length, triggerStart: 500, triggerEnd: 504 });
  assert.ok(start > 300 && end < 700 && text[start - 1] === ' ' && text[end] === ' ', `${start}-${end}`);
});

test('relevance gate: it applies the model file\'s thresholds and nothing else (a clear mention in an article judged eventless passes only by the learned alone threshold)', () => {
  const article = pipeline.run(createArticle({ id: 't', documentId: 't', text: EVENTS['an ambush'][0], meta: { published: '2024-03-04' } })).article;
  const mentions = detectMentions(article).filter((m) => subEventTypeOf(m.label) !== null);
  assert.ok(mentions.length > 0);
  // Every mention scores sigmoid(6) = 0.9975 (the bias bucket), the article sigmoid(-6) = 0.0025 (its bias weight).
  const mentionWeights = new Float64Array(1 << HASH_BITS);
  mentionWeights[fnv1a('bias') & ((1 << HASH_BITS) - 1)] = 6;
  const articleWeights = new Float64Array(ARTICLE_FEATURES.length);
  articleWeights[ARTICLE_FEATURES.indexOf('bias')] = -6;
  const model = (alone: number | null): RelevanceModel => ({ name: 'test', thresholds: { mention: 0, article: 0.5, alone }, mentionWeights, articleWeights });
  assert.ok(!mentions.some(relevantMentions(article, mentions, model(null))), 'no alone threshold: the article decides');
  assert.ok(mentions.every(relevantMentions(article, mentions, model(0.99))), 'alone 0.99: the clear mention passes');
  assert.ok(!mentions.some(relevantMentions(article, mentions, model(0.999))), 'alone 0.999: it does not');
});
