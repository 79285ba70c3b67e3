// `sitrep watch --feeds FILE [--every 15m]`: poll feeds until stopped, ingesting new entries, one log line per poll.
import { readFile } from 'node:fs/promises';
import { EXIT, usageError } from '../../errors/catalogue.ts';
import { pollFeed } from '../../services/feed-poll-service.ts';
import { updateIncidents } from '../../services/incidents-service.ts';
import { sleep, urlLines } from '../../stages/fetch/index.ts';
import { openStore } from '../../storage/open-store.ts';
import { parseDuration } from '../../util/duration.ts';
import { stringOption, type Command } from '../command.ts';
import { dbPath } from './db-option.ts';
import { fetcherFromSettings, sourceDepsFromSettings } from './fetch-settings.ts';
import { JOBS_OPTION, JOBS_USAGE, processorFromSettings } from './processor-settings.ts';

export const watchCommand: Command = {
  name: 'watch',
  summary: 'Poll RSS/Atom/RDF feeds and ingest new entries until stopped (Ctrl-C)',
  usage: 'sitrep watch --feeds FILE [--every 15m] [--once] [--jobs N] [--db PATH]\n' +
    '  FILE has one feed URL a line. Conditional GET (ETag, Last-Modified); only unseen entries are fetched.\n' +
    `${JOBS_USAGE}`,
  options: { feeds: { type: 'string' }, every: { type: 'string' }, once: { type: 'boolean' }, ...JOBS_OPTION },
  allowPositionals: false,
  async run(args, io) {
    const feedsFile = stringOption(args, 'feeds');
    if (!feedsFile) throw usageError('watch needs --feeds FILE (one feed URL a line)');
    const everyText = stringOption(args, 'every') ?? '15m';
    const everyMs = parseDuration(everyText);
    if (everyMs === null) throw usageError(`--every must be a duration such as 30s, 15m or 1h, not "${everyText}"`);
    let feeds: string[];
    try {
      feeds = urlLines(await readFile(feedsFile, 'utf8'));
    } catch (error) {
      throw usageError(`cannot read --feeds ${feedsFile}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    if (feeds.length === 0) throw usageError(`--feeds ${feedsFile} lists no feed URL`);

    const fetcher = fetcherFromSettings(io);
    const processor = processorFromSettings(args, io);
    const store = await openStore(dbPath(args, io));
    const deps = {
      store, fetcher, processor, now: io.now,
      maxFeedItems: sourceDepsFromSettings(io, fetcher).maxFeedItems, stopSignal: io.stopSignal,
    };
    let failedPolls = 0;
    try {
      io.stderr(`watch: ${feeds.length} feeds every ${everyText}; stop with Ctrl-C\n`);
      // Events an earlier run stored but did not place (it was killed before its incident update) are placed
      // now, not only after the next poll that brings something new (an unchanged feed may answer 304 for days).
      try {
        await updateIncidents(store);
      } catch (error) {
        io.stdout(`${io.now().toISOString()} incidents: error: ${(error as Error).message}\n`);
      }
      while (!io.stopSignal.aborted) {
        for (const feed of feeds) {
          if (io.stopSignal.aborted) break;
          try {
            const result = await pollFeed(feed, deps);
            if (result.outcome === 'failed') failedPolls++;
            if (result.outcome !== 'stopped') io.stdout(`${result.line}\n`);
          } catch (error) {
            // A store error on one poll is logged and the watch goes on; the next poll retries it.
            failedPolls++;
            io.stdout(`${io.now().toISOString()} ${feed}: error: ${(error as Error).message}\n`);
          }
        }
        if (args.values.once) break;
        await sleep(everyMs, io.stopSignal);
      }
      io.stderr('watch: stopped\n');
      return args.values.once && failedPolls > 0 ? EXIT.partial : EXIT.ok;
    } finally {
      await store.close();
      await processor.close();
      await fetcher.close();
    }
  },
};
