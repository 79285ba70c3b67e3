// A realistic benchmark feed built at bench time from ../shared: real news text (BBC, the news set, the seeds,
// the scrapinghub pages) recombined into new articles, dated like a feed, with about 10% reprints of recent ones.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { InputItem } from '../../src/stages/read/input-item.ts';
import { recordItem } from '../../src/stages/read/read-inputs.ts';
import { seededRandom } from '../../test/support/synthetic-events.ts';

export interface CorpusSources {
  /** Article texts split into paragraphs, each with where it came from. */
  readonly texts: ReadonlyArray<{ readonly id: string; readonly paragraphs: readonly string[]; readonly conflict: boolean }>;
  /** The scrapinghub pages as served (HTML), once each. */
  readonly pages: ReadonlyArray<{ readonly id: string; readonly html: string }>;
}

export interface CorpusOptions {
  readonly documents: number;
  readonly seed?: number;
  /** Share of documents that reprint a recent one (a wire copy with its own header, a paragraph cut). */
  readonly reprintShare?: number;
  /** Documents per publication day: the feed moves through time at this rate. */
  readonly perDay?: number;
  /** Share of new documents served as HTML pages (the composed text in a page with boilerplate). */
  readonly htmlShare?: number;
}

/** Read the shared sets; null when ../shared is absent. */
export function loadCorpusSources(shared: string): CorpusSources | null {
  try {
    const texts: Array<CorpusSources['texts'][number]> = [];
    for (const line of readFileSync(join(shared, 'bench/relevance/bbc-news.jsonl'), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { id, text } = JSON.parse(line) as { id: string; text: string };
      // The public copy has no paragraph breaks: three sentences make one.
      const sentences = text.split(/(?<=\.)\s+/).filter(Boolean);
      const paragraphs = [];
      for (let i = 0; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3).join(' '));
      texts.push({ id, paragraphs, conflict: false });
    }
    const newsDir = join(shared, 'bench/news/texts');
    for (const file of readdirSync(newsDir).sort()) texts.push({ id: file, paragraphs: paragraphsOf(readFileSync(join(newsDir, file), 'utf8')), conflict: true });
    const seedDir = join(shared, 'corpus/seeds');
    for (const file of readdirSync(seedDir).sort()) texts.push({ id: file, paragraphs: paragraphsOf(readFileSync(join(seedDir, file), 'utf8')), conflict: true });
    const truth = JSON.parse(readFileSync(join(shared, 'bench/extraction/scrapinghub/ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
    const labels = JSON.parse(readFileSync(join(shared, 'bench/relevance/scrapinghub-conflict.json'), 'utf8')) as Record<string, { conflict: boolean }>;
    const pages = [];
    for (const [id, { articleBody }] of Object.entries(truth).sort()) {
      texts.push({ id, paragraphs: paragraphsOf(articleBody), conflict: labels[id]?.conflict ?? false });
      pages.push({ id, html: gunzipSync(readFileSync(join(shared, `bench/extraction/scrapinghub/html/${id}.html.gz`))).toString('utf8') });
    }
    return { texts: texts.filter((t) => t.paragraphs.length > 0), pages };
  } catch {
    return null;
  }
}

function paragraphsOf(text: string): string[] {
  return text.split(/\n\s*\n|\n/).map((p) => p.trim()).filter((p) => p.length > 40);
}

const OUTLETS = ['Daily Courier', 'The Observer Post', 'Wire Service', 'Capital Times', 'Frontier News', 'Evening Herald', 'Coastal Tribune', 'Metro Daily'];

/**
 * The feed, one document at a time (deterministic for a seed). New articles take their lead (one to
 * three paragraphs) from one real article and two or three more paragraphs from others, so no two
 * share most of their text by chance; reprints copy a document of the last few hundred with a new
 * outlet line and their last paragraph cut; each scrapinghub page appears once, as served.
 */
export function* realisticCorpus(sources: CorpusSources, options: CorpusOptions): Generator<InputItem> {
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const perDay = options.perDay ?? 250;
  const start = Date.UTC(2023, 0, 1);
  const recent: Array<{ title: string; paragraphs: string[]; published: string }> = [];
  const pageEvery = Math.max(1, Math.floor(options.documents / Math.max(1, sources.pages.length)));
  let pages = 0;
  for (let i = 0; i < options.documents; i++) {
    const published = new Date(start + Math.floor(i / perDay) * 86_400_000 + (i % perDay) * 300_000).toISOString();
    const outlet = pick(OUTLETS);
    const url = `https://${outlet.toLowerCase().replaceAll(' ', '-')}.example/${i}`;
    if (i % pageEvery === pageEvery - 1 && pages < sources.pages.length) {
      const page = sources.pages[pages++]!;
      yield { origin: `corpus#${i}`, kind: 'html', contentType: 'text/html', bytes: new TextEncoder().encode(page.html), body: null, fields: { url, published }, error: null };
      continue;
    }
    if (recent.length > 20 && random() < (options.reprintShare ?? 0.1)) {
      const original = pick(recent.slice(-400));
      const paragraphs = [`${outlet.toUpperCase()} — ${original.paragraphs[0]}`, ...original.paragraphs.slice(1, -1)];
      yield recordItem(`corpus#${i}`, { text: paragraphs.join('\n\n'), title: original.title, url, outlet, published: original.published });
      continue;
    }
    const lead = pick(sources.texts);
    const leadLength = 1 + Math.floor(random() * Math.min(3, lead.paragraphs.length));
    const paragraphs = lead.paragraphs.slice(0, leadLength);
    for (let extra = 2 + Math.floor(random() * 2); extra > 0; extra--) paragraphs.push(pick(pick(sources.texts).paragraphs));
    const title = paragraphs[0]!.split(/(?<=[.!?])\s/)[0]!.slice(0, 120);
    recent.push({ title, paragraphs, published });
    if (recent.length > 1000) recent.splice(0, 500);
    if (random() < (options.htmlShare ?? 0.15)) {
      yield { origin: `corpus#${i}`, kind: 'html', contentType: 'text/html', bytes: new TextEncoder().encode(htmlPage(title, outlet, published, paragraphs, i)), body: null, fields: { url }, error: null };
    } else {
      yield recordItem(`corpus#${i}`, { text: paragraphs.join('\n\n'), title, url, outlet, published });
    }
  }
}

/** A news page around the text: navigation, teasers, a share bar and a footer, as real pages carry. */
function htmlPage(title: string, outlet: string, published: string, paragraphs: readonly string[], n: number): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const nav = ['World', 'Politics', 'Business', 'Sport', 'Culture', 'Opinion'].map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`).join('');
  const teasers = [1, 2, 3].map((k) => `<li><a href="/story/${n + k}">More from ${escape(outlet)}: story ${n + k}</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)} | ${escape(outlet)}</title>
<meta property="og:site_name" content="${escape(outlet)}"><meta property="article:published_time" content="${published}">
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({page: ${n}});</script></head>
<body><header><nav><ul>${nav}</ul></nav></header><main><article><h1>${escape(title)}</h1>
<p class="byline">By Staff Reporter · ${published.slice(0, 10)}</p>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
<div class="share">Share this story: Facebook · Twitter · Email</div></article>
<aside><h2>Most read</h2><ul>${teasers}</ul></aside></main>
<footer><p>© ${escape(outlet)}. All rights reserved. Contact · Privacy · Terms</p></footer></body></html>`;
}
