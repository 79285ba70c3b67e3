// The default per-article pipeline: which stages run, in which order.
import { Pipeline } from '../pipeline/runner.ts';
import { StageRegistry } from '../pipeline/registry.ts';
import type { StageContext } from '../pipeline/stage.ts';
import { segmentStage } from './segment/index.ts';
import { eventsStage } from './events/index.ts';
import { placesStage } from './places/index.ts';

export const DEFAULT_STAGES = ['segment', 'places', 'events'] as const;

/** A registry holding every stage this build knows. */
export function defaultRegistry(): StageRegistry {
  return new StageRegistry()
    .register('segment', segmentStage)
    .register('places', placesStage)
    .register('events', eventsStage);
}

/** The checked default pipeline. */
export function defaultPipeline(context?: StageContext): Pipeline {
  return new Pipeline(defaultRegistry().build(DEFAULT_STAGES), context);
}
