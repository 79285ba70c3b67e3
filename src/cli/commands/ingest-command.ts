// `sitrep ingest <sources…>`: read files, folders, URLs, URL lists, feeds and stdin into the store, with progress and a summary.
import { EXIT, usageError } from '../../errors/catalogue.ts';
import { ingestItems, type IngestSummary } from '../../services/ingest-service.ts';
import { rebuildIncidents } from '../../services/incidents-service.ts';
import { classifySources, readSources } from '../../stages/fetch/index.ts';
import { defaultPipeline } from '../../stages/default-pipeline.ts';
import type { InputItem } from '../../stages/read/input-item.ts';
import { openStore } from '../../storage/open-store.ts';
import type { Command } from '../command.ts';
import type { CliIO } from '../cli-io.ts';
import { dbPath } from './db-option.ts';
import { fetcherFromSettings, sourceDepsFromSettings } from './fetch-settings.ts';

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'Read files, folders, URLs, URL lists, RSS/Atom/RDF feeds and stdin (-) into the store',
  usage: 'sitrep ingest <path|URL|feed|-…> [--urls FILE]… [--db PATH]\n' +
    '  Paths: .txt, .html, .json, .jsonl, .gz files and folders; URLs and feeds (by content) are fetched safely\n' +
    '  (see the allow-hosts, fetch-timeout, host-delay and ignore-robots settings); --urls FILE has one URL a line.',
  options: { urls: { type: 'string', multiple: true } },
  allowPositionals: true,
  async run(args, io) {
    const urlLists = (args.values.urls as string[] | undefined) ?? [];
    if (args.positionals.length === 0 && urlLists.length === 0) throw usageError('ingest needs at least one path, URL, --urls FILE or -');
    const fetcher = fetcherFromSettings(io);
    const store = await openStore(dbPath(args, io));
    try {
      const sources = readSources(classifySources(args.positionals, urlLists), sourceDepsFromSettings(io, fetcher));
      const summary = await ingestSources(store, sources, io);
      io.stderr(formatSummary(summary));
      if (summary.events > 0) {
        const incidents = await rebuildIncidents(store);
        io.stderr(`incidents: ${incidents.length} (rebuilt from every stored event)\n`);
      }
      return exitCodeFor(summary);
    } finally {
      await store.close();
      await fetcher.close();
    }
  },
};

async function ingestSources(store: Awaited<ReturnType<typeof openStore>>, items: AsyncIterable<InputItem>, io: CliIO): Promise<IngestSummary> {
  let lastDraw = 0;
  const summary = await ingestItems(store, items, {
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
      `${s.articles} articles (${s.duplicates} duplicates, ${s.empty} documents without an article) · ${s.events} events · ${s.claims} claims · ${s.failures.length} failures`,
  ];
  for (const f of s.failures) lines.push(`  failed: ${f.origin}: ${f.error}`);
  return `${lines.join('\n')}\n`;
}

/** 0 when nothing failed, 1 when every input failed, 3 otherwise (some inputs or some articles' stages failed). */
export function exitCodeFor(s: IngestSummary): number {
  if (s.failures.length === 0) return EXIT.ok;
  return s.failedDocuments > 0 && s.failedDocuments >= s.documentsRead ? EXIT.failure : EXIT.partial;
}

function truncate(text: string, n: number): string {
  return text.length <= n ? text : `…${text.slice(-(n - 1))}`;
}
