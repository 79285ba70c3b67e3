// `node test/hostile/worst-case/make-input.ts NAME BYTES FILE`: write one worst-case input to FILE. Run as a process of
// its own by run-case.ts, so the memory spent building the input (15 MiB of prose is built from 170,000 strings)
// is not counted in the peak resident memory of the process that ingests it.
import { writeFileSync } from 'node:fs';
import { WORST_CASES } from './corpus.ts';

const [name, bytes, file] = process.argv.slice(2);
const worst = WORST_CASES.find((c) => c.name === name);
if (!worst || !bytes || !file) {
  process.stderr.write('usage: make-input.ts NAME BYTES FILE\n');
  process.exit(2);
}
writeFileSync(file, worst.make(Number(bytes)));
