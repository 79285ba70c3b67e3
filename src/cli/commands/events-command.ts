// `sitrep events`: list stored events as a table, or as JSON Lines with --json; the API's filters as flags.
import { usageError } from '../../errors/catalogue.ts';
import { listEvents, eventToJSON } from '../../services/events-service.ts';
import type { StoredEvent } from '../../storage/store.ts';
import { dateLabel } from '../../util/date-label.ts';
import { stringOption, type Command } from '../command.ts';
import { openExistingStore } from './db-option.ts';
import { eventQueryFromArgs, FILTER_USAGE, filterOptions } from './filter-options.ts';

export const eventsCommand: Command = {
  name: 'events',
  summary: 'List stored events (table, or JSON Lines with --json)',
  usage: [
    'sitrep events [filters] [--sort ORDER] [--limit N] [--json] [--db PATH]',
    '  --json        one event per line as JSON (JSON Lines), the /api/events item shape',
    '  --sort ORDER  id (default), date, -date, fatalities, -fatalities ("-" is descending)',
    '  --limit N     at most N events',
    FILTER_USAGE,
  ].join('\n'),
  options: { json: { type: 'boolean' }, limit: { type: 'string' }, ...filterOptions(['sort']) },
  allowPositionals: false,
  async run(args, io) {
    const limitText = stringOption(args, 'limit');
    const limit = limitText === undefined ? Infinity : Number(limitText);
    if (!(Number.isInteger(limit) && limit > 0) && limit !== Infinity) throw usageError(`--limit must be a positive whole number, got "${limitText}"`);
    const { limit: _pageSize, cursor: _cursor, ...query } = eventQueryFromArgs(args, ['sort']);
    const showFlags = !query.excludeFlagged;
    const store = await openExistingStore(args, io);
    try {
      const rows: string[][] = [];
      let listed = 0;
      for await (const event of listEvents(store, query, Math.min(500, limit))) {
        if (listed++ >= limit) break;
        if (args.values.json) io.stdout(`${JSON.stringify(eventToJSON(event))}\n`);
        else rows.push(tableRow(event, showFlags));
      }
      if (!args.values.json) {
        const header = ['id', 'date', 'sub-event type', 'location', 'actors', 'fat.', ...(showFlags ? ['flags'] : []), 'evidence'];
        io.stdout(formatTable(rows, header));
        io.stdout(`${rows.length} events${showFlags ? '' : ' (negated, hypothetical and historical reports left out: --include-flagged shows them)'}\n`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};

function tableRow(e: StoredEvent, showFlags: boolean): string[] {
  return [
    e.id,
    dateLabel(e.dateStart, e.dateEnd, e.timePrecision).text,
    e.subEventType ?? '',
    [e.location, e.country].filter(Boolean).join(', '),
    oneLine([e.actor1?.name, e.actor2?.name].filter(Boolean).join(' vs '), 40),
    e.fatalities.best === null ? '' : String(e.fatalities.best),
    ...(showFlags ? [e.flags.join(',')] : []),
    oneLine(e.evidence[0]?.text ?? '', 60),
  ];
}

function oneLine(text: string, n: number): string {
  const t = text.replace(/\s+/g, ' ');
  return t.length <= n ? t : `${t.slice(0, n - 1)}…`;
}

/** A plain aligned text table. */
export function formatTable(rows: string[][], header: string[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return `${[line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')}\n`;
}
