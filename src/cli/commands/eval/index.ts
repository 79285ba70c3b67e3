// Every evaluation `sitrep eval` knows, by name. Adding one means adding one line here.
import type { Evaluation } from './evaluation.ts';
import { extractionEvaluation } from './eval-extraction.ts';
import { incidentsEvaluation } from './eval-incidents.ts';
import { eventsEvaluation } from './eval-events.ts';
import { actorsEvaluation } from './eval-actors.ts';
import { storiesEvaluation } from './stories-evaluation.ts';
import { geoparseEvaluation } from './eval-geoparse.ts';
import { newsEvaluation } from './eval-news.ts';
import { relevanceEvaluation } from './eval-relevance.ts';
import { newsPlacesEvaluation } from './eval-news-places.ts';

export const EVALUATIONS: readonly Evaluation[] = [
  extractionEvaluation,
  storiesEvaluation,
  geoparseEvaluation,
  newsPlacesEvaluation,
  eventsEvaluation,
  actorsEvaluation,
  incidentsEvaluation,
  newsEvaluation,
  relevanceEvaluation,
];
