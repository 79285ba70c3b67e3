// The relevance model's data, read from ../shared at training and benchmark time (never at run time): every
// page run through the real ingest path (extraction and the default pipeline, no relevance model), its
// ACLED event mentions, which of them became events, and the hand labels that say which should have.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Article } from '../../article/article.ts';
import { Pipeline } from '../../pipeline/runner.ts';
import { prepareDocument } from '../../services/ingest/prepare-document.ts';
import { createDeduper } from '../dedupe/index.ts';
import { DEFAULT_STAGES, defaultRegistry } from '../default-pipeline.ts';
import { detectMentions, type EventMention } from '../events/detect-mentions.ts';
import { subEventTypeOf, isAcledLabel } from '../events/typing/case-labels.ts';
import { recordItem } from '../read/read-inputs.ts';
import { sha256Hex } from '../../util/hash.ts';
import { articleLayers, type ArticleLayers } from './features.ts';
import { pageFold, type Fold, type SetName } from './folds.ts';

export type { Fold, SetName } from './folds.ts';

export interface CorpusMention {
  readonly mention: EventMention;
  /** It (its clause) is evidence of an unflagged event the pipeline coded without a relevance model. */
  readonly inEvent: boolean;
  /** Hand label: 1 reports an event, 0 does not, null unknown (not trained on). */
  readonly label: 0 | 1 | null;
  /** Indices of the gold events (news set) whose evidence it overlaps. */
  readonly gold: readonly number[];
}

export interface CorpusArticle {
  readonly article: Article;
  readonly layers: ArticleLayers;
  readonly mentions: readonly CorpusMention[];
}

export interface CorpusPage {
  readonly set: SetName;
  readonly id: string;
  readonly fold: Fold;
  /** Hand label of the page: it reports at least one codable event. */
  readonly conflict: boolean;
  /** News set: gold events on the page. */
  readonly goldEvents: number;
  readonly articles: readonly CorpusArticle[];
}

/** A fixed clock, so training sees the same dates on every run. */
const NOW = '2026-01-01T00:00:00.000Z';

function pipeline(): Pipeline {
  return new Pipeline(defaultRegistry().build(DEFAULT_STAGES), { now: () => new Date(NOW) });
}

function overlaps(a0: number, a1: number, b0: number, b1: number): boolean {
  return a0 < b1 && b0 < a1;
}

/** Where a gold evidence string lies in an article's text (whitespace compared loosely), or null. */
function locate(text: string, evidence: string): [number, number] | null {
  const at = text.indexOf(evidence);
  if (at >= 0) return [at, at + evidence.length];
  const words = evidence.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!words.length) return null;
  const m = new RegExp(words.join('\\s+')).exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}

interface RawPage {
  readonly set: SetName;
  readonly id: string;
  readonly conflict: boolean;
  readonly record: Record<string, unknown>;
  readonly evidence?: readonly string[];
  /** CASE: every mention of the snippet gets this label. */
  readonly mentionLabel?: 0 | 1;
}

function runPage(raw: RawPage, p: Pipeline): CorpusPage {
  // The model must not judge its own training data: the pages are read with no relevance model.
  const item = recordItem(`${raw.set}:${raw.id}`, raw.record);
  const prepared = prepareDocument({ documentId: sha256Hex(item.bytes!), input: { kind: item.kind, bytes: item.bytes, body: item.body, fields: item.fields }, now: NOW }, p, createDeduper());
  const articles: CorpusArticle[] = [];
  if (prepared.kind === 'articles') {
    for (const a of prepared.articles) {
      if (a.repeatsIndex !== null) continue;
      const article = a.article;
      const evidence = article.events.filter((e) => e.eventType !== null && e.flags.length === 0).flatMap((e) => e.evidence);
      const gold = (raw.evidence ?? []).map((ev) => locate(article.text, ev));
      const mentions = detectMentions(article).filter((m) => subEventTypeOf(m.label) !== null).map((m): CorpusMention => {
        const inEvent = evidence.some((e) => overlaps(m.clauseStart, m.clauseEnd, e.start, e.end));
        const goldHits = gold.flatMap((g, i) => (g && overlaps(m.sentenceStart, m.sentenceEnd, g[0], g[1]) ? [i] : []));
        let label: 0 | 1 | null;
        if (raw.set === 'case') label = raw.mentionLabel ?? null;
        // On a page with events, a mention outside the gold evidence may still tell of a gold event in other
        // words (or of one the coders left out): unknown. Only pages with no event give news negatives.
        else if (raw.set === 'news') label = goldHits.length ? 1 : raw.conflict ? null : 0;
        else label = raw.conflict ? null : 0;
        return { mention: m, inEvent, label, gold: goldHits };
      });
      articles.push({ article, layers: articleLayers(article), mentions });
    }
  }
  return { set: raw.set, id: raw.id, fold: pageFold(raw.set, raw.id), conflict: raw.conflict, goldEvents: raw.evidence?.length ?? 0, articles };
}

function newsPages(shared: string): RawPage[] {
  const dir = join(shared, 'bench', 'news');
  return readFileSync(join(dir, 'gold.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((line) => {
    const g = JSON.parse(line) as { id: string; url: string | null; outlet: string | null; published: string | null; events: Array<{ evidence: string }> };
    const text = readFileSync(join(dir, 'texts', `${g.id}.txt`), 'utf8');
    return { set: 'news', id: g.id, conflict: g.events.length > 0, record: { text, url: g.url, outlet: g.outlet, published: g.published }, evidence: g.events.map((e) => e.evidence) };
  });
}

function scrapinghubPages(shared: string): RawPage[] {
  const labels = JSON.parse(readFileSync(join(shared, 'bench', 'relevance', 'scrapinghub-conflict.json'), 'utf8')) as Record<string, { conflict: boolean }>;
  const truth = JSON.parse(readFileSync(join(shared, 'bench', 'extraction', 'scrapinghub', 'ground-truth.json'), 'utf8')) as Record<string, { url?: string }>;
  return Object.keys(labels).sort().map((id) => {
    const html = gunzipSync(readFileSync(join(shared, 'bench', 'extraction', 'scrapinghub', 'html', `${id}.html.gz`))).toString('utf8');
    return { set: 'scrapinghub', id, conflict: labels[id]!.conflict, record: { html, url: truth[id]?.url } };
  });
}

function bbcPages(shared: string): RawPage[] {
  return readFileSync(join(shared, 'bench', 'relevance', 'bbc-news.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((line) => {
    const row = JSON.parse(line) as { id: string | number; text: string };
    return { set: 'bbc', id: String(row.id), conflict: false, record: { text: row.text } };
  });
}

/** CASE 2021 shared-half snippets: ACLED sub-event types are events; diplomacy, disasters, crime and "other" are not; claims of responsibility are left unlabelled. */
function casePages(shared: string): RawPage[] {
  const lines = readFileSync(join(shared, 'bench', 'events', 'case2021-task2-dev.tsv'), 'utf8').split('\n').slice(1).filter((l) => l.trim());
  return lines.map((line) => {
    const [id, snippet, subType] = line.split('\t') as [string, string, string];
    const label = subType.trim();
    const acled = isAcledLabel(label as never);
    // A claim of responsibility names the attack claimed, which is an event: those snippets teach nothing either way.
    const page: RawPage = { set: 'case', id, conflict: acled, record: { text: snippet } };
    return label === 'ATTRIB' ? page : { ...page, mentionLabel: acled ? 1 : 0 };
  });
}

export interface CorpusOptions {
  /** The shared folder (default ../shared beside the repo). */
  readonly shared: string;
  readonly sets?: readonly SetName[];
  /** Keep only the pages this accepts (tests train on a small sample). */
  readonly filter?: (set: SetName, id: string) => boolean;
  /** Called after each page (progress). */
  readonly progress?: (done: number, total: number) => void;
}

/** Every page of the chosen sets, read and run in a fixed order. */
export function readCorpus(options: CorpusOptions): CorpusPage[] {
  const sets = options.sets ?? ['news', 'case', 'scrapinghub', 'bbc'];
  const raw: RawPage[] = [];
  if (sets.includes('news')) raw.push(...newsPages(options.shared));
  if (sets.includes('case')) raw.push(...casePages(options.shared));
  if (sets.includes('scrapinghub')) raw.push(...scrapinghubPages(options.shared));
  if (sets.includes('bbc')) raw.push(...bbcPages(options.shared));
  const chosen = options.filter ? raw.filter((r) => options.filter!(r.set, r.id)) : raw;
  const p = pipeline();
  const previous = process.env.SITREP_RELEVANCE_MODEL;
  process.env.SITREP_RELEVANCE_MODEL = 'none';
  try {
    return chosen.map((r, i) => {
      const page = runPage(r, p);
      options.progress?.(i + 1, chosen.length);
      return page;
    });
  } finally {
    if (previous === undefined) delete process.env.SITREP_RELEVANCE_MODEL;
    else process.env.SITREP_RELEVANCE_MODEL = previous;
  }
}
