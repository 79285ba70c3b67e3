// `sitrep export`: filtered events as ACLED-column CSV, GeoJSON or JSON Lines, to a file or stdout, streamed.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { usageError } from '../../errors/catalogue.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../../services/export-service.ts';
import { exportInWorker } from '../../services/export-in-worker.ts';
import { stringOption, type Command } from '../command.ts';
import { assertStoreExists, dbPath } from './db-option.ts';
import { eventQueryFromArgs, FILTER_USAGE, filterOptions } from './filter-options.ts';

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export events as ACLED-column CSV, GeoJSON or JSON Lines',
  usage: [
    'sitrep export --format acled-csv|geojson|jsonl [filters] [-o FILE] [--db PATH]',
    '  --format      acled-csv (ACLED\'s columns), geojson, or jsonl (JSON Lines: one event per line)',
    '  -o FILE       write to FILE instead of standard output',
    FILTER_USAGE,
  ].join('\n'),
  options: {
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    ...filterOptions(),
  },
  allowPositionals: false,
  async run(args, io) {
    const format = stringOption(args, 'format')?.toLowerCase();
    if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) throw usageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
    const { limit: _limit, cursor: _cursor, sort: _sort, ...filter } = eventQueryFromArgs(args);
    assertStoreExists(dbPath(args, io));
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

/** The chunks of `export`, with a filter the store rejects reported as a usage error. */
async function* mapInvalidFilter(chunks: AsyncGenerator<string>): AsyncGenerator<string> {
  try {
    yield* chunks;
  } catch (error) {
    throw error instanceof TypeError ? usageError(error.message) : error;
  }
}
