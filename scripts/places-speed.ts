// Geoparsing speed in documents per CPU-second: one pass of geoparseText over a geoparsing set in this
// process, after warming up on 100 texts of the other set (a shared machine's wall time says little).
// Usage: node scripts/places-speed.ts tr-news|lgl   (reads ../shared/bench/geoparsing; run it several times)
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readGeoparseDocs } from '../src/cli/commands/eval/eval-geoparse.ts';
import { geoparseText } from '../src/stages/places/geoparse.ts';
import { loadGazetteer } from '../src/stages/places/gazetteer.ts';

const set = process.argv[2] === 'lgl' ? 'lgl' : 'tr-news';
const dir = fileURLToPath(new URL('../../shared/bench/geoparsing/', import.meta.url));
if (!existsSync(dir)) {
  process.stderr.write(`places-speed: skipped, no ${dir} (../shared is absent)\n`);
  process.exit(0);
}
const docs = await readGeoparseDocs(`${dir}${set}.jsonl`);
const warm = await readGeoparseDocs(`${dir}${set === 'lgl' ? 'tr-news' : 'lgl'}.jsonl`);
loadGazetteer();
for (const d of warm.slice(0, 100)) geoparseText(d.text);
const before = process.cpuUsage();
for (const d of docs) geoparseText(d.text);
const used = process.cpuUsage(before);
process.stdout.write(`${set}: ${docs.length} documents, ${(docs.length / ((used.user + used.system) / 1e6)).toFixed(1)} per CPU-second\n`);
