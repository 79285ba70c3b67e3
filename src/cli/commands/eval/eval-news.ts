// `sitrep eval news --data DIR [--only A|B] [--details]`: raw news pages in, ACLED-coded events and claims out, scored against hand-coded gold.
import { articleIdFor, ingestItems } from '../../../services/ingest-service.ts';
import { rebuildIncidents } from '../../../services/incidents-service.ts';
import { recordItem } from '../../../stages/read/read-inputs.ts';
import { defaultPipeline } from '../../../stages/default-pipeline.ts';
import { SqliteStore } from '../../../storage/sqlite/sqlite-store.ts';
import { eventId } from '../../../storage/rows.ts';
import { sha256Hex } from '../../../util/hash.ts';
import type { Evaluation } from './evaluation.ts';
import { readNewsGold, type GoldNewsText } from './news-gold.ts';
import { describeText, projectNameMatchers } from './news-names.ts';
import { scoreNews, type NewsScores, type PredictedText } from './news-scoring.ts';

/** Run the default pipeline over the gold texts (with their url, outlet and publication date) and collect what it stored. */
async function predict(gold: readonly GoldNewsText[]): Promise<Map<string, PredictedText>> {
  const store = new SqliteStore(':memory:');
  await store.migrate();
  try {
    const items = gold.map((t) => recordItem(`news:${t.id}`, { text: t.text, url: t.url, outlet: t.outlet, published: t.published }));
    await ingestItems(store, items, { pipeline: defaultPipeline() });
    const incidentOf = new Map<string, string>();
    for (const incident of await rebuildIncidents(store)) for (const id of incident.eventIds) incidentOf.set(id, incident.id);
    const out = new Map<string, PredictedText>();
    for (const [i, text] of gold.entries()) {
      const documentId = sha256Hex(items[i]!.bytes!);
      const events: PredictedText['events'][number][] = [];
      const claims: PredictedText['claims'][number][] = [];
      for (let index = 0; ; index++) {
        const article = await store.getArticle(articleIdFor(documentId, index));
        if (!article) break;
        for (const [k, e] of article.events.entries()) {
          // Flagged events (negated, hypothetical, historical) are left out, as the README says.
          if (e.eventType === null || e.flags.length > 0) continue;
          events.push({ ...e, incidentId: incidentOf.get(eventId(article.id, k)) ?? null });
        }
        claims.push(...article.claims);
      }
      out.set(text.id, { id: text.id, events, claims });
    }
    return out;
  } finally {
    await store.close();
  }
}

const r3 = (n: number | null): number | null => (n === null ? null : Math.round(n * 1000) / 1000);

/** The JSON keys the issue and the news README name, from one scoring. */
export function newsFigures(s: NewsScores): Record<string, unknown> {
  const f = s.fields;
  return {
    texts: s.texts,
    gold_events: s.gold_events,
    predicted_events: s.predicted_events,
    matched_events: s.matched_events,
    precision: r3(s.precision),
    recall: r3(s.recall),
    f1: r3(s.f1),
    sub_type_acc: r3(f.sub_type.value),
    admin1_acc: r3(f.admin1.value),
    location_acc: r3(f.location.value),
    country_acc: r3(f.country.value),
    date_exact: r3(f.date_exact.value),
    actor1_acc: r3(f.actor1.value),
    actor2_acc: r3(f.actor2.value),
    fatalities_exact: r3(f.fatalities_exact.value),
    fatalities_within: r3(f.fatalities_within.value),
    negative_texts: s.negative_texts,
    events_on_negative_pages: s.events_on_negative_pages,
    incident_pair_precision: r3(s.incident_pairs.predicted === 0 ? null : s.incident_pairs.both / s.incident_pairs.predicted),
    incident_pair_recall: r3(s.incident_pairs.gold === 0 ? null : s.incident_pairs.both / s.incident_pairs.gold),
    incident_pairs: s.incident_pairs,
    gold_claims: s.claims.gold,
    claims_recall: r3(s.claims.gold === 0 ? null : s.claims.found / s.claims.gold),
    claims_attributed: r3(s.claims.gold === 0 ? null : s.claims.attributed / s.claims.gold),
    claims_kind_acc: r3(s.claims.found === 0 ? null : s.claims.kind_right / s.claims.found),
  };
}

const ROWS: readonly (readonly [string, string])[] = [
  ['events predicted / gold / matched', ''],
  ['precision', 'precision'], ['recall', 'recall'], ['f1', 'f1'],
  ['sub-event type', 'sub_type_acc'], ['country', 'country_acc'], ['admin1', 'admin1_acc'], ['location', 'location_acc'],
  ['date exact', 'date_exact'], ['actor1', 'actor1_acc'], ['actor2', 'actor2_acc'],
  ['fatalities exact', 'fatalities_exact'], ['fatalities within low-high', 'fatalities_within'],
  ['events on no-event pages', 'events_on_negative_pages'],
  ['incident pairs precision', 'incident_pair_precision'], ['incident pairs recall', 'incident_pair_recall'],
  ['claims found', 'claims_recall'], ['claims attributed right', 'claims_attributed'], ['claims counted thing right', 'claims_kind_acc'],
];

function table(columns: readonly (readonly [string, Record<string, unknown>])[]): string {
  const cell = (v: unknown) => (v === null || v === undefined ? 'n/a' : typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(3) : String(v));
  const lines = [`${''.padEnd(30)}${columns.map(([name]) => name.padStart(16)).join('')}`];
  for (const [label, key] of ROWS) {
    const values = columns.map(([, fig]) => (key ? cell(fig[key]) : `${fig.predicted_events}/${fig.gold_events}/${fig.matched_events}`));
    lines.push(`${label.padEnd(30)}${values.map((v) => v.padStart(16)).join('')}`);
  }
  return lines.join('\n');
}

export const newsEvaluation: Evaluation = {
  name: 'news',
  summary: 'end-to-end events, claims and incidents on real pages with hand-coded gold (../shared/bench/news):',
  usage: 'precision/recall of events, field accuracy over matched events, claims found/attributed; --only A|B scores one half; --details lists every text',
  async run(data, io, options = {}) {
    const only = typeof options.only === 'string' ? options.only : undefined;
    const started = performance.now();
    const gold = await readNewsGold(data, only);
    const predicted = await predict(gold);
    const names = projectNameMatchers();
    const all = newsFigures(scoreNews(gold, predicted, names));
    const halves: Record<string, Record<string, unknown>> = {};
    if (!only) {
      for (const half of ['A', 'B']) {
        const part = gold.filter((t) => t.id.startsWith(half));
        if (part.length) halves[half] = newsFigures(scoreNews(part, predicted, names));
      }
    }
    const seconds = Math.round((performance.now() - started) / 10) / 100;
    const json = { ...all, ...(only ? { only } : { halves }), seconds };
    const columns: [string, Record<string, unknown>][] = [[only ? `only ${only}` : 'all', all], ...Object.entries(halves).map(([h, f]): [string, Record<string, unknown>] => [`${h}01-${h}30`, f])];
    const details = options.details ? `\n${gold.map((t) => describeText(t, predicted.get(t.id)!, names)).join('\n')}` : '';
    return { json, text: `${table(columns)}\n(${gold.length} texts in ${seconds} s)\n${details}` };
  },
};
