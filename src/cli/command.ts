// The shape of a CLI command: its name, help text, option spec and a run function returning an exit code.
import type { ParseArgsConfig } from 'node:util';
import type { CliIO } from './cli-io.ts';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  readonly values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  readonly positionals: readonly string[];
}

export interface Command {
  readonly name: string;
  readonly summary: string;
  /** Usage lines shown by `sitrep <command> --help`. */
  readonly usage: string;
  readonly options: OptionSpec;
  readonly allowPositionals: boolean;
  run(args: ParsedArgs, io: CliIO): Promise<number>;
}

/** Options every command accepts. */
export const GLOBAL_OPTIONS = {
  db: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  debug: { type: 'boolean' },
} as const satisfies OptionSpec;

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}
