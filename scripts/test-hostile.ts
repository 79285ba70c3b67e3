// `npm run test:hostile [-- --long] [-- --report]`: the hostile-input suite alone; --long runs 10× more generated inputs,
// --report regenerates docs/reliability.md from the figures the run recorded.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const figuresDir = join(root, 'test-artifacts', 'hostile');
rmSync(figuresDir, { recursive: true, force: true });
mkdirSync(figuresDir, { recursive: true });
/** The suite: test/hostile/ plus the hostile tests that live beside the code they attack. */
const BESIDE_THE_CODE = [
  'src/stages/fetch/ssrf.test.ts',
  'src/stages/fetch/address-policy.test.ts',
  'src/services/acled-csv.test.ts',
  'src/services/ingest/interrupt.test.ts',
  'test/watch.test.ts',
  'src/stages/fetch/hostile-server.test.ts',
  'src/stages/fetch/feeds.test.ts',
  'test/workers/worker-kill.test.ts',
  'test/cli-ingest.test.ts',
];
const files = [
  ...readdirSync(join(root, 'test/hostile')).filter((f) => f.endsWith('.test.ts')).sort().map((f) => join('test/hostile', f)),
  ...BESIDE_THE_CODE,
];
if (files.length === 0) {
  process.stderr.write('no hostile test files found\n');
  process.exit(1);
}
const junit = join(figuresDir, 'junit.xml');
// GNU time, when present, reports the peak resident memory of the largest process the suite ran.
const rssFile = join(figuresDir, 'maxrss-kb.txt');
const timed = existsSync('/usr/bin/time');
const run = spawnSync(timed ? '/usr/bin/time' : process.execPath, [
  ...(timed ? ['-f', '%M', '-o', rssFile, process.execPath] : []),
  '--test', '--test-concurrency=1',
  '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=junit', `--test-reporter-destination=${junit}`,
  ...files,
], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TZ: 'UTC', SITREP_HOSTILE_SUITE: '1', SITREP_HOSTILE_LONG: args.includes('--long') ? '1' : '0' },
});
if (args.includes('--report')) {
  const xml = readFileSync(junit, 'utf8');
  const cases = [...xml.matchAll(/<testcase name="([^"]*)"[^>]*?(\/>|>([\s\S]*?)<\/testcase>)/g)];
  const failed = cases.filter((c) => /<failure/.test(c[3] ?? '')).length;
  const named = (re: RegExp) => cases.filter((c) => re.test(c[1]!)).length;
  writeFileSync(join(figuresDir, 'suite.json'), `${JSON.stringify({
    name: 'suite',
    tests: cases.length,
    failed,
    ssrf_patterns_refused_with_no_connection: named(/and the server sees no connection/),
    peak_rss_mb_of_largest_process: timed && existsSync(rssFile) ? Math.round(Number(readFileSync(rssFile, 'utf8').trim()) / 1024) : null,
    files,
  }, null, 2)}\n`);
  const figures = readdirSync(figuresDir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(readFileSync(join(figuresDir, f), 'utf8')) as Record<string, unknown>);
  const docPath = join(root, 'docs/reliability.md');
  const doc = readFileSync(docPath, 'utf8');
  const marker = '<!-- figures -->';
  const table = figures.map((f) => `### ${f.name}\n\n${Object.entries(f).filter(([k]) => k !== 'name').map(([k, v]) => `- ${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`).join('\n')}\n`).join('\n');
  const head = doc.includes(marker) ? doc.slice(0, doc.indexOf(marker)) : `${doc.trimEnd()}\n\n`;
  writeFileSync(docPath, `${head}${marker}\n\`peak_rss_mb_of_largest_process\` is the largest process of the whole suite, Chromium and the property tests included, not the bomb handling.\n\n## Figures from the last run (${args.includes('--long') ? 'long' : 'CI-size'}, exit code ${run.status})\n\n${table}`);
  process.stdout.write(`wrote ${docPath}\n`);
}
process.exit(run.status ?? 1);
