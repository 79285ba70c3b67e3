// A fixed amount of single-threaded JavaScript work (string keys, maps, sorting: the kind of work the pipeline and
// the writer do); prints the CPU milliseconds it took. The workers bench runs it alone and two at once, to tell how
// much this machine's CPU time per unit of work grows when two processes run side by side (shared caches, memory
// bandwidth, a host's sibling hardware threads): growth that no change to sitrep can remove.
const started = process.cpuUsage();
let checksum = 0;
for (let round = 0; round < 40; round++) {
  const counts = new Map<string, number>();
  for (let i = 0; i < 200_000; i++) {
    const key = `k${(i * 7919) % 50_000}`;
    counts.set(key, (counts.get(key) ?? 0) + i);
  }
  const values = [...counts.values()].sort((a, b) => a - b);
  checksum = (checksum + values[values.length >> 1]!) % 1_000_003;
}
const used = process.cpuUsage(started);
process.stdout.write(`${JSON.stringify({ cpuMs: (used.user + used.system) / 1000, checksum })}\n`);
