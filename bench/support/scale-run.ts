// One long ingest of the realistic feed into a fresh SQLite file, in its own process (so its peak RSS is its own:
// the feed is made by a child process, feed-writer.ts, and read from its output a line at a time);
// prints one JSON line of figures. Usage: node bench/support/scale-run.ts DOCUMENTS DB_PATH [JOBS|auto [PER_DAY]]
// (PER_DAY: documents per publication day of the feed, default 250).
import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ingestItems } from '../../src/services/ingest-service.ts';
import { threadedProcessor } from '../../src/services/ingest/document-processor.ts';
import type { InputItem } from '../../src/stages/read/input-item.ts';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.ts';
import { enableCompileCache } from '../../src/util/compile-cache.ts';

const documents = Number(process.argv[2] ?? 100_000);
const dbPath = process.argv[3] ?? ':memory:';
// JOBS "auto" (the default) as `sitrep ingest` runs by default: up to one thread per core, as many as the work keeps busy.
const auto = (process.argv[4] ?? 'auto') === 'auto';
const jobs = auto ? availableParallelism() : Number(process.argv[4]);
const perDay = Number(process.argv[5] ?? 250);
const SLICE = Number(process.env.SITREP_BENCH_SLICE ?? 10_000);

/** The feed from feed-writer.ts, one input a line, read as the ingest asks for it (the pipe applies backpressure). */
async function* feed(count: number): AsyncGenerator<InputItem> {
  const writer = spawn(process.execPath, [fileURLToPath(new URL('./feed-writer.ts', import.meta.url)), String(count), String(perDay)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const encoder = new TextEncoder();
  let rest = '';
  for await (const chunk of writer.stdout.setEncoding('utf8')) {
    const lines = (rest + (chunk as string)).split('\n');
    rest = lines.pop()!;
    for (const line of lines) {
      const item = JSON.parse(line) as Omit<InputItem, 'bytes'> & { bytes: string | null };
      yield { ...item, bytes: item.bytes === null ? null : encoder.encode(item.bytes) };
    }
  }
  const code = writer.exitCode ?? (await new Promise<number | null>((resolve) => writer.once('exit', resolve)));
  if (code !== 0) throw new Error(`feed writer exited with ${code}`);
}

// As `sitrep ingest` does (src/cli/main.ts): the worker threads load their modules from the compile cache.
enableCompileCache();
const store = new SqliteStore(dbPath);
await store.migrate();
const processor = threadedProcessor({ jobs, minJobs: auto ? 1 : jobs });
const startupStarted = performance.now();
await processor.ready();
const startupSeconds = (performance.now() - startupStarted) / 1000;
const load = [loadavg()[0]];
/** Wall and CPU seconds (main and worker threads) at which each slice of SLICE articles was stored, and peak RSS so far then. */
const marks: Array<{ articles: number; seconds: number; cpuSeconds: number; writerCpuSeconds: number; rssMb: number; rssNowMb: number; writerHeapMb: number; load: number }> = [];
const started = performance.now();
let cpu = process.cpuUsage();
const cpuAtStart = cpu;
const writerCpuAtStart = process.threadCpuUsage();
const rssAtStart = process.memoryUsage().rss / (1024 * 1024);
const summary = await ingestItems(store, feed(documents), {
  processor,
  onProgress: (s) => {
    if (s.articles >= (marks.length + 1) * SLICE) {
      const used = process.cpuUsage(cpuAtStart);
      const writer = process.threadCpuUsage(writerCpuAtStart);
      const memory = process.memoryUsage();
      marks.push({
        articles: s.articles, seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6,
        writerCpuSeconds: (writer.user + writer.system) / 1e6, rssMb: process.resourceUsage().maxRSS / 1024,
        rssNowMb: memory.rss / (1024 * 1024), writerHeapMb: memory.heapUsed / (1024 * 1024), load: loadavg()[0]!,
      });
      load.push(loadavg()[0]);
      const m = marks.at(-1)!;
      process.stderr.write(`${s.articles} articles, ${m.seconds.toFixed(0)} s, CPU ${m.cpuSeconds.toFixed(0)} s (writer thread ${m.writerCpuSeconds.toFixed(0)} s), peak RSS ${m.rssMb.toFixed(0)} MB (now ${m.rssNowMb.toFixed(0)} MB, writer heap ${m.writerHeapMb.toFixed(0)} MB), load ${m.load.toFixed(1)}\n`);
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
const sliceCpuSeconds = marks.map((m, i) => m.cpuSeconds - (marks[i - 1]?.cpuSeconds ?? 0));
const sliceWriterCpuSeconds = marks.map((m, i) => m.writerCpuSeconds - (marks[i - 1]?.writerCpuSeconds ?? 0));
process.stdout.write(`${JSON.stringify({
  documents, jobs, perDay, cpus: availableParallelism(), startupSeconds, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6,
  articles: summary.articles, nearDuplicates: summary.nearDuplicates, duplicates: summary.duplicates, events: summary.events, claims: summary.claims,
  failures: summary.failures.length, storedEvents: counts.events, incidentsFirstPage: incidents,
  peakRssMb: process.resourceUsage().maxRSS / 1024, rssAtStartMb: rssAtStart, marks, sliceSeconds,
  lastOverFirst: sliceSeconds.length >= 2 ? sliceSeconds.at(-1)! / sliceSeconds[0]! : null,
  sliceCpuSeconds,
  lastOverFirstCpu: sliceCpuSeconds.length >= 2 ? sliceCpuSeconds.at(-1)! / sliceCpuSeconds[0]! : null,
  sliceWriterCpuSeconds,
  lastOverFirstWriterCpu: sliceWriterCpuSeconds.length >= 2 ? sliceWriterCpuSeconds.at(-1)! / sliceWriterCpuSeconds[0]! : null,
  loadAverages: load,
})}\n`);
