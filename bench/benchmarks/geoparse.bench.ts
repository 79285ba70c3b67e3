// Geoparsing benchmark: TR-News and LGL (../shared/bench/geoparsing), recognition, resolution given gold spans, end to end,
// plus the gazetteer's load time and memory.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Benchmark } from '../benchmark.ts';
import { evaluateGeoparse, readGeoparseDocs } from '../../src/cli/commands/eval/eval-geoparse.ts';
import { loadGazetteer } from '../../src/stages/places/gazetteer.ts';

const DIR = fileURLToPath(new URL('../../../shared/bench/geoparsing/', import.meta.url));
const SETS = ['tr-news', 'lgl'] as const;

const geoparse: Benchmark = {
  name: 'geoparse',
  async run() {
    if (!existsSync(DIR)) {
      process.stderr.write(`geoparse: skipped, no ${DIR} (../shared is absent)\n`);
      return null;
    }
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const g = loadGazetteer();
    const loadMs = performance.now() - started;
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
    const figures: Record<string, unknown> = { gazetteer: { entries: g.size, load_ms: Math.round(loadMs), heap_mb: Math.round(heapMb) } };
    const rows: Array<[string, string]> = [['gazetteer', `${g.size} entries, loaded in ${Math.round(loadMs)} ms, ${Math.round(heapMb)} MB heap`]];
    for (const set of SETS) {
      const f = evaluateGeoparse(await readGeoparseDocs(`${DIR}${set}.jsonl`));
      figures[set] = f;
      const r = f.recognition;
      rows.push(
        [`${set} recognition P/R/F1 (exact)`, `${r.precision.toFixed(3)} / ${r.recall.toFixed(3)} / ${r.f1.toFixed(3)}`],
        [`${set} recognition F1 (overlap)`, f.recognition_overlap.f1.toFixed(3)],
        [`${set} given gold acc@161`, `${f.given_gold.acc161.toFixed(3)} (mean ${f.given_gold.mean_km.toFixed(0)} km, median ${f.given_gold.median_km.toFixed(1)} km)`],
        [`${set} end to end acc@161 / F1`, `${f.end_to_end.acc161.toFixed(3)} / ${f.end_to_end.f1.toFixed(3)}`],
        [`${set} docs/s`, f.docs_per_s.toFixed(1)],
      );
    }
    return { figures, rows };
  },
};

export default geoparse;
