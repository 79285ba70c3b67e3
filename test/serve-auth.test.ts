// `sitrep serve` refuses to listen off loopback with open reads unless a token (or SITREP_READ_AUTH=open) is set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../src/cli/run-cli.ts';
import type { CliIO } from '../src/cli/cli-io.ts';

function io(env: NodeJS.ProcessEnv): CliIO & { err: string[] } {
  const err: string[] = [];
  return {
    err, stdout: () => {}, stderr: (t) => err.push(t), stderrIsTTY: false, env,
    now: () => new Date('2026-01-01T00:00:00Z'), stopSignal: AbortSignal.abort(),
  };
}

test('refuses 0.0.0.0 without a token, naming the fix', async () => {
  const cli = io({});
  assert.equal(await runCli(['serve', '--host', '0.0.0.0', '--port', '0', '--db', ':memory:'], cli), 2);
  assert.match(cli.err.join(''), /SITREP_API_TOKEN/);
});

test('rejects an unknown read-auth mode', async () => {
  const cli = io({ SITREP_READ_AUTH: 'maybe' });
  assert.equal(await runCli(['serve', '--port', '0', '--db', ':memory:'], cli), 2);
  assert.match(cli.err.join(''), /SITREP_READ_AUTH must be one of auto, token, open/);
});
