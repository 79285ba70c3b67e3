// The --db option shared by commands that open the store.
import { setting } from '../../config/settings.ts';
import { stringOption, type ParsedArgs } from '../command.ts';
import type { CliIO } from '../cli-io.ts';

/** --db when given, else SITREP_DB, else ./sitrep.db. */
export function dbPath(args: ParsedArgs, io: CliIO): string {
  return stringOption(args, 'db') ?? setting('db', io.env);
}
