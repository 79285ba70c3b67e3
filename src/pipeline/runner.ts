// The runner: checks that a stage list is well-formed, then runs it over articles, recording failures.
import type { Article } from '../article/article.ts';
import { isLayerName } from '../article/span.ts';
import { type Artifact, type Stage, type StageContext, defaultContext, stageName } from './stage.ts';

/** A per-article failure, recorded as data so the batch goes on. */
export interface StageFailure {
  readonly kind: 'stage-failure';
  readonly articleId: string;
  readonly stage: string;
  readonly message: string;
}

export interface RunResult {
  readonly article: Article;
  /** The artifacts present after the run. */
  readonly assigned: ReadonlySet<Artifact>;
  /** Empty when every stage ran; otherwise the first failure (later stages were skipped). */
  readonly failures: readonly StageFailure[];
}

/**
 * Check that every stage's requirements are assigned by an earlier stage (or given initially).
 * Throws Error naming the first stage whose requirement nobody assigns.
 */
export function checkPipeline(stages: readonly Stage[], initial: readonly Artifact[] = []): void {
  const available = new Set<Artifact>(initial);
  const seen = new Set<string>();
  for (const stage of stages) {
    if (seen.has(stage.id)) throw new Error(`stage ${stage.id} appears twice in the pipeline`);
    seen.add(stage.id);
    for (const need of stage.requires) {
      if (!available.has(need)) {
        throw new Error(`stage ${stageName(stage)} requires "${need}", which no earlier stage assigns`);
      }
    }
    for (const out of stage.assigns) available.add(out);
  }
}

/** A checked pipeline: run it over one article at a time. */
export class Pipeline {
  readonly stages: readonly Stage[];
  readonly #context: StageContext;

  /** Throws when the stage list is not well-formed (see checkPipeline). */
  constructor(stages: readonly Stage[], context: StageContext = defaultContext) {
    checkPipeline(stages);
    this.stages = stages;
    this.#context = context;
  }

  /** "id@version" of every stage, for provenance. */
  describe(): string[] {
    return this.stages.map(stageName);
  }

  /**
   * Run every stage in order. A stage that throws, or that returns without an artifact it promised,
   * becomes a StageFailure; the article keeps what earlier stages assigned and later stages are skipped.
   */
  run(article: Article): RunResult {
    const assigned = new Set<Artifact>();
    let current = article;
    for (const stage of this.stages) {
      try {
        const next = stage.apply(current, this.#context);
        for (const out of stage.assigns) {
          if (isLayerName(out) && next.layers[out] === undefined) {
            throw new Error(`did not assign "${out}"`);
          }
          assigned.add(out);
        }
        current = next;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return {
          article: current,
          assigned,
          failures: [{ kind: 'stage-failure', articleId: article.id, stage: stageName(stage), message }],
        };
      }
    }
    return { article: current, assigned, failures: [] };
  }
}
