// Every evaluation `sitrep eval` knows, by name. Adding one means adding one line here.
import type { Evaluation } from './evaluation.ts';
import { storiesEvaluation } from './stories-evaluation.ts';

export const EVALUATIONS: readonly Evaluation[] = [storiesEvaluation];
