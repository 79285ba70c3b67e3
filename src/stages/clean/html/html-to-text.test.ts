// Unit tests of the HTML main-text extractor and metadata on small hand-made pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlToText } from './html-to-text.ts';

const PARAGRAPHS = [
  'The council met on Tuesday, after weeks of delay, to vote on the new budget for the river district.',
  'Members argued for hours about schools, roads, and the cost of repairing the old bridge near the market.',
  'In the end, the budget passed by seven votes to four, and the mayor said work would begin in the spring.',
];

function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en-GB"><head><title>Budget passes | The Gazette</title>${head}</head><body>${body}</body></html>`;
}

const NAV = '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>';
const SIDEBAR = '<div class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Another story about something else entirely, with a long title</a></li></ul></div>';

test('keeps the article paragraphs, drops navigation, sidebar, captions and scripts, and lists what it dropped inside the article', () => {
  const html = page(
    `${NAV}<div class="wrap"><article><h1>Budget passes</h1>
      <figure><img src="x.jpg"><figcaption>The old bridge, photographed in May.</figcaption></figure>
      ${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}
      <script>var tracking = "The council met";</script>
      <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
    </article>${SIDEBAR}</div><footer>© The Gazette. All rights reserved.</footer>`,
  );
  const { text, removed } = htmlToText(html);
  assert.deepEqual(text.split('\n'), PARAGRAPHS);
  assert.deepEqual(
    removed.filter((r) => !r.reason.startsWith('nav') && !r.text.startsWith('Most read')),
    [
      { text: 'Budget passes', reason: 'h1 element in the article area' },
      { text: 'The old bridge, photographed in May.', reason: 'figure element in the article area' },
      { text: 'Share on Facebook Tweet', reason: 'furniture by class/id "share-buttons" in the article area' },
      { text: '© The Gazette. All rights reserved.', reason: 'footer element in the article area' },
    ],
  );
});

test('joins a story split over several sibling containers', () => {
  const html = page(
    `${NAV}<main><section class="story">` +
      PARAGRAPHS.map((p) => `<div class="story-column"><div><p>${p}</p><p>${p.replace('The', 'Then the')}</p></div></div>`).join('') +
      `</section></main>${SIDEBAR}`,
  );
  const lines = htmlToText(html).text.split('\n');
  for (const p of PARAGRAPHS) assert.ok(lines.includes(p), `missing: ${p}`);
  assert.ok(!lines.some((l) => l.includes('Another story')));
});

test('keeps link text inside paragraphs but drops link lists', () => {
  const html = page(
    `<div class="content"><p>The mayor <a href="/m"><u>said on radio</u></a> that work, paid for by the state, would begin soon.</p>` +
      `<p>${PARAGRAPHS[0]}</p><ul><li><a href="/1">Read: bridge repairs</a></li><li><a href="/2">Read: school costs</a></li></ul></div>`,
  );
  const { text } = htmlToText(html);
  assert.match(text, /The mayor said on radio that work/);
  assert.doesNotMatch(text, /Read: bridge repairs/);
});

test('a class hint on a wrapper holding the whole page does not hide the article', () => {
  const html = page(`<div class="page-ad-margins has-sidebar"><div class="body">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></div>`);
  assert.equal(htmlToText(html).text.split('\n').length, 3);
});

test('reads title, outlet, byline, date and language from meta tags and JSON-LD, saying where each came from', () => {
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Budget passes at last', datePublished: '2019-11-19T08:30:00+01:00', author: { '@type': 'Person', name: 'Ana Ruiz' } });
  const head = `<meta property="og:site_name" content="The Gazette"><script type="application/ld+json">${ld}</script>`;
  const { metadata } = htmlToText(page(`<p>${PARAGRAPHS[0]}</p>`, head));
  assert.deepEqual(metadata.title, { value: 'Budget passes at last', source: 'html:json-ld' });
  assert.deepEqual(metadata.outlet, { value: 'The Gazette', source: 'html:meta' });
  assert.deepEqual(metadata.byline, { value: 'Ana Ruiz', source: 'html:json-ld' });
  assert.deepEqual(metadata.published, { value: '2019-11-19T08:30:00+01:00', source: 'html:json-ld' });
  assert.deepEqual(metadata.language, { value: 'en-GB', source: 'html:lang' });
});

test('falls back to the URL path for the publication date and to <title>, without the site name, for the title', () => {
  const { metadata } = htmlToText(page(`<p>${PARAGRAPHS[0]}</p>`), 'https://example.org/news/2019/09/04/story.html');
  assert.deepEqual(metadata.published, { value: '2019-09-04', source: 'url' });
  assert.deepEqual(metadata.title, { value: 'Budget passes', source: 'html:title' });
});

test('survives broken markup and pages without text', () => {
  assert.equal(htmlToText('<div><p>unclosed <b>bold <i>text').text, 'unclosed bold text');
  assert.equal(htmlToText('<html><head><title>x</title></head><body><script>1</script></body></html>').text, '');
  const deep = '<div>'.repeat(5000) + PARAGRAPHS[0] + '</div>'.repeat(5000);
  assert.equal(htmlToText(deep).text, PARAGRAPHS[0]);
});
