#!/usr/bin/env node
// The `sitrep` executable: wires the process's real side effects into the CLI.
import { runCli } from './run-cli.ts';
import { processIO } from './cli-io.ts';

process.exitCode = await runCli(process.argv.slice(2), processIO());
