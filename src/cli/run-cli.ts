// Argument dispatch and the one top-level catch that turns errors into exit codes.
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { EXIT, SitrepError } from '../errors/catalogue.ts';
import { GLOBAL_OPTIONS, type Command } from './command.ts';
import type { CliIO } from './cli-io.ts';
import { COMMANDS } from './commands.ts';
import { closestMatch } from '../util/closest-match.ts';

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

/**
 * Argument spellings people reach for, made ones parseArgs takes: `--min_fatalities` is `--min-fatalities`
 * (the API's parameter names work as flags), and a word starting with "-" after an option that takes a
 * value is that value when it is no option itself (`--sort -date`, `--limit -1`, so the command can say what
 * is wrong with it).
 */
export function normalizeArgv(argv: readonly string[], options: Command['options']): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      out.push(...argv.slice(i));
      break;
    }
    const long = /^--([^=]+)(=.*)?$/.exec(arg);
    const name = long ? long[1]!.replace(/_/g, '-') : null;
    const spelled = long ? `--${name}${long[2] ?? ''}` : arg;
    const takesValue = name !== null && long![2] === undefined && (options[name] ?? GLOBAL_OPTIONS[name as keyof typeof GLOBAL_OPTIONS])?.type === 'string';
    const next = argv[i + 1];
    if (takesValue && next !== undefined && next.startsWith('-') && !namesAnOption(next, options)) {
      out.push(`${spelled}=${next}`);
      i++;
    } else out.push(spelled);
  }
  return out;
}

/** Whether `arg` ("--name", "--name=v" or "-x") is one of `options`, so it cannot be another option's value ("-date" can). */
function namesAnOption(arg: string, options: Command['options']): boolean {
  if (arg === '-' || arg === '--') return true;
  const long = /^--([^=]+)/.exec(arg);
  if (long) return long[1]!.replace(/_/g, '-') in options || long[1]! in GLOBAL_OPTIONS;
  if (/^-\d/.test(arg)) return false;
  const short = arg.slice(1, 2);
  return (Object.values({ ...GLOBAL_OPTIONS, ...options }) as { short?: string }[]).some((o) => o.short === short);
}

function parse(command: Command, argv: readonly string[]): { values: Record<string, never>; positionals: string[] } {
  const options = { ...GLOBAL_OPTIONS, ...command.options };
  try {
    const { values, positionals } = parseArgs({
      args: normalizeArgv(argv, options),
      options,
      allowPositionals: command.allowPositionals,
      strict: true,
    });
    return { values: values as Record<string, never>, positionals };
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]!;
    const unknown = /^Unknown option '(--?[^']+)'/.exec(message);
    const guess = unknown ? closestMatch(unknown[1]!.replace(/^-+/, ''), Object.keys(options)) : null;
    const ambiguous = /^Option '(-[^ ']+)[^']*' argument (is ambiguous|missing)/.exec(message);
    const said = ambiguous ? `${ambiguous[1]} needs a value` : unknown ? `unknown option ${unknown[1]}${guess ? `; did you mean --${guess}?` : ''}` : message;
    throw new SitrepError('usage', `${said} (see sitrep ${command.name} --help)`);
  }
}
