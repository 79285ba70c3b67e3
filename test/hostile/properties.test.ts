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
import { findQuantities } from '../../src/stages/quantities/find-quantities.ts';
import { findDates, dateValue } from '../../src/stages/dates/index.ts';
import { eventListParams, eventQueryFromParams } from '../../src/services/event-filter.ts';
import { htmlToText } from '../../src/stages/clean/html/html-to-text.ts';
import { parseHtmlTree, type HtmlElement } from '../../src/stages/clean/html/html-tree.ts';
import { piecesBetweenOf } from '../../src/stages/places/typed-mentions.ts';
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
  check('address-policy', fc.tuple(internal, fc.constantFrom('plain', 'mapped', 'compatible')), ([octets, form]) => {
    const v4 = octets.join('.');
    const hex = `${((octets[0]! << 8) | octets[1]!).toString(16)}:${((octets[2]! << 8) | octets[3]!).toString(16)}`;
    const address = form === 'mapped' ? `::ffff:${v4}` : form === 'compatible' ? `::${hex}` : v4;
    assert.notEqual(addressRefusal(address, DENY_ALL_PRIVATE), null, address);
  });
});

/** Sentences full of numbers, hedges and units. */
const counting = fc.array(fc.oneof(
  fc.constantFrom('between', 'and', 'more than', 'at least', 'about', 'up to', 'a few', 'hundreds', 'dozens', 'tens of thousands', 'several',
    'a handful of', 'all four', 'a man and his two brothers', 'killed', 'fighters', 'km', 'miles', 'square kilometers', '-', '–', ',', '.'),
  fc.integer({ min: 0, max: 10_000_000 }).map((n) => n.toLocaleString('en-US')),
  fc.constantFrom('one', 'two', 'twelve', 'twenty', 'hundred', 'thousand', 'million', 'first', 'half'),
  fc.string({ maxLength: 6 }),
), { maxLength: 30 }).map((parts) => parts.join(' '));

test('quantities: any sentence gives spans inside it with low ≤ best ≤ high', () => {
  check('quantities', counting, (sentence) => {
    for (const q of findQuantities(sentence)) {
      assert.ok(q.start >= 0 && q.end <= sentence.length && q.start < q.end);
      const low = q.low ?? q.best;
      const high = q.high ?? q.best;
      if (q.best !== null) assert.ok((low ?? q.best) <= q.best && q.best <= (high ?? q.best), `${sentence} → ${JSON.stringify(q)}`);
      if (q.low !== null && q.high !== null) assert.ok(q.low <= q.high, `${sentence} → ${JSON.stringify(q)}`);
    }
  });
});

/** Sentences with weekdays, months, years and relative time words. */
const dated = fc.tuple(
  fc.array(fc.oneof(
    fc.constantFrom('on Sunday', 'last month', 'in January', 'earlier this year', 'six years ago', 'in 2014 and 2015', 'December 2017', 'last week',
      'The Sun', 'on Monday night', 'next month', 'in the past six months', 'since 2011', 'May', 'March 3', 'the 1990s', 'yesterday', 'at dawn'),
    fc.integer({ min: 1, max: 2100 }).map(String),
    fc.string({ maxLength: 6 }),
  ), { maxLength: 20 }).map((p) => p.join(' ')),
  fc.option(fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
);

test('dates: any sentence and publication date give spans inside it and valid intervals', () => {
  check('dates', dated, ([sentence, published]) => {
    for (const found of findDates(sentence, published)) {
      assert.ok(found.start >= 0 && found.end <= sentence.length && found.start < found.end);
      const value = dateValue(found);
      if (value.start !== null) {
        assert.match(value.start, /^\d{4}-\d{2}-\d{2}$/);
        assert.ok(value.end !== null && value.start <= value.end, `${sentence} @ ${published} → ${JSON.stringify(value)}`);
        assert.ok(!Number.isNaN(Date.parse(value.start)) && !Number.isNaN(Date.parse(value.end!)));
      }
      if (published === null && value.relative) assert.equal(value.start, null, 'relative dates without a publication date stay unresolved');
    }
  });
});

test('query parameters: any query string is either a valid event query or a validation error, never an exception', () => {
  const keys = ['since', 'until', 'country', 'admin1', 'near', 'actor', 'event_type', 'sub_event_type', 'min_fatalities', 'flags', 'exclude_flagged', 'q', 'sort', 'limit', 'cursor', 'updated_since', 'junk'];
  const value = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('2019-02-30', '36.3,43.1,10', '-1', '1e9', 'true', 'negated,historical', '-date', 'NaN', ''));
  check('query-params', fc.dictionary(fc.constantFrom(...keys), value), (params) => {
    const parsed = eventListParams.safeParse(params);
    if (parsed.success) {
      const query = eventQueryFromParams(parsed.data);
      if (query.near) assert.ok([query.near.lat, query.near.lon, query.near.km].every(Number.isFinite));
      if (query.minFatalities !== undefined) assert.ok(query.minFatalities >= 0);
    }
  });
});

/** An HTML tree as plain data (no parent links), to compare two parses. */
function treeData(node: HtmlElement | string): unknown {
  return typeof node === 'string' ? node : [node.tag, node.hint, node.attrs, node.children.map(treeData)];
}

test('the constant-time parser stacks build exactly the tree htmlparser2\'s own arrays build', () => {
  const tags = ['div', 'p', 'li', 'ul', 'table', 'tr', 'td', 'b', 'span', 'svg', 'math', 'mi', 'foreignObject', 'desc', 'title', 'select', 'option', 'br', 'img', 'script', 'article', 'h1', 'a'];
  const markup = fc.array(fc.oneof(
    fc.constantFrom(...tags).map((t) => `<${t}>`),
    fc.constantFrom(...tags).map((t) => `</${t}>`),
    fc.constantFrom(...tags).map((t) => `<${t} class="x"/>`),
    fc.constantFrom('Gunmen killed two.', ' ', '&amp;', '<!-- c -->', '<![CDATA[x]]>', '<', '>'),
  ), { maxLength: 80 }).map((parts) => parts.join(''));
  check('html-parser-stacks', markup, (html) => {
    const fast = parseHtmlTree(html, true);
    const plain = parseHtmlTree(html, false);
    assert.deepEqual(treeData(fast.root), treeData(plain.root));
    assert.equal(fast.head.title, plain.head.title);
  });
});

test('splitting a capitalised run around " of " by scanning gives what the regex gave', () => {
  const runs = fc.array(fc.constantFrom(' of ', 'of', ' ', 'o', 'f', 'Area', '\n', '\u2028', 'Kaduna', ' of  of '), { maxLength: 20 }).map((parts) => parts.join(''));
  check('pieces-between-of', runs, (run) => {
    const expected = [...run.matchAll(/(?:(?! of ).)+/g)].map((m) => [m.index, m[0]]);
    assert.deepEqual([...piecesBetweenOf(run)].map((m) => [m.index, m[0]]), expected);
  });
});

test('HTML nested 100,000 levels deep is extracted without exhausting the stack', () => {
  const html = `<html><body>${'<div>'.repeat(100_000)}<p>Gunmen killed two farmers near Mosul on Friday, police said.</p>${'</div>'.repeat(100_000)}</body></html>`;
  const started = performance.now();
  const page = htmlToText(html);
  const seconds = (performance.now() - started) / 1000;
  assert.match(page.text, /Gunmen killed two farmers near Mosul/);
  assert.ok(seconds < 30, `took ${seconds} s`);
  recordFigures('deep-html', { nesting: 100_000, seconds: Math.round(seconds * 100) / 100, heap_mb: Math.round(process.memoryUsage().heapUsed / 1e6) });
});

test('record the number of generated inputs', () => {
  recordFigures('properties', { runs_per_property: RUNS, properties: counts, total_inputs: Object.values(counts).reduce((a, b) => a + b, 0) });
});
