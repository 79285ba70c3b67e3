// The side effects a command may use, passed in so tests can swap them.

export interface CliIO {
  readonly stdout: (text: string) => void;
  /** Like stdout, but resolves once the text is flushed (large outputs keep memory flat). Optional. */
  readonly stdoutAsync?: (text: string) => Promise<void>;
  readonly stderr: (text: string) => void;
  /** Whether stderr is an interactive terminal (progress is drawn only then). */
  readonly stderrIsTTY: boolean;
  /** Whether stdout is an interactive terminal (explain colours its output then); absent means no. */
  readonly stdoutIsTTY?: boolean;
  readonly env: NodeJS.ProcessEnv;
  readonly now: () => Date;
  /** Resolves when the user asks the process to stop (SIGINT/SIGTERM). */
  readonly stopSignal: AbortSignal;
  /** All of standard input (`sitrep ingest -`); rejects past maxBytes. Absent where there is none. */
  readonly readStdin?: (maxBytes: number) => Promise<Uint8Array>;
}

export function processIO(): CliIO {
  const controller = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => controller.abort());
  // A closed pipe (`sitrep events | head`) ends output quietly instead of crashing.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return {
    stdout: (text) => process.stdout.write(text),
    stdoutAsync: (text) => new Promise<void>((resolve, reject) => {
      process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
    }),
    stderr: (text) => process.stderr.write(text),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    now: () => new Date(),
    stopSignal: controller.signal,
    readStdin: async (maxBytes) => {
      const chunks: Buffer[] = [];
      let total = 0;
      for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > maxBytes) throw new Error(`standard input is over the ${maxBytes}-byte limit`);
        chunks.push(chunk);
      }
      return Buffer.concat(chunks, total);
    },
  };
}
