// Every CLI command, by name. Adding a command means adding one line here.
import type { Command } from './command.ts';
import { ingestCommand } from './commands/ingest-command.ts';
import { eventsCommand } from './commands/events-command.ts';
import { serveCommand } from './commands/serve-command.ts';
import { evalCommand } from './commands/eval-command.ts';
import { incidentsCommand } from './commands/incidents-command.ts';
import { watchCommand } from './commands/watch-command.ts';
import { claimsCommand } from './commands/claims-command.ts';
import { workerCommand } from './commands/worker-command.ts';
import { explainCommand } from './commands/explain-command.ts';
import { exportCommand } from './commands/export-command.ts';

export const COMMANDS: readonly Command[] = [
  ingestCommand,
  watchCommand,
  workerCommand,
  eventsCommand,
  incidentsCommand,
  claimsCommand,
  explainCommand,
  exportCommand,
  serveCommand,
  evalCommand,
];
