// Building the fetcher and the source reader from settings, shared by `ingest` and `watch`.
import { setting, type SettingName } from '../../config/settings.ts';
import { usageError } from '../../errors/catalogue.ts';
import { createFetcher, parseAllowList, type Fetcher, type SourceDeps } from '../../stages/fetch/index.ts';
import type { CliIO } from '../cli-io.ts';

/** A fetcher configured from the settings in `io.env`; throws a usage error on a malformed setting. */
export function fetcherFromSettings(io: CliIO): Fetcher {
  let policy;
  try {
    policy = parseAllowList(setting('allow-hosts', io.env));
  } catch (error) {
    throw usageError((error as Error).message);
  }
  return createFetcher({
    policy,
    limits: {
      maxBytes: numberSetting('max-bytes', io),
      totalTimeoutMs: numberSetting('fetch-timeout', io),
      maxRedirects: numberSetting('max-redirects', io),
    },
    connectTimeoutMs: numberSetting('connect-timeout', io),
    headersTimeoutMs: numberSetting('headers-timeout', io),
    perHostConcurrency: Math.max(1, numberSetting('host-concurrency', io)),
    perHostDelayMs: numberSetting('host-delay', io),
    retry: { retries: numberSetting('fetch-retries', io), baseDelayMs: 1000, maxDelayMs: 60_000 },
    obeyRobots: setting('ignore-robots', io.env).toLowerCase() !== 'true',
    signal: io.stopSignal,
  });
}

/** Everything readSources needs, from settings and the CLI's side effects. */
export function sourceDepsFromSettings(io: CliIO, fetcher: Fetcher): SourceDeps {
  return {
    fetcher,
    maxBytes: numberSetting('max-bytes', io),
    maxFeedItems: numberSetting('feed-max-items', io),
    readStdin: io.readStdin ?? (() => Promise.reject(new Error('standard input is not available here'))),
  };
}

function numberSetting(name: SettingName, io: CliIO): number {
  const raw = setting(name, io.env);
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw usageError(`setting ${name} must be a non-negative number, not "${raw}"`);
  return value;
}
