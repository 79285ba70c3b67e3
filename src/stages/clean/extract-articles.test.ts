// Unit tests of the cleaner's entry point: drafts per story, metadata with sources, input fields first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticles } from './extract-articles.ts';

const P1 = 'KABUL: Officials said on Monday that a blast near the ministry had wounded several guards and closed the road.';
const P2 = 'Police sealed off the area, and the interior ministry said an investigation had begun into the attack.';

test('an HTML page yields one draft with metadata from the head and the dateline from the text', () => {
  const html = `<html lang="en-US"><head><title>Blast near ministry | Daily</title>
    <meta property="article:published_time" content="2021-05-03T09:15:00+04:30"><meta name="author" content="Sara Khan"></head>
    <body><article><h1>Blast near ministry</h1><p>${P1}</p><p>${P2}</p></article></body></html>`;
  const [draft, ...rest] = extractArticles(html, 'html', { url: 'https://www.daily.example/world/blast' });
  assert.equal(rest.length, 0);
  assert.equal(draft!.text, `${P1}\n${P2}`);
  assert.equal(draft!.meta.published, '2021-05-03T04:45:00.000Z');
  assert.equal(draft!.meta.byline, 'Sara Khan');
  assert.equal(draft!.meta.language, 'en');
  assert.equal(draft!.meta.dateline, 'KABUL');
  assert.equal(draft!.meta.outlet, 'daily.example');
  assert.deepEqual(draft!.meta.sources, {
    title: 'html:title', byline: 'html:meta', published: 'html:meta', language: 'html:lang', dateline: 'text:dateline', url: 'input', outlet: 'url',
  });
});

test('input fields override what the page says, for its first story only', () => {
  const page = ['Blast near ministry', P1, P2, 'Talks resume in Doha', '- Delegations meet', 'DOHA: Negotiators from both sides met again on Tuesday to discuss a ceasefire and prisoner exchanges.'].join('\n');
  const drafts = extractArticles(page, 'text', { title: 'Given title', published: '2021-05-03', url: 'https://news.example/x' });
  assert.equal(drafts.length, 2);
  assert.equal(drafts[0]!.meta.title, 'Given title');
  assert.equal(drafts[0]!.meta.sources?.title, 'input');
  assert.equal(drafts[0]!.meta.published, '2021-05-03');
  assert.equal(drafts[1]!.meta.title, 'Talks resume in Doha');
  assert.equal(drafts[1]!.meta.published, undefined);
  assert.equal(drafts[1]!.meta.url, 'https://news.example/x');
  assert.equal(drafts[1]!.meta.dateline, 'DOHA');
});

test('input fields go to the main story when the first is a stray line', () => {
  const page = ['*Click the title above to read the full article on the site.', 'Blast near ministry', P1, P2].join('\n');
  const drafts = extractArticles(page, 'text', { published: '2021-05-03', outlet: 'Daily Example' });
  assert.ok(drafts.length >= 1);
  const main = drafts.find((d) => d.text.includes(P1))!;
  assert.equal(main.meta.published, '2021-05-03');
  assert.equal(main.meta.outlet, 'Daily Example');
});

test('a bare date above the first paragraph dates a plain-text story', () => {
  const [draft] = extractArticles(['Blast near ministry', 'March 3, 2021', P1, P2].join('\n'), 'text', {});
  assert.equal(draft!.meta.published, '2021-03-03');
  assert.equal(draft!.meta.sources?.published, 'text:date-line');
  assert.equal(draft!.text, `${P1}\n${P2}`);
  assert.ok(draft!.removed.some((r) => r.text === 'March 3, 2021' && r.reason === 'date line, kept as meta.published'));
});

test('a plain-text page with a dated URL takes its publication date from the URL', () => {
  const [draft] = extractArticles([P1, P2].join('\n'), 'text', { url: 'https://news.example/2021/05/03/blast' });
  assert.equal(draft!.meta.published, '2021-05-03');
  assert.equal(draft!.meta.sources?.published, 'url');
});

test('a page of debris alone yields no draft', () => {
  assert.deepEqual(extractArticles('Advertisement\n![]() |\nShare this', 'text', {}), []);
  assert.deepEqual(extractArticles('<html><body><script>x()</script></body></html>', 'html', {}), []);
});

test('a huge page of many short paragraphs and headings is cleaned without quadratic blow-up', { timeout: 30_000 }, () => {
  const lines: string[] = [];
  for (let i = 0; i < 20_000; i++) lines.push(i % 7 === 0 ? `Heading number ${i} here` : `Sentence ${i} says the value, which is ${i * 3}, rose again.`);
  const drafts = extractArticles(lines.join('\n'), 'text', {});
  assert.ok(drafts.length >= 1);
  assert.ok(drafts.every((d) => d.text.length > 0));
});
