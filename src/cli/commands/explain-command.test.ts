// Tests for `sitrep explain`: a file run in memory, marked as brackets or JSON; a stored article by id; errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../run-cli.ts';
import type { CliIO } from '../cli-io.ts';

function fakeIO(): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), stderrIsTTY: false, stdoutIsTTY: false,
    env: {}, now: () => new Date('2024-01-01T00:00:00Z'), stopSignal: new AbortController().signal,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'sitrep-explain-'));
const file = join(dir, 'report.txt');
writeFileSync(file, 'Taliban Seize District Centre\nOn Sunday, Taliban fighters killed at least six police officers, said Ahmad Zia, a provincial spokesman.\n');

test('marks actors, dates, quantities and sources of a file in brackets, one sentence per line', async () => {
  const io = fakeIO();
  assert.equal(await runCli(['explain', file, '--published', '2021-08-03'], io), 0);
  const text = io.out.join('');
  // The cleaner keeps a headline as the title, out of the article text.
  assert.match(text, /^title: Taliban Seize District Centre \|/m);
  assert.match(text, /\[On Sunday\]\{date 2021-08-01 day\}/);
  assert.match(text, /\[Taliban\]\{actor taliban\}/);
  assert.match(text, /\[at least six\]\{count 6\.\.\? best 6 police officers\}/);
  assert.match(text, /, said \[Ahmad Zia\]\{source Ahmad Zia, provincial spokesman said\}, a provincial spokesman\.$/m);
  assert.doesNotMatch(text, /\x1b\[/);
});

test('--json prints the analysed article as data', async () => {
  const io = fakeIO();
  assert.equal(await runCli(['explain', file, '--json', '--published', '2021-08-03'], io), 0);
  const article = JSON.parse(io.out.join(''));
  assert.equal(article.kind, 'article');
  assert.equal(article.meta.published, '2021-08-03');
  assert.deepEqual(article.layers.dates.map((s: { value: { start: string } }) => s.value.start), ['2021-08-01']);
});

test('--color uses ANSI colours and --layers limits the marks', async () => {
  const io = fakeIO();
  assert.equal(await runCli(['explain', file, '--color', '--layers', 'actors', '--published', '2021-08-03'], io), 0);
  const text = io.out.join('');
  assert.match(text, /\x1b\[36mTaliban\x1b\[0m/);
  assert.doesNotMatch(text, /date 2021/);
});

test('a stored article is read by id from --db, with the layers the ingest pipeline gave it', async () => {
  const db = join(dir, 'store.db');
  assert.equal(await runCli(['ingest', file, '--db', db], fakeIO()), 0);
  const listed = fakeIO();
  assert.equal(await runCli(['explain', file, '--json'], listed), 0);
  const id = JSON.parse(listed.out.join('')).id as string;
  const io = fakeIO();
  assert.equal(await runCli(['explain', id, '--db', db], io), 0);
  const text = io.out.join('');
  assert.match(text, new RegExp(`article ${id}`));
  assert.match(text, /\[Taliban\]\{actor taliban\}/);
  assert.match(text, /\[On Sunday\]\{date unresolved day\}/);
});

test('an id that is neither a file nor a stored article is not found', async () => {
  const io = fakeIO();
  assert.equal(await runCli(['explain', 'no-such-article', '--db', ':memory:'], io), 1);
  assert.match(io.err.join(''), /no file or stored article "no-such-article"/);
});

test('an unknown layer is a usage error', async () => {
  const io = fakeIO();
  assert.equal(await runCli(['explain', file, '--layers', 'actors,moods'], io), 2);
});

test('NO_COLOR turns colour off on a terminal; --color still turns it on', async () => {
  const terminal = (env: NodeJS.ProcessEnv) => ({ ...fakeIO(), stdoutIsTTY: true, env });
  const coloured = terminal({});
  assert.equal(await runCli(['explain', file, '--published', '2021-08-03'], coloured), 0);
  assert.match(coloured.out.join(''), /\x1b\[/, 'a terminal gets colour');
  const plain = terminal({ NO_COLOR: '1' });
  assert.equal(await runCli(['explain', file, '--published', '2021-08-03'], plain), 0);
  assert.doesNotMatch(plain.out.join(''), /\x1b\[/, 'NO_COLOR=1 is honoured');
  const forced = terminal({ NO_COLOR: '1' });
  assert.equal(await runCli(['explain', file, '--published', '2021-08-03', '--color'], forced), 0);
  assert.match(forced.out.join(''), /\x1b\[/);
});
