// An ingest that died after storing its last document, before bringing incidents up to date (SIGKILL there
// leaves exactly this: events stored, incidents not), then the same ingest run again with nothing new: the
// re-run must leave the incidents a full rebuild gives (issue 16, defect 5).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { runSitrep } from '../helpers.ts';
import { ingestItems } from '../../src/services/ingest-service.ts';
import { readInputs } from '../../src/stages/read/read-inputs.ts';
import { defaultPipeline } from '../../src/stages/default-pipeline.ts';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.ts';

let dir = '';
const REPORTS = [
  { text: 'Gunmen killed four police officers at a checkpoint in Mosul, Iraq on Monday, officials said.', outlet: 'Wire A', published: '2024-03-05', url: 'https://a.example/1' },
  { text: 'Four policemen were killed on Monday when gunmen attacked a checkpoint in Mosul, Iraq, police said.', outlet: 'Wire B', published: '2024-03-05', url: 'https://b.example/1' },
  { text: 'A car bomb killed nine people at a market in Kirkuk, Iraq on Saturday, the provincial governor said.', outlet: 'Wire A', published: '2024-05-11', url: 'https://a.example/2' },
];

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-incidents-resume-'));
  await writeFile(join(dir, 'reports.jsonl'), `${REPORTS.map((r) => JSON.stringify(r)).join('\n')}\n`);
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

function incidentRows(db: string): { incidents: number; members: number } {
  const sqlite = new DatabaseSync(db, { readOnly: true });
  try {
    const count = (sql: string) => Number((sqlite.prepare(sql).get() as { n: number }).n);
    return { incidents: count('SELECT count(*) AS n FROM incidents'), members: count('SELECT count(*) AS n FROM incident_members') };
  } finally {
    sqlite.close();
  }
}

test('events stored by an ingest that died before its incident update are placed by the next run, nothing new in it', async () => {
  const db = join(dir, 'resume.db');
  const store = new SqliteStore(db);
  await store.migrate();
  const first = await ingestItems(store, readInputs([join(dir, 'reports.jsonl')]), { pipeline: defaultPipeline(), updateIncidents: false });
  await store.close();
  assert.ok(first.events >= 2, `events stored: ${first.events}`);
  assert.deepEqual(incidentRows(db), { incidents: 0, members: 0 }, 'the dead run left no incidents');

  const rerun = runSitrep(['ingest', join(dir, 'reports.jsonl'), '--db', db, '--jobs', '1']);
  assert.equal(rerun.code, 0, rerun.stderr);
  assert.match(rerun.stderr, /3 documents read \(0 new, 3 already stored\)/);
  const resumed = incidentRows(db);
  assert.ok(resumed.incidents >= 1 && resumed.members >= first.events - 1, JSON.stringify(resumed));

  // What a rebuild from every stored event gives.
  const rebuilt = runSitrep(['incidents', '--rebuild', '--db', db]);
  assert.equal(rebuilt.code, 0, rebuilt.stderr);
  assert.deepEqual(incidentRows(db), resumed);
});
