// Building the document processor (worker threads, time budget) from `--jobs` and the settings, shared by every command that ingests.
import { setting } from '../../config/settings.ts';
import { usageError } from '../../errors/catalogue.ts';
import { defaultJobs, threadedProcessor, type DocumentProcessor } from '../../services/ingest/document-processor.ts';
import { stringOption, type ParsedArgs } from '../command.ts';
import type { CliIO } from '../cli-io.ts';

/** The `--jobs` option, for commands that ingest. */
export const JOBS_OPTION = { jobs: { type: 'string' } } as const;
export const JOBS_USAGE = '  --jobs N           worker threads for the per-article pipeline (default: the jobs setting, one per core)';

/** Worker threads to use: `--jobs`, else the jobs setting; throws a usage error unless a positive integer or "auto". */
export function jobsFrom(args: ParsedArgs | null, io: CliIO): number {
  const text = (args && stringOption(args, 'jobs')) ?? setting('jobs', io.env);
  if (text === 'auto') return defaultJobs();
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw usageError(`--jobs must be a positive integer or "auto", got "${text}"`);
  return n;
}

/** The per-document time budget in milliseconds; throws a usage error unless a positive number. */
export function timeBudgetFrom(io: CliIO): number {
  const text = setting('time-budget', io.env);
  const ms = Number(text);
  if (!Number.isFinite(ms) || ms <= 0) throw usageError(`SITREP_TIME_BUDGET must be a positive number of milliseconds, got "${text}"`);
  return ms;
}

/** A threaded processor configured from `--jobs` and the settings. The caller closes it. */
export function processorFromSettings(args: ParsedArgs | null, io: CliIO): DocumentProcessor {
  return threadedProcessor({ jobs: jobsFrom(args, io), timeBudgetMs: timeBudgetFrom(io) });
}
