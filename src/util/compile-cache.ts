// Node's on-disk compile cache for this process and the worker threads and processes it starts. Every
// worker thread (and every `sitrep worker` process) otherwise strips the TypeScript of every module it loads
// and compiles it again: about 0.3-0.5 s of CPU and 30 MB of memory (the type stripper) per thread at start-up.
import module from 'node:module';

/**
 * Enable the compile cache (in Node's default place, or NODE_COMPILE_CACHE) and pass it on through the
 * environment, which worker threads and child processes read at their start. NODE_DISABLE_COMPILE_CACHE=1
 * turns it off. Modules imported before this call are not cached: call it first, then import the rest.
 */
export function enableCompileCache(): void {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return;
  try {
    const result = module.enableCompileCache?.();
    if (result?.directory && !process.env.NODE_COMPILE_CACHE) process.env.NODE_COMPILE_CACHE = result.directory;
  } catch {
    // A cache that cannot be used (a read-only temporary directory) only costs start-up time.
  }
}
