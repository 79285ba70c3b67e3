// SIGTERM during `sitrep ingest` while a long document is being prepared: the process ends without
// waiting for that document (it is not stored, so it was not waited for), keeps what it stored before,
// says it stopped, exits 3, and a second run adds the rest.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { REPO_ROOT, runSitrep } from '../helpers.ts';
import { prose } from './worst-case/corpus.ts';

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-sigterm-'));
  await writeFile(join(dir, 'a-short.txt'), 'Gunmen killed two farmers near Mosul on Friday, police said.\n');
  // Minutes of work with the time budget lifted: certainly in progress when the signal comes.
  await writeFile(join(dir, 'b-long.txt'), prose(4 * 1024 * 1024));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

function storedDocuments(db: string): string[] {
  try {
    const sqlite = new DatabaseSync(db, { readOnly: true });
    try {
      return sqlite.prepare('SELECT origin FROM documents ORDER BY origin').all().map((r) => String(r.origin).replace(`${dir}/`, ''));
    } finally {
      sqlite.close();
    }
  } catch {
    return []; // not created yet
  }
}

test('SIGTERM ends an ingest at once, without waiting for the document in progress', { timeout: 240_000 }, async () => {
  const db = join(dir, 'stop.db');
  const child = spawn(process.execPath, [join(REPO_ROOT, 'src/cli/main.ts'), 'ingest', join(dir, 'a-short.txt'), join(dir, 'b-long.txt'), '--db', db, '--jobs', '1'], {
    env: { ...process.env, SITREP_TIME_BUDGET: '3600000' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // Wait until the short report is stored: the long one is then being prepared.
  const deadline = Date.now() + 180_000;
  while (storedDocuments(db).length === 0 && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 200));
  assert.deepEqual(storedDocuments(db), ['a-short.txt'], `the short report is stored first; stderr: ${stderr}`);
  child.kill('SIGTERM');
  const code = await exited;
  assert.equal(code, 3, stderr);
  assert.match(stderr, /stopped; 1 documents read were not stored/);
  assert.deepEqual(storedDocuments(db), ['a-short.txt'], 'the long document was not waited for');

  const again = runSitrep(['ingest', join(dir, 'a-short.txt'), '--db', db, '--jobs', '1']);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stderr, /1 documents read \(0 new, 1 already stored\)/);
});
