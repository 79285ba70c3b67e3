// Starting `sitrep serve` on a free loopback port for browser tests, and launching Debian's Chromium.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { REPO_ROOT } from '../helpers.ts';

export const CHROMIUM = process.env.SITREP_CHROMIUM ?? '/usr/bin/chromium';

/** A skip reason when Chromium is missing, else false. */
export function skipWithoutChromium(): string | false {
  return existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM} (apt-get install chromium); .ci/run installs it`;
}

export interface RunningServer {
  readonly url: string;
  readonly process: ChildProcess;
}

/** Start `sitrep serve --port 0` with extra args; resolves with the URL it prints. */
export function startServer(args: readonly string[]): Promise<RunningServer> {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'src/cli/main.ts'), 'serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /serving (http:\/\/[^\s]+)/.exec(out);
      if (m) resolve({ url: m[1]!.replace(/\/$/, ''), process: child });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    setTimeout(() => reject(new Error('server did not start in 60 s')), 60_000);
  });
}

/** Launch headless Chromium with the flags this closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
