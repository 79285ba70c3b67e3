// `sitrep incidents`: list incidents (events merged across reports) with sources and disagreements.
import { incidentToJSON, listIncidents, rebuildIncidents } from '../../services/incidents-service.ts';
import { openStore } from '../../storage/open-store.ts';
import type { Command } from '../command.ts';
import { dbPath } from './db-option.ts';
import { formatTable } from './events-command.ts';

export const incidentsCommand: Command = {
  name: 'incidents',
  summary: 'List incidents: one real-world event, its reports, independent sources and disagreements',
  usage: 'sitrep incidents [--json] [--rebuild] [--db PATH]\n  --rebuild  recompute incidents from every stored event first',
  options: { json: { type: 'boolean' }, rebuild: { type: 'boolean' } },
  allowPositionals: false,
  async run(args, io) {
    const store = await openStore(dbPath(args, io));
    try {
      if (args.values.rebuild) await rebuildIncidents(store);
      const rows: string[][] = [];
      for await (const incident of listIncidents(store)) {
        if (args.values.json) {
          io.stdout(`${JSON.stringify(incidentToJSON(incident))}\n`);
          continue;
        }
        rows.push([
          incident.id,
          incident.dateStart ?? '',
          incident.subEventType ?? '',
          incident.location ?? '',
          incident.fatalities.best === null ? '' : `${incident.fatalities.best} (${incident.fatalities.low}-${incident.fatalities.high})`,
          `${incident.independentSources}/${incident.sources.length}`,
          incident.disagreements.map((d) => d.field).join(', '),
        ]);
      }
      if (!args.values.json) {
        io.stdout(formatTable(rows, ['id', 'date', 'sub-event type', 'location', 'fatalities', 'sources', 'disagreements']));
        io.stdout(`${rows.length} incidents\n`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
