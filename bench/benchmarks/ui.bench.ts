// Time for the overview to become interactive in headless Chromium with 10,000 synthetic events (target < 2 s).
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Benchmark } from '../benchmark.ts';
import { startServer } from '../support/child-processes.ts';
import { ensureSyntheticStore } from '../support/synthetic-store.ts';
import { CHROMIUM, launchChromium } from '../../test/browser/server-fixture.ts';

const EVENTS = Number(process.env.SITREP_BENCH_UI_EVENTS ?? 10_000);
const RUNS = Number(process.env.SITREP_BENCH_UI_RUNS ?? 5);
const TARGET_MS = 2000;

const benchmark: Benchmark = {
  name: 'ui',
  async run() {
    if (!existsSync(CHROMIUM)) {
      process.stderr.write(`ui benchmark skipped: no Chromium at ${CHROMIUM}\n`);
      return null;
    }
    const log = (line: string): void => { process.stderr.write(`${line}\n`); };
    const db = join(await mkdtemp(join(tmpdir(), 'sitrep-ui-bench-')), 'ui.db');
    await ensureSyntheticStore(db, EVENTS, log);
    const server = await startServer(db, { SITREP_READ_AUTH: 'open' });
    const browser = await launchChromium();
    const times: number[] = [];
    const phases: Record<string, number>[] = [];
    let shown = 0;
    let drawn = 0;
    try {
      for (let run = 0; run < RUNS + 1; run++) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        const started = performance.now();
        await page.goto(`${server.url}/#/`);
        // Interactive: the overview says it is ready and the map has drawn its markers.
        await page.waitForFunction(
          () => document.body.dataset.ready === 'overview' && Number(document.querySelector<HTMLElement>('#map')?.dataset.drawn ?? 0) > 0,
          undefined, { timeout: 60_000 },
        );
        const elapsed = performance.now() - started;
        if (run > 0) {
          times.push(elapsed); // the first run warms the server's page cache and the browser's
          // Where the time went, from the overview's own performance marks (ms since navigation start).
          phases.push(await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark')
            .filter((m) => m.name.startsWith('sitrep:')).map((m) => [m.name.slice(7), Math.round(m.startTime)]))));
        }
        shown = await page.evaluate(() => Number(document.querySelector('.events-table')?.getAttribute('data-total') ?? 0));
        drawn = await page.evaluate(() => Number(document.querySelector<HTMLElement>('#map')!.dataset.drawn));
        await page.close();
      }
    } finally {
      await browser.close();
      await server.stop();
    }
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const medianPhases = Object.fromEntries(Object.keys(phases[0] ?? {}).map((k) => {
      const values = phases.map((p) => p[k]!).sort((a, b) => a - b);
      return [k, values[Math.floor(values.length / 2)]];
    }));
    const figures = {
      events: EVENTS, runs: RUNS, viewport: '1280x800',
      median_ms: Math.round(median), min_ms: Math.round(sorted[0]!), max_ms: Math.round(sorted.at(-1)!),
      target_ms: TARGET_MS, meets_target: median < TARGET_MS, events_in_table: shown, clusters_drawn: drawn,
      median_phase_marks_ms: medianPhases, cpus: cpus().length, load_average_1m_after: Number(loadavg()[0]!.toFixed(2)),
    };
    return {
      figures,
      rows: [
        ['events in the store', String(EVENTS)],
        ['overview interactive, median of runs', `${figures.median_ms} ms (min ${figures.min_ms}, max ${figures.max_ms})`],
        ['target', `< ${TARGET_MS} ms: ${figures.meets_target ? 'met' : 'MISSED'}`],
        ['events in the table / map markers drawn', `${shown} / ${drawn}`],
        ['phases (median ms from navigation)', Object.entries(medianPhases).map(([k, v]) => `${k} ${v}`).join(', ')],
        ['machine', `${figures.cpus} CPUs, 1-min load average ${figures.load_average_1m_after} (shared machine)`],
      ],
    };
  },
};

export default benchmark;
