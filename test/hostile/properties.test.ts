// Property-based tests: generated inputs for each parser and extractor; no exception escapes and the invariants hold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createArticle, layer } from '../../src/article/article.ts';
import { tidyText } from '../../src/stages/clean/clean-text.ts';
import { extractArticles } from '../../src/stages/clean/extract-articles.ts';
import { decodeBytes } from '../../src/stages/read/decode-bytes.ts';
import { recordItem } from '../../src/stages/read/read-inputs.ts';
import { parseFeedText } from '../../src/stages/fetch/feeds.ts';
import { addressRefusal, DENY_ALL_PRIVATE } from '../../src/stages/fetch/address-policy.ts';
import { defaultPipeline } from '../../src/stages/default-pipeline.ts';
import { recordFigures, LONG } from './figures.ts';

const RUNS = LONG ? 100_000 : 10_000;
const counts: Record<string, number> = {};

/** Run a property RUNS times (fewer for the costly ones) and count the inputs. */
function check<T>(name: string, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, runs = RUNS): void {
  fc.assert(fc.property(arbitrary, (v) => { predicate(v); }), { numRuns: runs, seed: 42 });
  counts[name] = runs;
}

/** Text that looks like news: words, numbers, punctuation, quotes, newlines and some markup and noise. */
const newsy = fc.array(fc.oneof(
  fc.constantFrom('Gunmen', 'killed', 'at least', 'six', '12', '5,000', 'between', 'and', 'near', 'Kirkuk', 'on Sunday', 'said', '“', '”', '.', ',', '\n', 'Brig. Gen.', 'U.S.', 'ISIS', '<p>', '</p>', '<script>', '&amp;', '—', 'last month', 'in 2014'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
), { maxLength: 60 }).map((parts) => parts.join(' '));

test('decoding arbitrary bytes never throws and never returns replacement characters silently', () => {
  check('decode-bytes', fc.uint8Array({ maxLength: 256 }), (bytes) => {
    const r = decodeBytes(bytes);
    if (r.ok) assert.equal(typeof r.text, 'string');
    else assert.ok(!r.error.includes('\n'));
  });
});

test('the text cleaner is idempotent and keeps no blank or untrimmed lines', () => {
  check('tidy-text', newsy, (text) => {
    const once = tidyText(text);
    assert.equal(tidyText(once), once);
    for (const line of once.split('\n')) if (once) assert.ok(line.length > 0 && line === line.trim());
  });
});

test('the HTML and text extractors never throw, and what they return is tidy text', () => {
  check('extract-articles', fc.tuple(newsy, fc.boolean()), ([body, html]) => {
    for (const draft of extractArticles(body, html ? 'html' : 'text', {})) {
      assert.equal(tidyText(draft.text), draft.text);
    }
  });
});

test('the pipeline on any text gives spans inside the text that reproduce it, and valid events', () => {
  const pipeline = defaultPipeline();
  check('pipeline-spans', newsy, (text) => {
    const clean = tidyText(text);
    const { article, failures } = pipeline.run(createArticle({ id: 'a', documentId: 'd', text: clean }));
    assert.deepEqual(failures, []);
    for (const name of Object.keys(article.layers) as (keyof typeof article.layers)[]) {
      for (const s of layer(article, name)) assert.ok(s.start >= 0 && s.end <= clean.length && s.start <= s.end);
    }
    for (const e of article.events) {
      for (const ev of [...e.evidence, e.trigger]) assert.equal(clean.slice(ev.start, ev.end), ev.text);
      const { low, best, high } = e.fatalities;
      if (best !== null) assert.ok((low ?? best) <= best && best <= (high ?? best));
      if (e.dateStart && e.dateEnd) assert.ok(e.dateStart <= e.dateEnd);
    }
  });
});

test('JSON records of any shape become an input item or a one-line refusal', () => {
  check('json-records', fc.jsonValue(), (value) => {
    const item = recordItem('gen#1', value);
    if (item.error) assert.ok(!item.error.includes('\n'));
    else assert.equal(typeof item.body, 'string');
  });
});

test('feed parsing of arbitrary XML-ish text never throws', () => {
  const xmlish = fc.array(fc.oneof(fc.constantFrom('<rss>', '</rss>', '<channel>', '<item>', '</item>', '<title>', '</title>', '<link>', '<feed xmlns="http://www.w3.org/2005/Atom">', '<entry>', '<!DOCTYPE x [', '<!ENTITY a "b">', ']>', '&a;', '<![CDATA[', ']]>'), fc.string({ maxLength: 8 })), { maxLength: 40 }).map((p) => p.join(''));
  check('feeds', xmlish, (text) => {
    const parsed = parseFeedText(text, 50);
    if (!parsed.ok) assert.ok(!parsed.error.includes('\n'));
    else assert.ok(parsed.items.length <= 50);
  });
});

test('the address policy refuses every loopback, private and link-local IPv4 address, in any form', () => {
  const internal = fc.oneof(
    fc.tuple(fc.constant(127), fc.nat(255), fc.nat(255), fc.nat(255)),
    fc.tuple(fc.constant(10), fc.nat(255), fc.nat(255), fc.nat(255)),
    fc.tuple(fc.constant(192), fc.constant(168), fc.nat(255), fc.nat(255)),
    fc.tuple(fc.constant(169), fc.constant(254), fc.nat(255), fc.nat(255)),
    fc.tuple(fc.constant(172), fc.integer({ min: 16, max: 31 }), fc.nat(255), fc.nat(255)),
    fc.tuple(fc.constant(100), fc.integer({ min: 64, max: 127 }), fc.nat(255), fc.nat(255)),
  );
  check('address-policy', fc.tuple(internal, fc.boolean()), ([octets, mapped]) => {
    const v4 = octets.join('.');
    const address = mapped ? `::ffff:${v4}` : v4;
    assert.notEqual(addressRefusal(address, DENY_ALL_PRIVATE), null, address);
  });
});

test('record the number of generated inputs', () => {
  recordFigures('properties', { runs_per_property: RUNS, properties: counts, total_inputs: Object.values(counts).reduce((a, b) => a + b, 0) });
});
