// `sitrep ingest` on the five seed pages: one stored article per story, debris gone, removals kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../src/cli/run-cli.ts';
import type { CliIO } from '../src/cli/cli-io.ts';
import type { Article } from '../src/article/article.ts';
import { openStore } from '../src/storage/open-store.ts';

const SEEDS = fileURLToPath(new URL('../../shared/corpus/seeds/', import.meta.url));
const skip = existsSync(SEEDS) ? false : `no seeds at ${SEEDS} (../shared is absent outside the workspace)`;

const quietIO: CliIO = {
  stdout: () => {},
  stderr: () => {},
  stderrIsTTY: false,
  env: {},
  now: () => new Date('2026-01-01T00:00:00Z'),
  stopSignal: new AbortController().signal,
};

test('ingesting the seeds stores one article per story, without debris, with what was removed', { skip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-seeds-'));
  const db = join(dir, 'seeds.db');
  try {
    assert.equal(await runCli(['ingest', SEEDS, '--db', db], quietIO), 0);
    const store = await openStore(db);
    try {
      const bySeed = new Map<string, Article[]>();
      for (const document of await store.listDocuments()) {
        const articles: Article[] = [];
        for (let index = 0; ; index++) {
          const article = await store.getArticle(`${document.id.slice(0, 24)}-${index}`);
          if (!article) break;
          articles.push(article);
        }
        bySeed.set(basename(document.origin).slice(0, 3), articles);
      }
      assert.deepEqual([...bySeed.entries()].map(([seed, a]) => [seed, a.length]).sort(), [['000', 1], ['001', 2], ['002', 1], ['003', 1], ['004', 6]]);
      const all = [...bySeed.values()].flat();
      for (const article of all) {
        assert.doesNotMatch(article.text, /!\[\]|Photo:|Ad Blocker|Cookies|Posted on|Advertisment|Related Article/, article.meta.title ?? article.id);
        assert.ok(article.removed.length > 0, `nothing recorded as removed for ${article.meta.title}`);
      }
      assert.deepEqual(bySeed.get('001')!.map((a) => a.meta.dateline), ['BAGHDAD', 'GENEVA']);
      assert.equal(bySeed.get('004')![0]!.meta.byline, 'Jeff Seldin');
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
