// Argument dispatch and the one top-level catch that turns errors into exit codes.
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { EXIT, SitrepError } from '../errors/catalogue.ts';
import { GLOBAL_OPTIONS, type Command } from './command.ts';
import type { CliIO } from './cli-io.ts';
import { COMMANDS } from './commands.ts';

const PACKAGE = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

export function version(): string {
  return `sitrep ${PACKAGE.version} (node ${process.versions.node})`;
}

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'sitrep: sourced, deduplicated, geolocated events and claims from news reports',
    '',
    'Usage: sitrep <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options: --db PATH (default ./sitrep.db, or SITREP_DB)  --help  --version  --debug',
    'Run `sitrep <command> --help` for a command\'s options.',
    '',
  ].join('\n');
}

/** Run the CLI with `argv` (without node and script). Returns the exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      io.stdout(mainHelp());
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    if (name === '--version' || name === '-v') {
      io.stdout(`${version()}\n`);
      return EXIT.ok;
    }
    const entry = COMMANDS.find((c) => c.name === name);
    if (!entry) throw new SitrepError('usage', `unknown command "${name}"; run sitrep --help`);
    const command = await entry.load();
    const args = parse(command, rest);
    if (args.values.help) {
      io.stdout(`${command.summary}\n\nUsage: ${command.usage}\n`);
      return EXIT.ok;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof SitrepError) {
      io.stderr(`sitrep: ${error.message}\n`);
      if (debug && error.stack) io.stderr(`${error.stack}\n`);
      return error.exitCode;
    }
    io.stderr(`sitrep: unexpected error: ${(error as Error)?.message ?? String(error)}\n`);
    io.stderr(debug ? `${(error as Error)?.stack}\n` : 'run again with --debug for the stack trace\n');
    return EXIT.failure;
  }
}

function parse(command: Command, argv: readonly string[]): { values: Record<string, never>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: command.allowPositionals,
      strict: true,
    });
    return { values: values as Record<string, never>, positionals };
  } catch (error) {
    throw new SitrepError('usage', `${(error as Error).message.split('\n')[0]} (see sitrep ${command.name} --help)`);
  }
}
