// The default per-article pipeline: which stages run, in which order.
import { Pipeline } from '../pipeline/runner.ts';
import { StageRegistry } from '../pipeline/registry.ts';
import type { StageContext } from '../pipeline/stage.ts';
import { segmentStage } from './segment/index.ts';
import { actorsStage } from './actors/index.ts';
import { datesStage } from './dates/index.ts';
import { quantitiesStage } from './quantities/index.ts';
import { sourcesStage } from './sources/index.ts';
import { eventsStage } from './events/index.ts';
import { claimsStage } from './claims/index.ts';
import { placesStage } from './places/index.ts';

export const DEFAULT_STAGES = ['segment', 'actors', 'dates', 'quantities', 'sources', 'places', 'events', 'claims'] as const;

/** A registry holding every stage this build knows. */
export function defaultRegistry(): StageRegistry {
  return new StageRegistry()
    .register('segment', segmentStage)
    .register('actors', actorsStage)
    .register('places', placesStage)
    .register('dates', datesStage)
    .register('quantities', quantitiesStage)
    .register('sources', sourcesStage)
    .register('events', eventsStage)
    .register('claims', claimsStage);
}

/** The checked default pipeline. */
export function defaultPipeline(context?: StageContext): Pipeline {
  return new Pipeline(defaultRegistry().build(DEFAULT_STAGES), context);
}
