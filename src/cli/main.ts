#!/usr/bin/env -S node --max-semi-space-size=4
// The `sitrep` executable: wires the process's real side effects into the CLI.
// The flag keeps this thread's young generation small (V8 lets it grow to 2 x 16 MB semi-spaces, and what
// survives a scavenge there fills the old generation with garbage): a long ingest's writer holds about 20 MB
// live but its heap grew to 100-170 MB; with 4 MB semi-spaces it stays under 70 MB at the same CPU (realistic
// feed, 600 documents: peak RSS 568 → 457 MB). Worker threads set theirs in WORKER_RESOURCE_LIMITS.
import { enableCompileCache } from '../util/compile-cache.ts';

// Before the rest is loaded, so that it and every worker thread load from the cache (see compile-cache.ts).
enableCompileCache();
const { runCli } = await import('./run-cli.ts');
const { processIO } = await import('./cli-io.ts');

process.exitCode = await runCli(process.argv.slice(2), processIO());
