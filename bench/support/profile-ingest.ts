// Profiling driver: `node --cpu-prof --cpu-prof-dir=DIR bench/support/profile-ingest.ts [rounds] [jobs]` ingests the
// scrapinghub pages into fresh SQLite files as the ingest bench does (worker threads write their own profiles).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestItems } from '../../src/services/ingest-service.ts';
import { threadedProcessor } from '../../src/services/ingest/document-processor.ts';
import { readInputs } from '../../src/stages/read/read-inputs.ts';
import type { InputItem } from '../../src/stages/read/input-item.ts';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.ts';

const PAGES = fileURLToPath(new URL('../../../shared/bench/extraction/scrapinghub/html/', import.meta.url));
/** CPU ms of each of this process's threads by name (/proc, Linux). */
function threadCpu(): Map<string, number> {
  const byName = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const name = readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim();
      const fields = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
      const key = `${name}#${tid}`;
      byName.set(key, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch { /* gone */ }
  }
  return byName;
}
const rounds = Number(process.argv[2] ?? 2);
const jobs = Number(process.argv[3] ?? availableParallelism());
const items: InputItem[] = [];
for await (const item of readInputs([PAGES])) items.push(item);
const dir = mkdtempSync(join(tmpdir(), 'sitrep-profile-'));
const processor = threadedProcessor({ jobs });
await processor.ready();
try {
  for (let round = 0; round < rounds; round++) {
    const store = new SqliteStore(join(dir, `r${round}.db`));
    await store.migrate();
    const cpu = process.cpuUsage();
    const before = threadCpu();
    const main = process.threadCpuUsage();
    const started = performance.now();
    const summary = await ingestItems(store, items, { processor });
    const seconds = (performance.now() - started) / 1000;
    const all = process.cpuUsage(cpu);
    const m = process.threadCpuUsage(main);
    await store.close();
    const after = threadCpu();
    const groups = new Map<string, number>();
    for (const [k, v] of after) { const name = k.split('#')[0]!; groups.set(name, (groups.get(name) ?? 0) + v - (before.get(k) ?? 0)); }
    process.stdout.write(`  threads ms/page: ${[...groups].filter(([, v]) => v > 0).map(([k, v]) => `${k} ${(v / items.length).toFixed(1)}`).join(', ')}\n`);
    const per = (us: number) => (us / 1000 / items.length).toFixed(1);
    process.stdout.write(`round ${round}: ${seconds.toFixed(1)} s, CPU ms/page all ${per(all.user + all.system)} main ${per(m.user + m.system)}, events ${summary.events} claims ${summary.claims}, load ${loadavg()[0]!.toFixed(1)}\n`);
  }
} finally {
  await processor.close();
  rmSync(dir, { recursive: true, force: true });
}
