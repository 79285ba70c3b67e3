// One long ingest of the realistic feed into a fresh SQLite file, in its own process (so its peak RSS is its own);
// prints one JSON line of figures. Usage: node bench/support/scale-run.ts DOCUMENTS DB_PATH [JOBS]
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ingestItems } from '../../src/services/ingest-service.ts';
import { threadedProcessor } from '../../src/services/ingest/document-processor.ts';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.ts';
import { loadCorpusSources, realisticCorpus } from './realistic-corpus.ts';

const documents = Number(process.argv[2] ?? 100_000);
const dbPath = process.argv[3] ?? ':memory:';
const jobs = Number(process.argv[4] ?? availableParallelism());
const SLICE = Number(process.env.SITREP_BENCH_SLICE ?? 10_000);
const sources = loadCorpusSources(fileURLToPath(new URL('../../../shared/', import.meta.url)));
if (!sources) throw new Error('../shared is absent');

const store = new SqliteStore(dbPath);
await store.migrate();
const processor = threadedProcessor({ jobs });
const startupStarted = performance.now();
await processor.ready();
const startupSeconds = (performance.now() - startupStarted) / 1000;
const load = [loadavg()[0]];
/** Seconds at which each slice of SLICE articles was stored, and peak RSS so far then. */
const marks: Array<{ articles: number; seconds: number; rssMb: number }> = [];
const started = performance.now();
let cpu = process.cpuUsage();
const summary = await ingestItems(store, realisticCorpus(sources, { documents }), {
  processor,
  onProgress: (s) => {
    if (s.articles >= (marks.length + 1) * SLICE) {
      marks.push({ articles: s.articles, seconds: (performance.now() - started) / 1000, rssMb: process.resourceUsage().maxRSS / 1024 });
      load.push(loadavg()[0]);
      process.stderr.write(`${s.articles} articles, ${marks.at(-1)!.seconds.toFixed(0)} s, peak RSS ${marks.at(-1)!.rssMb.toFixed(0)} MB, load ${loadavg()[0].toFixed(1)}\n`);
    }
  },
});
const seconds = (performance.now() - started) / 1000;
cpu = process.cpuUsage(cpu);
const counts = await store.counts();
const incidents = (await store.listIncidents({ limit: 1000 })).items.length;
await store.close();
await processor.close();
const sliceSeconds = marks.map((m, i) => m.seconds - (marks[i - 1]?.seconds ?? 0));
process.stdout.write(`${JSON.stringify({
  documents, jobs, cpus: availableParallelism(), startupSeconds, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6,
  articles: summary.articles, nearDuplicates: summary.nearDuplicates, duplicates: summary.duplicates, events: summary.events, claims: summary.claims,
  failures: summary.failures.length, storedEvents: counts.events, incidentsFirstPage: incidents,
  peakRssMb: process.resourceUsage().maxRSS / 1024, marks, sliceSeconds,
  lastOverFirst: sliceSeconds.length >= 2 ? sliceSeconds.at(-1)! / sliceSeconds[0]! : null,
  loadAverages: load,
})}\n`);
