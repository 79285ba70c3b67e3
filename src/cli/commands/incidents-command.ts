// `sitrep incidents`: list incidents (events merged across reports) with actors, sources and disagreements, sorted.
import { usageError } from '../../errors/catalogue.ts';
import type { Incident } from '../../article/incident-record.ts';
import { incidentToJSON, rebuildIncidents, updateIncidents } from '../../services/incidents-service.ts';
import { INCIDENT_SORTS, type IncidentSort } from '../../storage/incident-sort.ts';
import { dateLabel } from '../../util/date-label.ts';
import { stringOption, type Command } from '../command.ts';
import { openExistingStore } from './db-option.ts';
import { formatTable } from './events-command.ts';

export const incidentsCommand: Command = {
  name: 'incidents',
  summary: 'List incidents: one real-world event, its reports, independent sources and disagreements',
  usage: [
    'sitrep incidents [--sort ORDER] [--limit N] [--json] [--rebuild] [--db PATH]',
    `  --sort ORDER  ${INCIDENT_SORTS.join(', ')} ("sources": independent sources; "-" is descending; default id)`,
    '  --limit N     at most N incidents',
    '  --json        one incident per line as JSON (JSON Lines), the /api/incidents item shape',
    '  --rebuild     recompute incidents from every stored event first',
    'Negated, hypothetical and historical reports never make an incident. Events stored since the last',
    'update (an ingest that was stopped, say) are placed first.',
  ].join('\n'),
  options: { json: { type: 'boolean' }, rebuild: { type: 'boolean' }, sort: { type: 'string' }, limit: { type: 'string' } },
  allowPositionals: false,
  async run(args, io) {
    const sort = stringOption(args, 'sort')?.toLowerCase();
    if (sort !== undefined && !(INCIDENT_SORTS as readonly string[]).includes(sort)) throw usageError(`--sort must be one of ${INCIDENT_SORTS.join(', ')}, got "${sort}"`);
    const limitText = stringOption(args, 'limit');
    const limit = limitText === undefined ? Infinity : Number(limitText);
    if (!(Number.isInteger(limit) && limit > 0) && limit !== Infinity) throw usageError(`--limit must be a positive whole number, got "${limitText}"`);
    const store = await openExistingStore(args, io);
    try {
      if (args.values.rebuild) await rebuildIncidents(store);
      else await updateIncidents(store);
      const rows: string[][] = [];
      let cursor: string | null = null;
      let listed = 0;
      do {
        const page = await store.listIncidents({ sort: sort as IncidentSort | undefined, cursor, limit: 500 });
        for (const incident of page.items) {
          if (listed++ >= limit) break;
          if (args.values.json) io.stdout(`${JSON.stringify(incidentToJSON(incident))}\n`);
          else rows.push(incidentRow(incident));
        }
        cursor = listed >= limit ? null : page.nextCursor;
      } while (cursor);
      if (!args.values.json) {
        io.stdout(formatTable(rows, ['id', 'date', 'sub-event type', 'location', 'actors', 'fatalities', 'sources', 'disagreements']));
        io.stdout(`${rows.length} incidents (sources: independent of all reports)\n`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};

function incidentRow(incident: Incident): string[] {
  const { best, low, high } = incident.fatalities;
  return [
    incident.id,
    dateLabel(incident.dateStart, incident.dateEnd, incident.timePrecision).text,
    incident.subEventType ?? '',
    [incident.location, incident.country].filter(Boolean).join(', '),
    [incident.actor1?.name, incident.actor2?.name].filter(Boolean).join(' vs '),
    best === null ? '' : low !== high ? `${best} (${low}–${high})` : String(best),
    `${incident.independentSources}/${incident.sources.length}`,
    incident.disagreements.map((d) => d.field).join(', '),
  ];
}
