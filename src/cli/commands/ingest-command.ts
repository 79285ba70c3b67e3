// `sitrep ingest <paths…>`: read files and folders into the store, with progress and a summary.
import { EXIT, usageError } from '../../errors/catalogue.ts';
import { setting } from '../../config/settings.ts';
import { ingestItems, type IngestSummary } from '../../services/ingest-service.ts';
import { readInputs } from '../../stages/read/read-inputs.ts';
import { defaultPipeline } from '../../stages/default-pipeline.ts';
import { openStore } from '../../storage/open-store.ts';
import type { Command } from '../command.ts';
import type { CliIO } from '../cli-io.ts';
import { dbPath } from './db-option.ts';

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'Read files and folders (.txt, .html, .json, .jsonl, .gz) into the store',
  usage: 'sitrep ingest <path…> [--db PATH]',
  options: {},
  allowPositionals: true,
  async run(args, io) {
    if (args.positionals.length === 0) throw usageError('ingest needs at least one path');
    const store = await openStore(dbPath(args, io));
    try {
      const summary = await ingestPaths(store, args.positionals, io);
      io.stderr(formatSummary(summary));
      return exitCodeFor(summary);
    } finally {
      await store.close();
    }
  },
};

async function ingestPaths(store: Awaited<ReturnType<typeof openStore>>, paths: readonly string[], io: CliIO): Promise<IngestSummary> {
  const maxBytes = Number(setting('max-bytes', io.env));
  let lastDraw = 0;
  const summary = await ingestItems(store, readInputs(paths, { maxBytes }), {
    pipeline: defaultPipeline({ now: io.now }),
    now: io.now,
    onProgress: io.stderrIsTTY
      ? (s, origin) => {
          const t = Date.now();
          if (t - lastDraw < 100) return;
          lastDraw = t;
          io.stderr(`\r\x1b[K${s.documentsRead} read · ${s.articles} articles · ${s.events} events · ${s.failures.length} failed · ${truncate(origin, 50)}`);
        }
      : undefined,
  });
  if (io.stderrIsTTY) io.stderr('\r\x1b[K');
  return summary;
}

/** The end-of-run summary: counts on one line, then one line per failure. */
export function formatSummary(s: IngestSummary): string {
  const lines = [
    `ingest: ${s.documentsRead} documents read (${s.documentsNew} new, ${s.documentsUnchanged} already stored) · ` +
      `${s.articles} articles (${s.duplicates} duplicates, ${s.nearDuplicates} near-duplicates, ${s.empty} documents without an article) · ${s.events} events · ${s.claims} claims · ${s.failures.length} failures`,
  ];
  for (const f of s.failures) lines.push(`  failed: ${f.origin}: ${f.error}`);
  return `${lines.join('\n')}\n`;
}

/** 0 when nothing failed, 3 when some inputs failed, 1 when every input failed. */
export function exitCodeFor(s: IngestSummary): number {
  if (s.failures.length === 0) return EXIT.ok;
  return s.failures.length >= s.documentsRead ? EXIT.failure : EXIT.partial;
}

function truncate(text: string, n: number): string {
  return text.length <= n ? text : `…${text.slice(-(n - 1))}`;
}
