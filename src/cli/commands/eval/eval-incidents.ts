// `sitrep eval incidents --data DIR`: pairwise and B³ scores of incidents against gold event ids on a fixture set.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SitrepError } from '../../../errors/catalogue.ts';
import { bcubedScores, pairwiseScores } from '../../../util/cluster-metrics.ts';
import { articleIdFor, ingestItems } from '../../../services/ingest-service.ts';
import { rebuildIncidents } from '../../../services/incidents-service.ts';
import { DEFAULT_MERGE_THRESHOLD } from '../../../incidents/cluster-events.ts';
import { recordItem } from '../../../stages/read/read-inputs.ts';
import { defaultPipeline } from '../../../stages/default-pipeline.ts';
import { SqliteStore } from '../../../storage/sqlite/sqlite-store.ts';
import { sha256Hex } from '../../../util/hash.ts';
import type { Evaluation } from './evaluation.ts';

interface FixtureArticle {
  readonly id: string;
  readonly event: string;
  readonly text: string;
  readonly url?: string;
  readonly outlet?: string;
  readonly published?: string;
  readonly title?: string;
}

/** Every *.jsonl row under `dir` that carries a gold `event` id and a `text`. */
async function readFixtures(dir: string): Promise<FixtureArticle[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.jsonl')).sort();
  } catch {
    throw new SitrepError('usage', `cannot read fixture folder ${dir}`);
  }
  const out: FixtureArticle[] = [];
  for (const name of names) {
    for (const line of (await readFile(join(dir, name), 'utf8')).split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as FixtureArticle;
      if (typeof row.event === 'string' && typeof row.text === 'string') out.push(row);
    }
  }
  if (out.length === 0) throw new SitrepError('usage', `no fixture articles with a gold "event" id in ${dir}`);
  return out;
}

export const incidentsEvaluation: Evaluation = {
  name: 'incidents',
  summary: 'incident merging on JSONL fixture articles carrying gold "event" ids:',
  usage: 'pairwise precision/recall and B³ F1, per article',
  async run(data) {
    const fixtures = await readFixtures(data);
    const store = new SqliteStore(':memory:');
    await store.migrate();
    const started = performance.now();
    const items = fixtures.map((f) => recordItem(`fixture:${f.id}`, { text: f.text, url: f.url, outlet: f.outlet, published: f.published, title: f.title, synthetic: true }));
    await ingestItems(store, items, { pipeline: defaultPipeline() });
    const incidents = await rebuildIncidents(store);
    const seconds = (performance.now() - started) / 1000;
    // An article's event: its first coded event; an article with none stands alone.
    const firstEvent = new Map<string, string | null>();
    for (const [i, f] of fixtures.entries()) {
      const article = await store.getArticle(articleIdFor(sha256Hex(items[i]!.bytes!), 0));
      const k = article?.events.findIndex((e) => e.eventType !== null) ?? -1;
      firstEvent.set(f.id, k >= 0 ? `${article!.id}:e${k}` : null);
    }
    const gold = new Map(fixtures.map((f) => [f.id, f.event]));
    // Halves for measuring the threshold: gold events whose first report is in an odd month tune, the rest check.
    const firstReport = new Map<string, string>();
    for (const f of fixtures) {
      const published = f.published ?? '9999-12';
      if (!firstReport.has(f.event) || published < firstReport.get(f.event)!) firstReport.set(f.event, published);
    }
    const isDev = (f: FixtureArticle): boolean => Number(firstReport.get(f.event)!.slice(5, 7)) % 2 === 1;
    const score = (incidentList: readonly { id: string; eventIds: readonly string[] }[], subset: readonly FixtureArticle[]) => {
      const incidentOfEvent = new Map<string, string>();
      for (const incident of incidentList) for (const id of incident.eventIds) incidentOfEvent.set(id, incident.id);
      const ids = subset.map((f) => f.id);
      const predicted = ids.map((id) => {
        const eventId = firstEvent.get(id);
        return (eventId && incidentOfEvent.get(eventId)) ?? `alone:${id}`;
      });
      const goldLabels = ids.map((id) => gold.get(id)!);
      return { pairs: pairwiseScores(goldLabels, predicted), bcubed: bcubedScores(goldLabels, predicted) };
    };
    const all = score(incidents, fixtures);
    const sweep = [];
    for (const threshold of [0.45, 0.5, 0.55, 0.6, 0.62, 0.65, 0.7, 0.75]) {
      const list = await rebuildIncidents(store, threshold);
      sweep.push({
        threshold,
        dev_bcubed_f1: round(score(list, fixtures.filter(isDev)).bcubed.f1),
        held_out_bcubed_f1: round(score(list, fixtures.filter((f) => !isDev(f))).bcubed.f1),
      });
    }
    await store.close();
    const scores = {
      articles: fixtures.length,
      incidents: incidents.length,
      threshold: DEFAULT_MERGE_THRESHOLD,
      pairs_precision: all.pairs.precision,
      pairs_recall: all.pairs.recall,
      pairs_f1: all.pairs.f1,
      bcubed_precision: all.bcubed.precision,
      bcubed_recall: all.bcubed.recall,
      bcubed_f1: all.bcubed.f1,
      sweep,
      seconds,
    };
    const text = [
      `articles           ${scores.articles}`,
      `gold events        ${new Set(gold.values()).size}`,
      `incidents          ${scores.incidents} (merge threshold ${DEFAULT_MERGE_THRESHOLD})`,
      `pairs precision    ${scores.pairs_precision.toFixed(3)}`,
      `pairs recall       ${scores.pairs_recall.toFixed(3)}`,
      `B³ precision       ${scores.bcubed_precision.toFixed(3)}`,
      `B³ recall          ${scores.bcubed_recall.toFixed(3)}`,
      `B³ F1              ${scores.bcubed_f1.toFixed(3)}`,
      'threshold sweep (B³ F1: tuning half = events first reported in odd months, held-out half = the rest)',
      ...sweep.map((r) => `  ${r.threshold.toFixed(2)}  tuning ${r.dev_bcubed_f1.toFixed(3)}  held-out ${r.held_out_bcubed_f1.toFixed(3)}`),
      '',
    ].join('\n');
    return { json: scores, text };
  },
};

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
