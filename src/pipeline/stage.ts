// The Stage contract: what every per-article pipeline component declares and does.
import type { Article } from '../article/article.ts';
import type { LayerName } from '../article/span.ts';
import type { RecordName } from '../article/records.ts';

/** What a stage can require or assign: a span layer or a record set. */
export type Artifact = LayerName | RecordName;

/** Shared, read-only facts a stage may consult (e.g. the clock for "today" when nothing else is known). */
export interface StageContext {
  readonly now: () => Date;
}

/**
 * A pipeline component. `apply` takes an article holding every artifact in `requires` and returns a
 * new article that holds every artifact in `assigns`. It throws only for programmer errors or for a
 * failure specific to this article (which the runner records and moves past).
 */
export interface Stage {
  readonly id: string;
  readonly version: string;
  readonly requires: readonly Artifact[];
  readonly assigns: readonly Artifact[];
  apply(article: Article, context: StageContext): Article;
}

/** "id@version", the name stored with everything a stage produced. */
export function stageName(stage: Pick<Stage, 'id' | 'version'>): string {
  return `${stage.id}@${stage.version}`;
}

export const defaultContext: StageContext = { now: () => new Date() };
