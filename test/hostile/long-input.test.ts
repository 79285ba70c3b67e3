// Long inputs that once broke a stage outright (not slowness: the worst-case corpus times those): every
// stage runs to the end on them and still finds what the ordinary sentence before them says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createArticle, layer } from '../../src/article/article.ts';
import { defaultPipeline } from '../../src/stages/default-pipeline.ts';

const LEAD = 'Gunmen killed two farmers near Mosul on Friday, police said. ';
const pipeline = defaultPipeline();

function run(text: string) {
  const result = pipeline.run(createArticle({ id: 'long', documentId: 'long', text, meta: { published: '2024-03-02' } }));
  return { failures: result.failures.map((f) => `${f.stage}: ${f.message}`), article: result.article };
}

test('a 4 MiB run of one vowel (one token) does not overflow the regex stack in place-name folding', () => {
  const { failures, article } = run(`${LEAD}${'A'.repeat(4 * 1024 * 1024)}`);
  assert.deepEqual(failures, []);
  assert.ok(layer(article, 'places').some((p) => article.text.slice(p.start, p.end) === 'Mosul'));
});

test('a 15 MiB capitalised run is split around " of " without overflowing the regex stack', async () => {
  const { typedNames } = await import('../../src/stages/places/typed-mentions.ts');
  const { loadGazetteer } = await import('../../src/stages/places/gazetteer.ts');
  const run = `In Chikun Local Government Area of Kaduna State ${'A'.repeat(15 * 1024 * 1024)}`;
  assert.doesNotThrow(() => typedNames(loadGazetteer(), run));
});
