// Crashes: ingest a corpus while SIGKILL hits the process at random moments, 10 times, then resume; nothing lost or doubled.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { REPO_ROOT, runSitrep } from '../helpers.ts';
import { recordFigures } from './figures.ts';

const DOCUMENTS = 600;
const KILLS = 10;
const TOWNS = ['Tikrit', 'Kirkuk', 'Mosul', 'Ramadi', 'Samarra', 'Fallujah', 'Baiji', 'Hawija', 'Baqubah', 'Tuz Khurmatu'];

/** Start an ingest and SIGKILL it after `ms`; resolves with whether the kill landed before it finished. */
function ingestAndKill(args: string[], ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'src/cli/main.ts'), ...args], { stdio: 'ignore' });
    let finished = false;
    child.once('exit', () => { finished = true; });
    setTimeout(() => {
      const landed = !finished && child.kill('SIGKILL');
      child.once('exit', () => resolve(landed));
      if (finished) resolve(false);
    }, ms);
  });
}

test(`SIGKILL ${KILLS} times during ingest, then resume: every document once, integrity ok`, { timeout: 240_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sitrep-crash-'));
  const corpus = join(dir, 'corpus');
  await mkdir(corpus);
  for (let i = 0; i < DOCUMENTS; i++) {
    // A named town: an event with no location at all is not coded.
    await writeFile(join(corpus, `r${String(i).padStart(4, '0')}.txt`), `Report ${i}\nGunmen attacked checkpoint ${i} near ${TOWNS[i % TOWNS.length]} on Sunday, killing ${i % 7 + 1} police officers, officials said.\n`);
  }
  const db = join(dir, 'crash.db');
  let landed = 0;
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let k = 0; k < KILLS; k++) {
    if (await ingestAndKill(['ingest', corpus, '--db', db], 400 + Math.floor(random() * 1600))) landed++;
  }
  const resumed = runSitrep(['ingest', corpus, '--db', db]);
  assert.equal(resumed.code, 0, resumed.stderr);
  const sqlite = new DatabaseSync(db);
  const one = (sql: string) => Number(Object.values(sqlite.prepare(sql).get()!)[0]);
  assert.equal(sqlite.prepare('PRAGMA integrity_check').get()!.integrity_check, 'ok');
  assert.equal(one('SELECT count(*) FROM documents'), DOCUMENTS, 'no document lost, none duplicated');
  assert.equal(one('SELECT count(DISTINCT origin) FROM documents'), DOCUMENTS);
  assert.equal(one('SELECT count(*) FROM articles'), DOCUMENTS, 'every document has its one article');
  assert.equal(one("SELECT count(*) FROM documents d WHERE d.status = 'processed' AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.document_id = d.id)"), 0, 'no half-written document');
  assert.ok(one('SELECT count(*) FROM events') >= DOCUMENTS);
  sqlite.close();
  assert.ok(landed >= KILLS / 2, `only ${landed} of ${KILLS} kills landed mid-ingest`);
  recordFigures('crash-sqlite', { documents: DOCUMENTS, kills: KILLS, kills_mid_ingest: landed, documents_after_resume: DOCUMENTS, integrity_check: 'ok' });
});
