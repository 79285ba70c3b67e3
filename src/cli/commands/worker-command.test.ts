// Tests for the worker command's and `ingest --enqueue`'s argument checks (they need a PostgreSQL store).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../run-cli.ts';
import type { CliIO } from '../cli-io.ts';

function captureIO(): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), stderrIsTTY: false, env: {},
    now: () => new Date('2026-01-01T00:00:00Z'), stopSignal: new AbortController().signal,
  };
}

describe('sitrep worker and ingest --enqueue arguments', () => {
  it('worker refuses a SQLite store with a usage error', async () => {
    const io = captureIO();
    assert.equal(await runCli(['worker', '--db', 'local.db'], io), 2);
    assert.match(io.err.join(''), /worker needs a PostgreSQL store/);
  });

  it('worker refuses a concurrency that is not a positive integer', async () => {
    const io = captureIO();
    assert.equal(await runCli(['worker', '--db', 'postgres://u@127.0.0.1:1/x', '--concurrency', '0'], io), 2);
    assert.match(io.err.join(''), /--concurrency must be a positive integer/);
  });

  it('ingest --enqueue refuses a SQLite store with a usage error', async () => {
    const io = captureIO();
    assert.equal(await runCli(['ingest', '--enqueue', 'inputs/', '--db', 'local.db'], io), 2);
    assert.match(io.err.join(''), /--enqueue needs a PostgreSQL store/);
  });

  it('reports an unreachable PostgreSQL as a store error, not a crash', async () => {
    const io = captureIO();
    assert.equal(await runCli(['worker', '--db', 'postgres://u:secret@127.0.0.1:1/x'], io), 1);
    const message = io.err.join('');
    assert.match(message, /cannot open the PostgreSQL store at postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/x/);
    assert.doesNotMatch(message, /secret|unexpected error/);
  });

  it('rejects a schema name that is not a plain identifier as a usage error', async () => {
    const io = captureIO();
    assert.equal(await runCli(['worker', '--db', 'postgres://u@127.0.0.1:1/x?schema=a;drop'], io), 2);
    assert.match(io.err.join(''), /invalid schema name "a;drop"/);
  });
});
