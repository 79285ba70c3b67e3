// The shape of one benchmark run by `npm run bench`: it measures, returns figures and a printable table.

export interface BenchmarkResult {
  /** Figures written to bench/results/<name>.json. */
  readonly figures: Record<string, unknown>;
  /** Rows for the printed table: [label, value]. */
  readonly rows: ReadonlyArray<readonly [string, string]>;
}

export interface Benchmark {
  readonly name: string;
  /** Returns null (with a reason on stderr) when its data is absent, e.g. ../shared missing. */
  run(): Promise<BenchmarkResult | null>;
}
