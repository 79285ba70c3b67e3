// Writes the realistic feed (realistic-corpus.ts) to stdout, one input a line, so the process that ingests it
// (scale-run.ts) holds none of the source texts: its peak RSS is the ingest's own.
// Usage: node bench/support/feed-writer.ts DOCUMENTS [PER_DAY]
import { fileURLToPath } from 'node:url';
import { loadCorpusSources, realisticCorpus } from './realistic-corpus.ts';

const documents = Number(process.argv[2] ?? 100_000);
const perDay = process.argv[3] ? Number(process.argv[3]) : undefined;
const sources = loadCorpusSources(fileURLToPath(new URL('../../../shared/', import.meta.url)));
if (!sources) throw new Error('../shared is absent');
const decoder = new TextDecoder();
for (const item of realisticCorpus(sources, { documents, perDay })) {
  const line = `${JSON.stringify({ ...item, bytes: item.bytes ? decoder.decode(item.bytes) : null })}\n`;
  // Waits while the reader is behind: the pipe holds at most a few lines.
  if (!process.stdout.write(line)) await new Promise((resolve) => process.stdout.once('drain', resolve));
}
