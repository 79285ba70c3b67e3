// The shape of one `sitrep eval <name>` evaluation: it reads a data set and returns figures.
import type { CliIO } from '../../cli-io.ts';

export interface EvaluationResult {
  /** The figures as one JSON object (printed by --json). */
  readonly json: Record<string, unknown>;
  /** The human-readable report. */
  readonly text: string;
}

/** The options `sitrep eval` was given besides --data and --json. */
export type EvaluationOptions = Readonly<Record<string, string | boolean | undefined>>;

export interface Evaluation {
  readonly name: string;
  readonly summary: string;
  /** Extra usage text after `sitrep eval <name>`. */
  readonly usage: string;
  /**
   * Run on the data at `data` (a file or folder), with the command's other options (`--only`,
   * `--details`…; each evaluation reads those it knows). Throws SitrepError('usage') on unreadable data.
   */
  run(data: string, io: CliIO, options?: EvaluationOptions): Promise<EvaluationResult>;
}
