// Every CLI command, by name. Adding a command means adding one line here.
import type { Command } from './command.ts';
import { ingestCommand } from './commands/ingest-command.ts';
import { eventsCommand } from './commands/events-command.ts';
import { serveCommand } from './commands/serve-command.ts';
import { evalCommand } from './commands/eval-command.ts';
import { exportCommand } from './commands/export-command.ts';

export const COMMANDS: readonly Command[] = [ingestCommand, eventsCommand, serveCommand, evalCommand, exportCommand];
