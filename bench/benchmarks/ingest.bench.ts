// End to end on the scrapinghub pages (HTML in → events, claims and incidents stored in SQLite) against
// Readability+linkedom extracting their text alone: same pages, same run, rounds alternated.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { Benchmark } from '../benchmark.ts';
import { sitrepNodeFlags } from '../support/child-processes.ts';
import { ingestItems, type IngestSummary } from '../../src/services/ingest-service.ts';
import { threadedProcessor, type DocumentProcessor } from '../../src/services/ingest/document-processor.ts';
import { readInputs } from '../../src/stages/read/read-inputs.ts';
import type { InputItem } from '../../src/stages/read/input-item.ts';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.ts';

const PAGES = fileURLToPath(new URL('../../../shared/bench/extraction/scrapinghub/html/', import.meta.url));
const CLI = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
const ROUNDS = 3;

/** CPU milliseconds of the whole process (every thread) since `since`. */
function processCpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/** CPU milliseconds of this thread since `since`. */
function threadCpuMs(since: NodeJS.CpuUsage): number {
  const now = process.threadCpuUsage();
  return (now.user - since.user + now.system - since.system) / 1000;
}

/** Seconds Readability+linkedom take to extract the text of every page, in this thread, and the process CPU ms that took. */
function readability(items: readonly InputItem[]): { seconds: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const item of items) {
    const { document } = parseHTML(new TextDecoder().decode(item.bytes!));
    try {
      new Readability(document as unknown as Document).parse();
    } catch {
      // a page Readability cannot read still cost its time
    }
  }
  return { seconds: (performance.now() - started) / 1000, cpuMs: processCpuMs(cpu) };
}

/** Seconds sitrep takes to ingest every page into a fresh SQLite file, incidents included. */
async function sitrepSeconds(items: readonly InputItem[], processor: DocumentProcessor, dir: string, round: string) {
  const store = new SqliteStore(join(dir, `round-${round}.db`));
  await store.migrate();
  const cpu = process.cpuUsage();
  const mainCpu = process.threadCpuUsage();
  const started = performance.now();
  const summary = await ingestItems(store, items, { processor });
  const seconds = (performance.now() - started) / 1000;
  const cpuMs = processCpuMs(cpu);
  const mainCpuMs = threadCpuMs(mainCpu);
  await store.close();
  return { seconds, summary, cpuMs, mainCpuMs };
}

/** `sitrep ingest` on the pages as a user runs it (with the executable's node options): wall seconds and peak RSS, start-up included (GNU time). */
function coldCli(dir: string): { seconds: number; peakRssMb: number | null } {
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...sitrepNodeFlags(), CLI, 'ingest', PAGES, '--db', join(dir, 'cli.db')], { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  const kb = Number(run.stderr?.trim().split('\n').at(-1));
  return { seconds, peakRssMb: Number.isFinite(kb) && kb > 0 ? kb / 1024 : null };
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const bench: Benchmark = {
  name: 'ingest',
  async run() {
    if (!existsSync(PAGES)) {
      process.stderr.write(`ingest: skipped, no pages at ${PAGES}\n`);
      return null;
    }
    const items: InputItem[] = [];
    for await (const item of readInputs([PAGES])) items.push(item);
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-ingest-'));
    const jobs = availableParallelism();
    const processor = threadedProcessor({ jobs });
    const one = threadedProcessor({ jobs: 1 });
    try {
      const startupStarted = performance.now();
      await processor.ready();
      const startupSeconds = (performance.now() - startupStarted) / 1000;
      await one.ready();
      readability(items.slice(0, 10)); // warm-up, as the extraction bench does
      const rounds: Array<{ readability: number; sitrep: number; load: number; readabilityCpuMs: number; sitrepCpuMs: number; sitrepMainCpuMs: number }> = [];
      let summary: IngestSummary | null = null;
      for (let round = 0; round < ROUNDS; round++) {
        const base = readability(items);
        const run = await sitrepSeconds(items, processor, dir, String(round));
        summary = run.summary;
        rounds.push({
          readability: base.seconds, sitrep: run.seconds, load: loadavg()[0]!,
          readabilityCpuMs: base.cpuMs, sitrepCpuMs: run.cpuMs, sitrepMainCpuMs: run.mainCpuMs,
        });
      }
      const single = await sitrepSeconds(items, one, dir, 'one');
      const cli = coldCli(dir);
      const rate = (seconds: number) => items.length / seconds;
      const ratios = rounds.map((r) => r.readability / r.sitrep);
      // On CPU time, which a loaded machine distorts far less than wall time: pages/s on two idle cores would be bounded
      // by the busier of (all threads' CPU shared by two cores, the writer's main thread alone).
      const perPage = (ms: number) => ms / items.length;
      const cpuRatios = rounds.map((r) => r.readabilityCpuMs / Math.max(r.sitrepCpuMs / jobs, r.sitrepMainCpuMs));
      const cpuFigures = {
        readabilityCpuMsPerPage: median(rounds.map((r) => perPage(r.readabilityCpuMs))),
        sitrepCpuMsPerPage: median(rounds.map((r) => perPage(r.sitrepCpuMs))),
        sitrepMainThreadCpuMsPerPage: median(rounds.map((r) => perPage(r.sitrepMainCpuMs))),
        cpuRatio: median(cpuRatios),
      };
      const figures = {
        pages: items.length, cpus: jobs, jobs, rounds,
        readabilityPagesPerSecond: median(rounds.map((r) => rate(r.readability))),
        sitrepPagesPerSecond: median(rounds.map((r) => rate(r.sitrep))),
        ratio: median(ratios),
        sitrepOneWorkerPagesPerSecond: rate(single.seconds),
        workerStartupSeconds: startupSeconds,
        cli, events: summary!.events, claims: summary!.claims, failures: summary!.failures.length,
        loadAverage: median(rounds.map((r) => r.load)),
        ...cpuFigures,
      };
      return {
        figures,
        rows: [
          ['pages (scrapinghub HTML)', String(items.length)],
          ['CPUs, worker threads, 1-min load average', `${jobs}, ${jobs}, ${figures.loadAverage.toFixed(1)}`],
          ['Readability+linkedom alone, pages/s (1 core)', figures.readabilityPagesPerSecond.toFixed(1)],
          ['sitrep end to end, pages/s', `${figures.sitrepPagesPerSecond.toFixed(1)} (events ${figures.events}, claims ${figures.claims}, incidents kept)`],
          ['ratio sitrep / Readability (median of rounds)', `${figures.ratio.toFixed(2)}x (rounds ${ratios.map((r) => r.toFixed(2)).join(', ')})`],
          ['1-min load average after each round', rounds.map((r) => r.load.toFixed(1)).join(', ')],
          ['CPU ms per page: Readability+linkedom; sitrep all threads (main thread)', `${cpuFigures.readabilityCpuMsPerPage.toFixed(1)}; ${cpuFigures.sitrepCpuMsPerPage.toFixed(1)} (${cpuFigures.sitrepMainThreadCpuMsPerPage.toFixed(1)})`],
          [`ratio on CPU time, ${jobs} idle cores (Readability CPU / max(sitrep CPU / ${jobs}, main thread CPU))`, `${cpuFigures.cpuRatio.toFixed(2)}x (rounds ${cpuRatios.map((r) => r.toFixed(2)).join(', ')})`],
          ['sitrep with 1 worker thread, pages/s', figures.sitrepOneWorkerPagesPerSecond.toFixed(1)],
          ['worker start-up (gazetteer, models), s', startupSeconds.toFixed(1)],
          ['`sitrep ingest` as run: wall s, peak RSS', `${cli.seconds.toFixed(1)} s, ${cli.peakRssMb?.toFixed(0) ?? 'n/a'} MB`],
        ],
      };
    } finally {
      await processor.close();
      await one.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
export default bench;
