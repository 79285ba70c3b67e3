// `npm run train:places [-- --train tr-news,lgl] [--cross] [--prior zero|hand] [--l2 X] [--shared DIR] [--out FILE]`: train the places ranker from ../shared, deterministically.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readGeoparseDocs } from '../src/cli/commands/eval/eval-geoparse.ts';
import { DEFAULT_RANKER_PATH, HAND_RANKER, type RankerFile } from '../src/stages/places/ranker.ts';
import { accuracyGivenSpans, type GeoparseDoc, namedWeights, trainRanker } from './train/places-ranker.ts';

const SETS = { 'tr-news': 'tr-news.jsonl', lgl: 'lgl.jsonl' } as const;
type SetName = keyof typeof SETS;

const { values } = parseArgs({
  options: {
    train: { type: 'string', default: 'tr-news,lgl' },
    cross: { type: 'boolean', default: false },
    shared: { type: 'string', default: fileURLToPath(new URL('../../shared/', import.meta.url)) },
    out: { type: 'string' },
    prior: { type: 'string', default: 'zero' },
    l2: { type: 'string', default: '0.01' },
  },
});
const trainOn = values.train!.split(',').map((s) => s.trim()) as SetName[];
if (!trainOn.length || trainOn.some((s) => !(s in SETS))) {
  process.stderr.write(`--train takes a comma-separated list of ${Object.keys(SETS).join(', ')}\n`);
  process.exit(2);
}
const sets = new Map<SetName, GeoparseDoc[]>();
for (const name of Object.keys(SETS) as SetName[]) sets.set(name, await readGeoparseDocs(join(values.shared!, 'bench/geoparsing', SETS[name])));
if (values.prior !== 'zero' && values.prior !== 'hand') {
  process.stderr.write('--prior is zero (plain L2) or hand (the penalty pulls towards the hand weights)\n');
  process.exit(2);
}
const fitOptions = { l2: Number(values.l2), ...(values.prior === 'hand' ? { prior: HAND_RANKER.weights } : {}) };
const started = performance.now();

if (values.cross) {
  // Each direction: trained on one set, scored on the other (given the gold spans), beside the hand weights.
  for (const [from, to] of [['lgl', 'tr-news'], ['tr-news', 'lgl']] as const) {
    const { ranker } = trainRanker(sets.get(from)!, from, fitOptions);
    const hand = accuracyGivenSpans(sets.get(to)!, HAND_RANKER);
    const learned = accuracyGivenSpans(sets.get(to)!, ranker);
    process.stdout.write(`trained on ${from}, scored on ${to}: acc@161 given gold spans hand ${hand.toFixed(3)}, learned ${learned.toFixed(3)}\n`);
  }
}

const docs = trainOn.flatMap((name) => sets.get(name)!);
const { ranker, loss, examples } = trainRanker(docs, trainOn.join(' + '), fitOptions);
const file: RankerFile = {
  kind: 'places-ranker',
  trainedOn: trainOn.map((name) => `../shared/bench/geoparsing/${SETS[name]}`),
  madeBy: `npm run train:places -- --train ${trainOn.join(',')} --prior ${values.prior} --l2 ${values.l2}`,
  examples,
  loss: Math.round(loss * 1e4) / 1e4,
  weights: namedWeights(ranker.weights),
  alone: namedWeights(ranker.alone ?? ranker.weights),
};
const out = resolve(values.out ?? DEFAULT_RANKER_PATH);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`);
process.stdout.write(`wrote ${out}: ${examples} mentions with a choice, loss ${loss.toFixed(3)}, in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
