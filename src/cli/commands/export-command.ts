// `sitrep export`: filtered events as ACLED-column CSV, GeoJSON or JSON Lines, to a file or stdout, streamed.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { usageError } from '../../errors/catalogue.ts';
import { describeIssues, eventFilterParams, eventQueryFromParams } from '../../services/event-filter.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../../services/export-service.ts';
import { exportInWorker } from '../../services/export-in-worker.ts';
import { openStore } from '../../storage/open-store.ts';
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
    const db = dbPath(args, io);
    const store = await openStore(db);
    try {
      // Check the filter against the store (and migrate it) before any output is written.
      await store.listEvents({ ...filter, limit: 1 }).catch((error: unknown) => {
        throw error instanceof TypeError ? usageError(error.message) : error;
      });
    } finally {
      await store.close();
    }
    const chunks = exportInWorker(db, format as ExportFormat, filter);
    if (output) {
      const file = createWriteStream(output);
      for await (const chunk of chunks) if (!file.write(chunk)) await once(file, 'drain');
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
