// API latency under load (autocannon against `sitrep serve` on loopback) and export memory, on a synthetic 1M-event store.
import { rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Benchmark } from '../benchmark.ts';
import { benchPostgresUrl, cachedStorePath, ensureSyntheticStore } from '../support/synthetic-store.ts';
import { runCliMeasured, startServer } from '../support/child-processes.ts';
import { loadTest, type LoadResult } from '../support/load.ts';

// SITREP_BENCH_API_DB swaps in another store: a SQLite path, or a postgres:// URL (schema
// sitrep_bench_<events> unless ?schema= names one; a sitrep_bench… schema is bulk-loaded once and kept).
const EVENTS = Number(process.env.SITREP_BENCH_API_EVENTS ?? 1_000_000);
const DB_ENV = process.env.SITREP_BENCH_API_DB;
const DB = DB_ENV && /^postgres(ql)?:\/\//.test(DB_ENV) ? benchPostgresUrl(DB_ENV, EVENTS) : DB_ENV ?? cachedStorePath(EVENTS);
const SECONDS = Number(process.env.SITREP_BENCH_API_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.SITREP_BENCH_API_CONNECTIONS ?? 10);
const TARGET_P95_MS = 50;
const TARGET_EXPORT_MIB = 200;

/** Filtered queries a UI or an analyst sends; each is loaded on its own. */
const QUERIES: Record<string, string> = {
  'latest page': '/api/events?sort=-date&limit=50',
  'country, newest first': '/api/events?country=Iraq&sort=-date&limit=50',
  'one month of battles': '/api/events?since=2023-03-01&until=2023-03-31&event_type=Battles&limit=50',
  'near a point (10 km)': '/api/events?near=36.34,43.13,10&limit=50',
  'actor, deadliest first': '/api/events?actor=boko-haram&min_fatalities=50&sort=-fatalities&limit=50',
  'full text': '/api/events?q=checkpoint&limit=50',
  'admin1, unflagged, oldest first': '/api/events?admin1=Anbar&sort=date&limit=50',
  'sub-type and country by id': '/api/events?sub_event_type=Armed%20clash&country=Syria&limit=50',
  'sync since a time': '/api/events?updated_since=2020-01-01T00:00:00Z&sort=id&limit=200',
};

async function json(url: string): Promise<any> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** Median wall time (ms) of `n` sequential requests. */
async function medianMs(url: string, n = 3): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await json(url);
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(n / 2)]!;
}

const benchmark: Benchmark = {
  name: 'api',
  async run() {
    const log = (line: string): void => { process.stderr.write(`${line}\n`); };
    const buildSeconds = await ensureSyntheticStore(DB, EVENTS, log);
    const server = await startServer(DB, { SITREP_READ_AUTH: 'open' });
    const rows: [string, string][] = [];
    const figures: Record<string, unknown> = { store: /^\w+:\/\//.test(DB) ? DB.replace(/\/\/.*@/, '//***@') : 'sqlite', events: EVENTS, connections: CONNECTIONS, secondsPerQuery: SECONDS, buildSeconds };
    try {
      // A deep page: the 40th page of a sorted, filtered list, to show keyset paging does not slow down.
      let deep = `${server.url}/api/events?country=Syria&sort=-date&limit=50`;
      for (let i = 0; i < 40; i++) deep = `${server.url}/api/events?country=Syria&sort=-date&limit=50&cursor=${encodeURIComponent((await json(deep)).next_cursor)}`;
      const first = (await json(`${server.url}/api/events?limit=1`)).items[0];
      const queries: Record<string, string> = { ...QUERIES, 'page 40 of country, newest first': deep.slice(server.url.length), 'one event by id': `/api/events/${encodeURIComponent(first.id)}` };

      const load: Record<string, LoadResult> = {};
      for (const [name, path] of Object.entries(queries)) {
        await json(`${server.url}${path}`); // warm the page cache
        const result = await loadTest(`${server.url}${path}`, { connections: CONNECTIONS, seconds: SECONDS });
        load[name] = result;
        const failed = result.errors + result.non2xx;
        rows.push([name, `p50 ${result.p50.toFixed(1)} ms  p95 ${result.p95.toFixed(1)} ms  p99 ${result.p99.toFixed(1)} ms  ${result.rps.toFixed(0)} req/s${failed ? `  ${failed} FAILED` : ''}`]);
      }
      const worstP95 = Math.max(...Object.values(load).map((r) => r.p95));
      // The machine is shared: the load average says how much of it the benchmark had.
      figures.loadAverage = loadavg().map((x) => Number(x.toFixed(2)));
      figures.cpus = cpus().length;
      rows.push(['machine', `${cpus().length} CPUs, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} after the load runs`]);
      rows.push(['worst p95', `${worstP95.toFixed(1)} ms (target < ${TARGET_P95_MS} ms: ${worstP95 < TARGET_P95_MS ? 'met' : 'NOT met'})`]);
      figures.load = load;
      figures.worstP95Ms = worstP95;

      // Aggregates scan every matching event; timed one at a time, outside the latency target.
      const aggregates = { 'stats (all events)': '/api/stats', 'stats (Iraq since 2024)': '/api/stats?country=Iraq&since=2024-01-01', outlets: '/api/outlets', 'claim subjects': '/api/claims/subjects' };
      figures.aggregatesMs = {};
      for (const [name, path] of Object.entries(aggregates)) {
        const ms = await medianMs(`${server.url}${path}`);
        (figures.aggregatesMs as Record<string, number>)[name] = ms;
        rows.push([name, `${ms.toFixed(0)} ms (median of 3, no load)`]);
      }

      // HTTP export of every event, streamed; the server's peak RSS is read from /proc.
      const started = performance.now();
      const res = await fetch(`${server.url}/api/export?format=acled-csv`);
      let bytes = 0;
      const reader = res.body!.getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) bytes += r.value.length;
      const httpSeconds = (performance.now() - started) / 1000;
      const serverPeak = server.peakRssMiB();
      figures.httpExport = { seconds: httpSeconds, megabytes: bytes / 1e6, serverPeakRssMiB: serverPeak };
      rows.push(['HTTP export acled-csv', `${(bytes / 1e6).toFixed(0)} MB in ${httpSeconds.toFixed(1)} s; server peak RSS ${serverPeak?.toFixed(0) ?? '?'} MiB (whole run)`]);
    } finally {
      await server.stop();
    }

    // CLI export to a file, in a fresh process whose peak RSS is the figure: no events (the
    // process's own baseline), one country, then every event; flat growth means constant memory.
    const exports: [string, string, string[]][] = [
      ['acled-csv', 'no events', ['--country', 'Nowhere']],
      ['acled-csv', 'one country', ['--country', 'Nigeria']],
      ['acled-csv', 'all events', []],
      ['geojson', 'all events', []],
    ];
    for (const [format, label, filters] of exports) {
      const out = join(tmpdir(), `sitrep-bench-export.${format}`);
      const run = await runCliMeasured(['export', '--db', DB, '--format', format, ...filters, '-o', out]);
      if (run.code !== 0) throw new Error(`export failed: ${run.stderr}`);
      const size = statSync(out).size;
      rmSync(out, { force: true });
      figures[`cliExport ${format} ${label}`] = { seconds: run.seconds, megabytes: size / 1e6, peakRssMiB: run.peakRssMiB };
      const ok = run.peakRssMiB !== null && run.peakRssMiB < TARGET_EXPORT_MIB;
      rows.push([`CLI export ${format}, ${label}`, `${(size / 1e6).toFixed(0)} MB in ${run.seconds.toFixed(1)} s; peak RSS ${run.peakRssMiB?.toFixed(0)} MiB (target < ${TARGET_EXPORT_MIB}: ${ok ? 'met' : 'NOT met'})`]);
    }
    return { figures, rows };
  },
};

export default benchmark;
