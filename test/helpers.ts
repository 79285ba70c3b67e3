// Shared test helpers: where ../shared is, and running the CLI as a child process.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
export const SEEDS = `${SHARED}corpus/seeds`;

/** A skip reason when ../shared is absent (a fresh clone outside the workspace), else false. */
export function skipWithoutShared(): string | false {
  return existsSync(SEEDS) ? false : `../shared is absent (${SHARED}); benchmark and seed tests need it beside the repo`;
}

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run `sitrep …` with the same Node binary as the tests. */
export function runSitrep(args: readonly string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const result = spawnSync(process.execPath, [`${REPO_ROOT}src/cli/main.ts`, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
