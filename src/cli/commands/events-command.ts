// `sitrep events`: list stored events as a table, or as JSON Lines with --json.
import { usageError } from '../../errors/catalogue.ts';
import { listEvents, eventToJSON } from '../../services/events-service.ts';
import { openStore } from '../../storage/open-store.ts';
import { stringOption, type Command } from '../command.ts';
import { dbPath } from './db-option.ts';

export const eventsCommand: Command = {
  name: 'events',
  summary: 'List stored events (table, or JSON Lines with --json)',
  usage: 'sitrep events [--json] [--type TYPE] [--q TEXT] [--limit N] [--db PATH]',
  options: {
    json: { type: 'boolean' },
    type: { type: 'string' },
    q: { type: 'string' },
    limit: { type: 'string' },
  },
  allowPositionals: false,
  async run(args, io) {
    const limitText = stringOption(args, 'limit');
    const limit = limitText === undefined ? Infinity : Number(limitText);
    if (!(limit > 0)) throw usageError(`--limit must be a positive number, got "${limitText}"`);
    const store = await openStore(dbPath(args, io));
    try {
      const rows = [];
      for await (const event of listEvents(store, { eventType: stringOption(args, 'type'), q: stringOption(args, 'q') })) {
        if (rows.length >= limit) break;
        if (args.values.json) io.stdout(`${JSON.stringify(eventToJSON(event))}\n`);
        else rows.push(event);
      }
      if (!args.values.json) {
        io.stdout(formatTable(rows.map((e) => [
          e.id,
          e.dateStart ?? e.published?.slice(0, 10) ?? '',
          e.subEventType ?? '',
          e.location ?? '',
          e.fatalities.best === null ? '' : String(e.fatalities.best),
          e.flags.join(','),
          oneLine(e.evidence[0]?.text ?? '', 70),
        ]), ['id', 'date', 'sub-event type', 'location', 'fat.', 'flags', 'evidence']));
        io.stdout(`${rows.length} events\n`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};

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
