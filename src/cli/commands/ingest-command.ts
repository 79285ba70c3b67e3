// `sitrep ingest <sources…>`: read files, folders, URLs, URL lists, feeds and stdin into the store (or onto the job queue), with progress and a summary.
import { EXIT, usageError } from '../../errors/catalogue.ts';
import { ingestItems, type IngestSummary } from '../../services/ingest-service.ts';
import type { DocumentProcessor } from '../../services/ingest/document-processor.ts';
import { classifySources, readSources } from '../../stages/fetch/index.ts';
import type { InputFields } from '../../article/document.ts';
import type { InputItem } from '../../stages/read/input-item.ts';
import { publicationDate, withDefaultFields } from '../../stages/read/text-metadata.ts';
import { isPostgresUrl, openStore } from '../../storage/open-store.ts';
import { stringOption, type Command, type ParsedArgs } from '../command.ts';
import type { CliIO } from '../cli-io.ts';
import { dbPath } from './db-option.ts';
import { fetcherFromSettings, sourceDepsFromSettings } from './fetch-settings.ts';
import { JOBS_OPTION, JOBS_USAGE, processorFromSettings } from './processor-settings.ts';

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'Read files, folders, URLs, URL lists, RSS/Atom/RDF feeds and stdin (-) into the store',
  usage: 'sitrep ingest <path|URL|feed|-…> [--urls FILE]… [--published DATE] [--outlet NAME] [--url URL] [--jobs N] [--db PATH]\n' +
    '  Paths: .txt, .html, .json, .jsonl, .gz files and folders; URLs and feeds (by content) are fetched safely\n' +
    '  (see the allow-hosts, fetch-timeout, host-delay and ignore-robots settings); --urls FILE has one URL a line.\n' +
    '  --published DATE   publication date (YYYY-MM-DD or ISO 8601) for inputs that carry none: relative dates\n' +
    '                     ("on Tuesday", "last month") are resolved against it\n' +
    '  --outlet NAME      outlet for inputs that carry none;  --url URL  source URL (for a single file)\n' +
    '  A .txt or .html file takes its own metadata first from a sidecar FILE.meta.json ({"published", "outlet",\n' +
    '  "url", "title"}) or, for .txt, a front matter block at the top: a line "---", "key: value" lines, "---".\n' +
    '       sitrep ingest --enqueue <sources…> --db postgres://… [--job-timeout SECONDS]\n' +
    '  --enqueue          read the inputs here and queue one job per document for `sitrep worker`\n' +
    '  --job-timeout S    seconds a worker may hold a job before it is retried elsewhere (default 600)\n' +
    `${JOBS_USAGE}\n` +
    '  Each document runs on a worker thread; one over the time-budget setting (10 s) is stopped and recorded as failed.\n' +
    '  Incidents are brought up to date with the stored events when the ingest ends.',
  options: {
    urls: { type: 'string', multiple: true }, enqueue: { type: 'boolean' }, 'job-timeout': { type: 'string' },
    published: { type: 'string' }, outlet: { type: 'string' }, url: { type: 'string' }, ...JOBS_OPTION,
  },
  allowPositionals: true,
  async run(args, io) {
    const urlLists = (args.values.urls as string[] | undefined) ?? [];
    if (args.positionals.length === 0 && urlLists.length === 0) throw usageError('ingest needs at least one path, URL, --urls FILE or -');
    inputDefaults(args); // refuse bad metadata before opening anything
    if (args.values.enqueue) return enqueueSources(args, urlLists, io);
    const fetcher = fetcherFromSettings(io);
    const processor = processorFromSettings(args, io);
    try {
      const store = await openStore(dbPath(args, io));
      try {
        const sources = withDefaultFields(readSources(classifySources(args.positionals, urlLists), sourceDepsFromSettings(io, fetcher)), inputDefaults(args));
        const summary = await ingestSources(store, sources, processor, io);
        io.stderr(formatSummary(summary));
        if (io.stopSignal.aborted) {
          const unstored = summary.documentsRead - summary.documentsNew - summary.documentsUnchanged;
          io.stderr(`ingest: stopped; ${unstored} documents read were not stored (ingest them again to add them)\n`);
          return EXIT.partial;
        }
        return exitCodeFor(summary);
      } finally {
        await store.close();
      }
    } finally {
      await processor.close();
      await fetcher.close();
    }
  },
};

async function ingestSources(store: Awaited<ReturnType<typeof openStore>>, items: AsyncIterable<InputItem>, processor: DocumentProcessor, io: CliIO): Promise<IngestSummary> {
  let lastDraw = 0;
  // A stop (SIGINT/SIGTERM) ends the worker threads at once, documents in progress included, and the ingest
  // stores what was done before it.
  const stop = (): void => void processor.close();
  io.stopSignal.addEventListener('abort', stop, { once: true });
  const summary = await ingestItems(store, items, {
    processor,
    now: io.now,
    signal: io.stopSignal,
    onProgress: io.stderrIsTTY
      ? (s, origin) => {
          const t = Date.now();
          if (t - lastDraw < 100) return;
          lastDraw = t;
          io.stderr(`\r\x1b[K${s.documentsRead} read · ${s.articles} articles · ${s.events} events · ${s.failures.length} failed · ${truncate(origin, 50)}`);
        }
      : undefined,
  });
  io.stopSignal.removeEventListener('abort', stop);
  if (io.stderrIsTTY) io.stderr('\r\x1b[K');
  return summary;
}

/** `ingest --enqueue`: read (and fetch) the inputs here and queue them, bytes included, for workers on any machine. */
async function enqueueSources(args: ParsedArgs, urlLists: readonly string[], io: CliIO): Promise<number> {
  const db = dbPath(args, io);
  if (!isPostgresUrl(db)) throw usageError('--enqueue needs a PostgreSQL store: --db postgres://…');
  const timeoutText = stringOption(args, 'job-timeout');
  const jobTimeoutSeconds = timeoutText === undefined ? 600 : Number(timeoutText);
  if (!Number.isInteger(jobTimeoutSeconds) || jobTimeoutSeconds < 1) throw usageError(`--job-timeout must be a positive integer, got "${timeoutText}"`);
  // Opening the store first migrates it, so workers started later find the schema in place.
  await (await openStore(db)).close();
  // Loaded only here, so plain SQLite ingests never load the queue library.
  const { connectQueue, enqueueInputs } = await import('../../services/queue/ingest-queue.ts');
  const boss = await connectQueue(db, { onError: (m) => io.stderr(`sitrep ingest: ${m}\n`) });
  const fetcher = fetcherFromSettings(io);
  try {
    const unreadable: string[] = [];
    const sources = withDefaultFields(readSources(classifySources(args.positionals, urlLists), sourceDepsFromSettings(io, fetcher)), inputDefaults(args));
    async function* noted(): AsyncGenerator<InputItem> {
      for await (const item of sources) {
        if (item.error) unreadable.push(`  failed: ${item.origin}: ${item.error}\n`);
        yield item; // queued all the same: the worker records it as a failed document, as a local ingest does
      }
    }
    const queued = await enqueueInputs(boss, noted(), { jobTimeoutSeconds });
    io.stderr(`ingest: ${queued} jobs queued (${unreadable.length} inputs could not be read); run \`sitrep worker --db …\` to process them\n${unreadable.join('')}`);
    if (unreadable.length === 0) return EXIT.ok;
    return unreadable.length >= queued ? EXIT.failure : EXIT.partial;
  } finally {
    await boss.stop({ graceful: false, close: true });
    await fetcher.close();
  }
}

/** --published, --outlet and --url as input fields; a usage error when one is malformed. */
export function inputDefaults(args: ParsedArgs): InputFields {
  const published = stringOption(args, 'published');
  const outlet = stringOption(args, 'outlet')?.trim();
  const url = stringOption(args, 'url');
  if (published !== undefined && !publicationDate(published)) throw usageError(`--published must be a YYYY-MM-DD date or an ISO 8601 time, got "${published}"`);
  if (url !== undefined && !/^https?:\/\/[^\s/]+/i.test(url)) throw usageError(`--url must be an http(s) URL, got "${url}"`);
  if (outlet !== undefined && !outlet) throw usageError('--outlet needs a name');
  return { ...(published ? { published: publicationDate(published) } : {}), ...(outlet ? { outlet } : {}), ...(url ? { url } : {}) };
}

/** "(3 more detected, not coded: 2 undated, 1 no location)", or nothing when every detected event was coded. */
function uncodedNote(s: IngestSummary): string {
  const parts = Object.entries(s.uncoded ?? {}).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!parts.length) return '';
  const total = parts.reduce((n, [, k]) => n + k, 0);
  return ` (${total} more detected, not coded: ${parts.map(([why, n]) => `${n} ${why}`).join(', ')})`;
}

/** The end-of-run summary: counts on one line, then one line per failure. */
export function formatSummary(s: IngestSummary): string {
  const lines = [
    `ingest: ${s.documentsRead} documents read (${s.documentsNew} new, ${s.documentsUnchanged} already stored) · ` +
      `${s.articles} articles (${s.duplicates} duplicates, ${s.nearDuplicates} near-duplicates, ${s.empty} documents without an article) · ${s.events} events${uncodedNote(s)} · ${s.claims} claims · ${s.failures.length} failures`,
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
