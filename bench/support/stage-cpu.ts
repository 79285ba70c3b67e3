// `node bench/support/stage-cpu.ts [passes]`: thread CPU per page of each step of preparing the scrapinghub pages
// (decode+extract, each pipeline stage, fingerprint, bounding), in this thread; per step the least over the passes
// after the first (JIT warm; the least is the figure a loaded, shared machine disturbs least).
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { createArticle } from '../../src/article/article.ts';
import { boundRecords } from '../../src/article/bounded-records.ts';
import { DEFAULT_STAGES, defaultRegistry } from '../../src/stages/default-pipeline.ts';
import { extractArticles } from '../../src/stages/clean/extract-articles.ts';
import { createDeduper } from '../../src/stages/dedupe/index.ts';
import { decodeBytes, sniffMetaCharset } from '../../src/stages/read/decode-bytes.ts';
import { readInputs } from '../../src/stages/read/read-inputs.ts';
import type { InputItem } from '../../src/stages/read/input-item.ts';
import { defaultContext } from '../../src/pipeline/stage.ts';

const PAGES = fileURLToPath(new URL('../../../shared/bench/extraction/scrapinghub/html/', import.meta.url));
const passes = Number(process.argv[2] ?? 2);
const items: InputItem[] = [];
for await (const item of readInputs([PAGES])) items.push(item);
const stages = defaultRegistry().build([...DEFAULT_STAGES]);
const deduper = createDeduper();
const cpu = () => { const u = process.threadCpuUsage(); return (u.user + u.system) / 1000; };
let totals = new Map<string, number>();
const best = new Map<string, number>();
const add = (k: string, ms: number) => totals.set(k, (totals.get(k) ?? 0) + ms);
for (let pass = 0; pass < passes; pass++) {
  totals = new Map();
  const started = cpu();
  const processStarted = process.cpuUsage();
  for (const item of items) {
    let t = cpu();
    const decoded = decodeBytes(item.bytes!, sniffMetaCharset(item.bytes!));
    if (!decoded.ok) continue;
    const drafts = extractArticles(decoded.text, 'html', item.fields);
    let now = cpu(); add('decode+extract', now - t); t = now;
    drafts.forEach((draft, index) => {
      let article = createArticle({ id: `a${index}`, documentId: 'd', index, text: draft.text, meta: { ...draft.meta, role: draft.role ?? 'story' }, removed: draft.removed });
      deduper.fingerprint(article, '2020-01-01T00:00:00Z');
      now = cpu(); add('fingerprint', now - t); t = now;
      for (const stage of stages) {
        try { article = stage.apply(article, defaultContext); } catch { break; }
        now = cpu(); add(stage.id, now - t); t = now;
      }
      boundRecords(article);
      now = cpu(); add('bound', now - t); t = now;
    });
  }
  add("TOTAL", cpu() - started);
  if (pass > 0) for (const [k, v] of totals) best.set(k, Math.min(best.get(k) ?? Infinity, v));
  const processUsed = process.cpuUsage(processStarted);
  process.stdout.write(`pass ${pass}: ${((cpu() - started) / items.length).toFixed(2)} ms/page (process, every thread: ${((processUsed.user + processUsed.system) / 1000 / items.length).toFixed(2)})\n`);
}
for (const [k, ms] of [...best].sort((a, b) => b[1] - a[1])) process.stdout.write(`${k.padEnd(16)} ${(ms / items.length).toFixed(2).padStart(7)} ms/page\n`);
process.stdout.write(`load ${loadavg().map((x) => x.toFixed(1)).join(' ')}\n`);
