// Every evaluation `sitrep eval` knows, by name. Adding one means adding one line here.
import type { Evaluation } from './evaluation.ts';
import { geoparseEvaluation } from './eval-geoparse.ts';

export const EVALUATIONS: readonly Evaluation[] = [geoparseEvaluation];
