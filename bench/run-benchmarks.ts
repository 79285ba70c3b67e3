// `npm run bench [name…]`: run every bench/benchmarks/*.bench.ts, print a table, write bench/results/<name>.json.
import { readdir, writeFile, mkdir } from 'node:fs/promises';
import type { Benchmark } from './benchmark.ts';

const dir = new URL('./benchmarks/', import.meta.url);
const only = process.argv.slice(2);
const files = (await readdir(dir)).filter((f) => f.endsWith('.bench.ts')).sort();
await mkdir(new URL('./results/', import.meta.url), { recursive: true });
for (const file of files) {
  const bench = (await import(new URL(file, dir).href)).default as Benchmark;
  if (only.length && !only.includes(bench.name)) continue;
  process.stdout.write(`\n== ${bench.name}\n`);
  const result = await bench.run();
  if (!result) continue;
  const width = Math.max(...result.rows.map(([k]) => k.length));
  for (const [k, v] of result.rows) process.stdout.write(`  ${k.padEnd(width)}  ${v}\n`);
  const out = { name: bench.name, date: new Date().toISOString(), node: process.versions.node, ...result.figures };
  await writeFile(new URL(`./results/${bench.name}.json`, import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
}
