// Every CLI command, by name, loaded only when it runs (so `sitrep export` does not pay for the web server's modules).
import type { Command } from './command.ts';

export interface CommandEntry {
  readonly name: string;
  /** One line for `sitrep --help`; equal to the command's own summary (a test checks). */
  readonly summary: string;
  load(): Promise<Command>;
}

/** Adding a command means adding one entry here. */
export const COMMANDS: readonly CommandEntry[] = [
  { name: 'ingest', summary: 'Read files, folders, URLs, URL lists, RSS/Atom/RDF feeds and stdin (-) into the store', load: async () => (await import('./commands/ingest-command.ts')).ingestCommand },
  { name: 'watch', summary: 'Poll RSS/Atom/RDF feeds and ingest new entries until stopped (Ctrl-C)', load: async () => (await import('./commands/watch-command.ts')).watchCommand },
  { name: 'worker', summary: 'Process ingest jobs queued with `ingest --enqueue` (PostgreSQL store)', load: async () => (await import('./commands/worker-command.ts')).workerCommand },
  { name: 'events', summary: 'List stored events (table, or JSON Lines with --json)', load: async () => (await import('./commands/events-command.ts')).eventsCommand },
  { name: 'incidents', summary: 'List incidents: one real-world event, its reports, independent sources and disagreements', load: async () => (await import('./commands/incidents-command.ts')).incidentsCommand },
  { name: 'claims', summary: 'List stored claims (table, JSON Lines with --json, grouped with --by-subject)', load: async () => (await import('./commands/claims-command.ts')).claimsCommand },
  { name: 'explain', summary: 'Show an article (stored id, or a file run in memory) with every span marked by layer', load: async () => (await import('./commands/explain-command.ts')).explainCommand },
  { name: 'export', summary: 'Export events as ACLED-column CSV, GeoJSON or JSON Lines', load: async () => (await import('./commands/export-command.ts')).exportCommand },
  { name: 'serve', summary: 'Serve the JSON API and the web UI', load: async () => (await import('./commands/serve-command.ts')).serveCommand },
  { name: 'gazetteer', summary: 'Import a GeoNames dump (country file or allCountries, .txt or .zip) into the local gazetteer', load: async () => (await import('./commands/gazetteer-command.ts')).gazetteerCommand },
  { name: 'eval', summary: 'Evaluate a stage on a benchmark data set (figures as text, or JSON with --json)', load: async () => (await import('./commands/eval-command.ts')).evalCommand },
];
