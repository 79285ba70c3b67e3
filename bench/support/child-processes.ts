// Child processes for benchmarks: `sitrep serve` on a free loopback port, and CLI runs that report their peak RSS.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

/** The Node options the `sitrep` executable runs with (its shebang line), for children that should run as it does. */
export function sitrepNodeFlags(): string[] {
  const shebang = readFileSync(MAIN, 'utf8').split('\n', 1)[0]!;
  return /^#!\S*env -S node (.+)$/.exec(shebang)?.[1]!.trim().split(/\s+/) ?? [];
}
// Preloaded into the child: print the process's peak resident set size (KiB) on exit.
const REPORT_MAX_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('max-rss-kib='+process.resourceUsage().maxRSS+'\\n'))`;

export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Peak resident set size of the server so far, in MiB (from /proc; null where unavailable). */
  peakRssMiB(): number | null;
  stop(): Promise<void>;
}

/** Start `sitrep serve --db DB --port 0` and resolve once it prints its address. */
export function startServer(db: string, env: NodeJS.ProcessEnv = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...sitrepNodeFlags(), MAIN, 'serve', '--db', db, '--port', '0', '--host', '127.0.0.1'], {
    env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (d: Buffer) => { err += d; });
    child.once('exit', (code) => reject(new Error(`sitrep serve exited with ${code}: ${err}`)));
    child.stdout!.on('data', (d: Buffer) => {
      out += d;
      const match = /serving (http:\/\/\S+?)\/? /.exec(out);
      if (!match) return;
      child.removeAllListeners('exit');
      resolve({
        url: match[1]!.replace(/\/$/, ''),
        child,
        peakRssMiB: () => procPeakRss(child.pid!),
        stop: () => new Promise<void>((done) => { child.once('exit', () => done()); child.kill('SIGTERM'); }),
      });
    });
  });
}

function procPeakRss(pid: number): number | null {
  try {
    const kib = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kib ? Number(kib) / 1024 : null;
  } catch {
    return null;
  }
}

/** Run `sitrep ARGS…`; resolves with the exit code, wall seconds and peak RSS in MiB. */
export function runCliMeasured(args: readonly string[]): Promise<{ code: number | null; seconds: number; peakRssMiB: number | null; stderr: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, [...sitrepNodeFlags(), '--import', REPORT_MAX_RSS, MAIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => { stderr += d; });
  return new Promise((resolve) => {
    child.once('exit', (code) => {
      const kib = /max-rss-kib=(\d+)/.exec(stderr)?.[1];
      resolve({ code, seconds: (performance.now() - started) / 1000, peakRssMiB: kib ? Number(kib) / 1024 : null, stderr: stderr.replace(/max-rss-kib=\d+\n/, '') });
    });
  });
}
