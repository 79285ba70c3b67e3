// `sitrep eval relevance --data DIR [--only scrapinghub|bbc] [--details]`: events sitrep invents on pages that report no conflict.
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { SitrepError } from '../../../errors/catalogue.ts';
import { articleIdFor, ingestItems } from '../../../services/ingest-service.ts';
import { recordItem } from '../../../stages/read/read-inputs.ts';
import { defaultPipeline } from '../../../stages/default-pipeline.ts';
import { SqliteStore } from '../../../storage/sqlite/sqlite-store.ts';
import { sha256Hex } from '../../../util/hash.ts';
import type { Evaluation } from './evaluation.ts';
import { pageFold } from '../../../stages/relevance/folds.ts';
import { loadRelevanceModel } from '../../../stages/relevance/model.ts';

interface Page {
  readonly id: string;
  /** Hand label: the page reports an ACLED-codable event. */
  readonly conflict: boolean;
  readonly record: Record<string, unknown>;
}

async function readJson<T>(path: string): Promise<T> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch (error) {
    throw new SitrepError('usage', `cannot read ${path}: ${(error as Error).message}`);
  }
}

/** The scrapinghub pages as raw HTML (what a user feeds), labelled by scrapinghub-conflict.json. */
async function scrapinghubPages(dir: string): Promise<Page[]> {
  const labels = await readJson<Record<string, { conflict: boolean }>>(join(dir, 'scrapinghub-conflict.json'));
  const htmlDir = join(dir, '..', 'extraction', 'scrapinghub', 'html');
  const truth = await readJson<Record<string, { url?: string }>>(join(dir, '..', 'extraction', 'scrapinghub', 'ground-truth.json'));
  const pages: Page[] = [];
  for (const id of Object.keys(labels).sort()) {
    const html = gunzipSync(await readFile(join(htmlDir, `${id}.html.gz`))).toString('utf8');
    pages.push({ id, conflict: labels[id]!.conflict, record: { html, url: truth[id]?.url } });
  }
  return pages;
}

/** The BBC News articles (none reports a political-violence event). */
async function bbcPages(dir: string): Promise<Page[]> {
  const path = join(dir, 'bbc-news.jsonl');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new SitrepError('usage', `cannot read ${path}: --data must be the relevance benchmark folder`);
  }
  return text.split('\n').filter((l) => l.trim()).map((line) => {
    const row = JSON.parse(line) as { id: string | number; text: string };
    return { id: String(row.id), conflict: false, record: { text: row.text } };
  });
}

/** Unflagged events per page after a real ingest of every page into an in-memory store. */
async function eventsPerPage(pages: readonly Page[]): Promise<Map<string, string[]>> {
  const store = new SqliteStore(':memory:');
  await store.migrate();
  try {
    const items = pages.map((p) => recordItem(`relevance:${p.id}`, p.record));
    await ingestItems(store, items, { pipeline: defaultPipeline() });
    const out = new Map<string, string[]>();
    for (const [i, page] of pages.entries()) {
      const found: string[] = [];
      const documentId = sha256Hex(items[i]!.bytes!);
      for (let index = 0; ; index++) {
        const article = await store.getArticle(articleIdFor(documentId, index));
        if (!article) break;
        for (const e of article.events) {
          if (e.eventType !== null && e.flags.length === 0) found.push(`${e.subEventType}: «${e.evidence[0]?.text.slice(0, 140) ?? ''}»`);
        }
      }
      out.set(page.id, found);
    }
    return out;
  } finally {
    await store.close();
  }
}

const r3 = (n: number) => Math.round(n * 1000) / 1000;

export const relevanceEvaluation: Evaluation = {
  name: 'relevance',
  summary: 'events produced on pages that report no conflict (../shared/bench/relevance):',
  usage: 'events per 100 non-conflict pages and the share of them with any event, per set; --only scrapinghub|bbc; --fold A|B scores one fold of each set (as `npm run train -- --exclude-fold` leaves out); --details lists the events',
  async run(data, _io, options = {}) {
    const only = typeof options.only === 'string' ? options.only : undefined;
    if (only && only !== 'scrapinghub' && only !== 'bbc') throw new SitrepError('usage', '--only must be scrapinghub or bbc');
    const fold = typeof options.fold === 'string' ? options.fold : undefined;
    if (fold && fold !== 'A' && fold !== 'B') throw new SitrepError('usage', '--fold must be A or B');
    const started = performance.now();
    const sets: Record<string, Record<string, unknown>> = {};
    const lines: string[] = [];
    for (const [name, read] of [['scrapinghub', scrapinghubPages], ['bbc', bbcPages]] as const) {
      if (only && only !== name) continue;
      // --fold: only the pages of one fold (see relevance/folds.ts), to score a model trained without them.
      const pages = (await read(data)).filter((p) => !fold || pageFold(name, p.id) === fold);
      const events = await eventsPerPage(pages);
      const negatives = pages.filter((p) => !p.conflict);
      const positives = pages.filter((p) => p.conflict);
      const negativeEvents = negatives.reduce((n, p) => n + events.get(p.id)!.length, 0);
      const withEvent = negatives.filter((p) => events.get(p.id)!.length > 0);
      const figures: Record<string, unknown> = {
        non_conflict_pages: negatives.length,
        events_per_100_pages: r3((100 * negativeEvents) / negatives.length),
        pages_with_event_share: r3(withEvent.length / negatives.length),
        pages_with_event: withEvent.length,
      };
      if (positives.length) {
        figures.conflict_pages = positives.length;
        figures.conflict_pages_with_event_share = r3(positives.filter((p) => events.get(p.id)!.length > 0).length / positives.length);
      }
      sets[name] = figures;
      lines.push(`${name}: ${negatives.length} non-conflict pages, ${figures.events_per_100_pages} events per 100 pages, ${withEvent.length} with any event (${(100 * (figures.pages_with_event_share as number)).toFixed(1)}%)` +
        (positives.length ? `; ${positives.length} conflict pages, ${(100 * (figures.conflict_pages_with_event_share as number)).toFixed(1)}% with an event` : ''));
      if (options.details) {
        for (const p of withEvent) lines.push(`  ${p.id}: ${events.get(p.id)!.join(' | ')}`);
      }
    }
    const seconds = Math.round((performance.now() - started) / 10) / 100;
    const model = loadRelevanceModel();
    lines.push(`relevance model: ${model ? model.name : 'none (cue rules alone)'}${fold ? `; fold ${fold} only` : ''}`);
    return { json: { ...sets, model: model?.name ?? null, fold: fold ?? null, seconds }, text: `${lines.join('\n')}\n(${seconds} s)\n` };
  },
};
