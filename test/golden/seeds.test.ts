// Golden tests: for each seed page, the actors, dates, quantities and attributions a careful reader finds, checked field by field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { LayerName } from '../../src/article/span.ts';
import { analyseSeed, flatSpans, type FlatSpan } from './run-language.ts';

const SEEDS = new URL('../../../shared/corpus/seeds/', import.meta.url);
const LAYERS = ['actors', 'dates', 'quantities', 'sources'] as const;

/**
 * A golden file: the seed, the publication date chosen from reading it, and per layer the spans
 * expected. Each expectation names the span text, optionally a `context` the span must lie in (to
 * pick one occurrence), and the fields to compare; `covers` is a snippet the covered text must hold.
 * `absent` lists span texts a layer must not produce.
 */
interface Golden {
  readonly seed: string;
  readonly published: string;
  readonly expected: Partial<Record<(typeof LAYERS)[number], Array<Record<string, unknown>>>>;
  readonly absent?: Partial<Record<(typeof LAYERS)[number], string[]>>;
}

function withinContext(text: string, span: FlatSpan, context: string | undefined): boolean {
  if (!context) return true;
  for (let at = text.indexOf(context); at !== -1; at = text.indexOf(context, at + 1)) {
    if (span.spanStart >= at && span.spanEnd <= at + context.length) return true;
  }
  return false;
}

function matches(span: FlatSpan, want: Record<string, unknown>): boolean {
  for (const [key, value] of Object.entries(want)) {
    if (key === 'context') continue;
    if (key === 'covers') { if (typeof span.covers !== 'string' || !span.covers.includes(value as string)) return false; continue; }
    if (!Object.is(span[key], value)) return false;
  }
  return true;
}

const goldenFiles = readdirSync(new URL('./', import.meta.url)).filter((f) => f.endsWith('.golden.json')).sort();

for (const file of goldenFiles) {
  const golden = JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as Golden;
  const seed = new URL(golden.seed, SEEDS);
  test(`seed ${golden.seed}: language layers match the hand-written golden file`, { skip: existsSync(seed) ? false : `seed corpus not found at ${seed.pathname} (../shared is absent outside the workspace)` }, () => {
    const article = analyseSeed(seed, golden.published);
    const problems: string[] = [];
    for (const name of LAYERS) {
      const spans = flatSpans(article, name as LayerName);
      for (const want of golden.expected[name] ?? []) {
        const sameText = spans.filter((s) => s.text === want.text && withinContext(article.text, s, want.context as string | undefined));
        if (sameText.length === 0) { problems.push(`${name}: no span "${want.text}"${want.context ? ` in "${want.context}"` : ''}`); continue; }
        if (!sameText.some((s) => matches(s, want))) {
          const { spanStart: _s, spanEnd: _e, ...got } = sameText[0]!;
          problems.push(`${name}: "${want.text}" differs\n    want ${JSON.stringify(want)}\n    got  ${JSON.stringify(got)}`);
        }
      }
      for (const text of golden.absent?.[name] ?? []) {
        if (spans.some((s) => s.text === text)) problems.push(`${name}: unexpected span "${text}"`);
      }
    }
    assert.deepEqual(problems, []);
  });
}

test('there is a golden file for every seed', { skip: existsSync(SEEDS) ? false : 'seed corpus absent' }, () => {
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  const covered = goldenFiles.map((f) => (JSON.parse(readFileSync(new URL(f, import.meta.url), 'utf8')) as Golden).seed).sort();
  assert.deepEqual(covered, seeds);
});
