// `sitrep eval extraction` end to end: a tiny hand-made data set, and the shared scrapinghub half when present.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { runCli } from '../src/cli/run-cli.ts';
import type { CliIO } from '../src/cli/cli-io.ts';

function captureIO(): { io: CliIO; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const io: CliIO = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    stderrIsTTY: false,
    env: {},
    now: () => new Date('2026-01-01T00:00:00Z'),
    stopSignal: new AbortController().signal,
  };
  return { io, out: () => out, err: () => err };
}

const BODY = 'The harbour reopened on Monday after the storm, and the first ferries left for the islands at noon with full decks.';

test('eval extraction --json scores a hand-made data set: one perfect page, one with extra text', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-eval-'));
  try {
    mkdirSync(join(dir, 'html'));
    const page = (extra: string) => `<html><body><nav><a href="/">Home</a><a href="/n">News</a></nav><article><p>${BODY}</p>${extra}</article></body></html>`;
    writeFileSync(join(dir, 'html', 'a.html.gz'), gzipSync(page('')));
    writeFileSync(join(dir, 'html', 'b.html'), page('<p>Ferry tickets are sold at the pier office from seven in the morning, cash only.</p>'));
    writeFileSync(join(dir, 'ground-truth.json'), JSON.stringify({ a: { articleBody: BODY, url: 'https://example.org/a' }, b: { articleBody: BODY, url: 'https://example.org/b' } }));
    const { io, out } = captureIO();
    assert.equal(await runCli(['eval', 'extraction', '--data', dir, '--json'], io), 0);
    const figures = JSON.parse(out());
    assert.deepEqual(Object.keys(figures).sort(), ['f1', 'pages', 'pages_per_s', 'precision', 'recall']);
    assert.equal(figures.pages, 2);
    assert.equal(figures.recall, 1);
    assert.ok(figures.precision > 0.5 && figures.precision < 1, `precision ${figures.precision}`);
    assert.ok(figures.pages_per_s > 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('eval extraction reports a usage error for a folder that is not a data set', async () => {
  const { io, err } = captureIO();
  const code = await runCli(['eval', 'extraction', '--data', join(tmpdir(), 'no-such-sitrep-data')], io);
  assert.equal(code, 2);
  assert.match(err(), /cannot read an extraction data set/);
});

const SCRAPINGHUB = fileURLToPath(new URL('../../shared/bench/extraction/scrapinghub/', import.meta.url));
const skip = existsSync(SCRAPINGHUB) ? false : `no benchmark at ${SCRAPINGHUB} (../shared is absent outside the workspace)`;

test('on the shared scrapinghub half the extractor keeps token F1 at or above 0.960', { skip }, async () => {
  const { io, out } = captureIO();
  assert.equal(await runCli(['eval', 'extraction', '--data', SCRAPINGHUB, '--json'], io), 0);
  const figures = JSON.parse(out());
  assert.equal(figures.pages, 181);
  assert.ok(figures.f1 >= 0.96, `F1 ${figures.f1}`);
});
