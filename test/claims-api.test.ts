// GET /api/claims over a store filled by ingest: claims with evidence, pagination, and the one error shape.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/cli/run-cli.ts';
import { createApp } from '../src/http/app.ts';
import { openStore } from '../src/storage/open-store.ts';
import type { CliIO } from '../src/cli/cli-io.ts';

const io: CliIO = { stdout: () => {}, stderr: () => {}, stderrIsTTY: false, env: {}, now: () => new Date('2019-03-24'), stopSignal: new AbortController().signal };

test('GET /api/claims serves stored claims with their evidence and pages with a cursor', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-claims-api-'));
  const input = join(dir, 'in.jsonl');
  const db = join(dir, 'api.db');
  writeFileSync(input, `${JSON.stringify({
    url: 'https://example.org/b', outlet: 'Example Wire', published: '2019-03-23',
    text: 'Commander Ali Noor said that “Baghouz is free.”\nThe group claimed responsibility for the attack on the bridge.',
  })}\n`);
  assert.equal(await runCli(['ingest', input, '--db', db], io), 0);
  const store = await openStore(db);
  try {
    const app = createApp(store);
    const first = await app.request('/api/claims?limit=1');
    assert.equal(first.status, 200);
    const body = (await first.json()) as { items: Array<Record<string, unknown>>; next_cursor: string | null };
    assert.equal(body.items.length, 1);
    assert.ok(body.next_cursor);
    assert.ok(Array.isArray(body.items[0]!.evidence) && (body.items[0]!.evidence as unknown[]).length > 0);
    const second = (await (await app.request(`/api/claims?limit=1&cursor=${body.next_cursor}`)).json()) as { items: Array<{ subject: string }> };
    assert.deepEqual([body.items[0]!.subject, second.items[0]!.subject].sort(), ['liberation of Baghouz', 'responsibility for attack on bridge']);
    const bad = await app.request('/api/claims?limit=0');
    assert.equal(bad.status, 400);
    assert.equal(((await bad.json()) as { error: { code: string } }).error.code, 'invalid_request');
  } finally {
    await store.close();
  }
});
