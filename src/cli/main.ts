#!/usr/bin/env node
// The `sitrep` executable: wires the process's real side effects into the CLI.
import { enableCompileCache } from '../util/compile-cache.ts';

// Before the rest is loaded, so that it and every worker thread load from the cache (see compile-cache.ts).
enableCompileCache();
const { runCli } = await import('./run-cli.ts');
const { processIO } = await import('./cli-io.ts');

process.exitCode = await runCli(process.argv.slice(2), processIO());
