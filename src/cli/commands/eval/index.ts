// Every evaluation `sitrep eval` knows, by name. Adding one means adding one line here.
import type { Evaluation } from './evaluation.ts';
import { extractionEvaluation } from './eval-extraction.ts';

export const EVALUATIONS: readonly Evaluation[] = [extractionEvaluation];
