// `sitrep export`: filtered events as ACLED-column CSV, GeoJSON or JSON Lines, to a file or stdout, streamed.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { usageError } from '../../errors/catalogue.ts';
import { describeIssues, eventFilterParams, eventQueryFromParams } from '../../services/event-filter.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../../services/export-service.ts';
import { exportInWorker } from '../../services/export-in-worker.ts';
import { stringOption, type Command, type ParsedArgs } from '../command.ts';
import { dbPath } from './db-option.ts';

/** CLI flag → API query parameter, so both surfaces share one filter schema. */
const FILTER_FLAGS = {
  since: 'since', until: 'until', country: 'country', admin1: 'admin1', near: 'near', actor: 'actor',
  type: 'event_type', 'sub-type': 'sub_event_type', 'min-fatalities': 'min_fatalities', flags: 'flags',
  q: 'q', 'updated-since': 'updated_since',
} as const;

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export events as ACLED-column CSV, GeoJSON or JSON Lines',
  usage: [
    'sitrep export --format acled-csv|geojson|jsonl [filters] [-o FILE] [--db PATH]',
    '  filters: --since DAY --until DAY --country NAME --admin1 NAME --near LAT,LON,KM --actor ID|NAME',
    '           --type TYPE --sub-type SUBTYPE --min-fatalities N --flags F1,F2 --exclude-flagged --q TEXT',
    '           --updated-since ISO-TIME',
  ].join('\n'),
  options: {
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    'exclude-flagged': { type: 'boolean' },
    ...Object.fromEntries(Object.keys(FILTER_FLAGS).map((f) => [f, { type: 'string' as const }])),
  },
  allowPositionals: false,
  async run(args, io) {
    const format = stringOption(args, 'format');
    if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) throw usageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
    const filter = parseFilter(args);
    const output = stringOption(args, 'output');
    // The worker checks the filter against the store before any output is written.
    const chunks = mapInvalidFilter(exportInWorker(dbPath(args, io), format as ExportFormat, filter));
    if (output) {
      let file: WriteStream | null = null;
      for await (const chunk of chunks) {
        file ??= createWriteStream(output); // only once the filter is accepted
        if (!file.write(chunk)) await once(file, 'drain');
      }
      file ??= createWriteStream(output);
      file.end();
      await finished(file);
    } else {
      for await (const chunk of chunks) await (io.stdoutAsync ?? (async (t: string) => io.stdout(t)))(chunk);
    }
    return 0;
  },
};

function parseFilter(args: ParsedArgs) {
  const params: Record<string, string> = {};
  for (const [flag, param] of Object.entries(FILTER_FLAGS)) {
    const value = stringOption(args, flag);
    if (value !== undefined) params[param] = value;
  }
  if (args.values['exclude-flagged']) params.exclude_flagged = 'true';
  const parsed = eventFilterParams.safeParse(params);
  if (!parsed.success) throw usageError(describeIssues(parsed.error).replace(/(^|; )(\w+)/g, (_, sep: string, p: string) => `${sep}--${flagFor(p)}`));
  return eventQueryFromParams(parsed.data);
}

function flagFor(param: string): string {
  return Object.entries(FILTER_FLAGS).find(([, p]) => p === param)?.[0] ?? param;
}

/** The chunks of `export`, with a filter the store rejects reported as a usage error. */
async function* mapInvalidFilter(chunks: AsyncGenerator<string>): AsyncGenerator<string> {
  try {
    yield* chunks;
  } catch (error) {
    throw error instanceof TypeError ? usageError(error.message) : error;
  }
}
