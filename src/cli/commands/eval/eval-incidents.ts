// `sitrep eval incidents --data DIR`: pairwise and B³ scores of incidents against gold event ids on a fixture set.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SitrepError } from '../../../errors/catalogue.ts';
import { bcubedScores, pairwiseScores } from '../../../util/cluster-metrics.ts';
import { articleIdFor, ingestItems } from '../../../services/ingest-service.ts';
import { rebuildIncidents } from '../../../services/incidents-service.ts';
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
    const incidentOfEvent = new Map<string, string>();
    for (const incident of incidents) for (const id of incident.eventIds) incidentOfEvent.set(id, incident.id);
    // An article's predicted incident is the one holding its first coded event; an article with none stands alone.
    const gold = new Map<string, string>();
    const predicted = new Map<string, string>();
    for (const [i, f] of fixtures.entries()) {
      gold.set(f.id, f.event);
      const documentId = sha256Hex(items[i]!.bytes!);
      const article = await store.getArticle(articleIdFor(documentId, 0));
      const first = article?.events.findIndex((e) => e.eventType !== null) ?? -1;
      const incident = first >= 0 ? incidentOfEvent.get(`${article!.id}:e${first}`) : undefined;
      predicted.set(f.id, incident ?? `alone:${f.id}`);
    }
    await store.close();
    const ids = [...gold.keys()];
    const pairs = pairwiseScores(ids.map((id) => gold.get(id)!), ids.map((id) => predicted.get(id)!));
    const bcubed = bcubedScores(ids.map((id) => gold.get(id)!), ids.map((id) => predicted.get(id)!));
    const scores = {
      articles: fixtures.length,
      incidents: incidents.length,
      pairs_precision: pairs.precision,
      pairs_recall: pairs.recall,
      pairs_f1: pairs.f1,
      bcubed_precision: bcubed.precision,
      bcubed_recall: bcubed.recall,
      bcubed_f1: bcubed.f1,
      seconds,
    };
    const text = [
      `articles           ${scores.articles}`,
      `gold events        ${new Set(gold.values()).size}`,
      `incidents          ${scores.incidents}`,
      `pairs precision    ${scores.pairs_precision.toFixed(3)}`,
      `pairs recall       ${scores.pairs_recall.toFixed(3)}`,
      `B³ precision       ${scores.bcubed_precision.toFixed(3)}`,
      `B³ recall          ${scores.bcubed_recall.toFixed(3)}`,
      `B³ F1              ${scores.bcubed_f1.toFixed(3)}`,
      '',
    ].join('\n');
    return { json: scores, text };
  },
};
