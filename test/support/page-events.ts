// Events of a raw page as ingest makes them: the cleaner splits the page into stories and teasers, then the default pipeline runs on each.
import assert from 'node:assert/strict';
import { createArticle } from '../../src/article/article.ts';
import type { InputFields } from '../../src/article/document.ts';
import type { EventRecord } from '../../src/article/records.ts';
import { extractArticles } from '../../src/stages/clean/extract-articles.ts';
import { defaultPipeline } from '../../src/stages/default-pipeline.ts';

/** Every event of every article the page yields, in order (flagged ones included). */
export function pageEvents(body: string, fields: InputFields, kind: 'text' | 'html' = 'text'): EventRecord[] {
  const pipeline = defaultPipeline({ now: () => new Date('2026-01-01') });
  return extractArticles(body, kind, fields).flatMap((draft, index) => {
    const article = createArticle({ id: `page-${index}`, documentId: 'page', index, text: draft.text, meta: { ...draft.meta, role: draft.role ?? 'story' } });
    const result = pipeline.run(article);
    assert.deepEqual(result.failures, []);
    return result.article.events;
  });
}

/** Events whose evidence holds `words`. */
export const about = (list: readonly EventRecord[], words: string): EventRecord[] => list.filter((e) => e.evidence.some((ev) => ev.text.includes(words)));
/** Events no default view hides. */
export const unflagged = (list: readonly EventRecord[]): EventRecord[] => list.filter((e) => e.flags.length === 0);

/** One line per event, for assertion messages. */
export function summarize(list: readonly EventRecord[]): string {
  return list.map((e) => `${e.subEventType} ${e.dateStart} ${e.location} ${e.actor1?.name}→${e.actor2?.name} [${e.flags}] «${e.evidence[0]?.text.slice(0, 60)}»`).join('\n');
}
