// Building the document processor (worker threads, time budget) from `--jobs` and the settings, shared by every command that ingests.
import { setting } from '../../config/settings.ts';
import { usageError } from '../../errors/catalogue.ts';
import { defaultJobs, threadedProcessor, type DocumentProcessor } from '../../services/ingest/document-processor.ts';
import { stringOption, type ParsedArgs } from '../command.ts';
import type { CliIO } from '../cli-io.ts';

/** The `--jobs` option, for commands that ingest. */
export const JOBS_OPTION = { jobs: { type: 'string' } } as const;
export const JOBS_USAGE = '  --jobs N           worker threads for the per-article pipeline (default: the jobs setting, auto: up to one per core, as many as the work keeps busy)';

/** `--jobs` as given, else the jobs setting (unparsed: a number or "auto"). */
export function jobsSettingFrom(args: ParsedArgs | null, io: CliIO): string {
  return (args && stringOption(args, 'jobs')) ?? setting('jobs', io.env);
}

/** Worker threads to use: `--jobs`, else the jobs setting; throws a usage error unless a positive integer or "auto". */
export function jobsFrom(args: ParsedArgs | null, io: CliIO): number {
  const text = jobsSettingFrom(args, io);
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

/**
 * The threaded processor's options from `--jobs` and the settings: a number is that many threads; "auto" is one per
 * core, of which those the work leaves idle are let go (and started again when it needs them: WorkerPoolOptions.minSize).
 */
export function processorOptionsFrom(args: ParsedArgs | null, io: CliIO): { jobs: number; minJobs: number; timeBudgetMs: number } {
  const jobs = jobsFrom(args, io);
  const auto = jobsSettingFrom(args, io) === 'auto';
  return { jobs, minJobs: auto ? 1 : jobs, timeBudgetMs: timeBudgetFrom(io) };
}

/** A threaded processor configured from `--jobs` and the settings. The caller closes it. */
export function processorFromSettings(args: ParsedArgs | null, io: CliIO): DocumentProcessor {
  return threadedProcessor(processorOptionsFrom(args, io));
}
