// `npm run train [-- --exclude-fold A|B] [--exclude-set bbc] [--variant mention-only] [--out FILE] [--fold-models DIR] [--shared DIR]`:
// trains the relevance model from ../shared (news gold evidence, CASE 2021 snippets, scrapinghub and BBC
// pages) and writes data/models/relevance.json (or FILE). Deterministic: the same data gives the same bytes.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCorpus, type Fold, type SetName } from '../src/stages/relevance/corpus.ts';
import { DEFAULT_RELEVANCE_MODEL_PATH } from '../src/stages/relevance/model.ts';
import { trainRelevance, type Variant } from '../src/stages/relevance/train.ts';
import { serializeModel } from '../src/stages/relevance/serialize.ts';

const { values } = parseArgs({
  options: {
    'exclude-fold': { type: 'string' },
    'exclude-set': { type: 'string', multiple: true },
    variant: { type: 'string' },
    out: { type: 'string' },
    shared: { type: 'string' },
    'fold-models': { type: 'string' },
  },
});
const fold = values['exclude-fold'];
if (fold !== undefined && fold !== 'A' && fold !== 'B') throw new Error('--exclude-fold must be A or B');
const variant = (values.variant ?? 'mention+article') as Variant;
if (variant !== 'mention+article' && variant !== 'mention-only') throw new Error('--variant must be mention+article or mention-only');
const shared = values.shared ?? fileURLToPath(new URL('../../shared', import.meta.url));
const started = performance.now();
const log = (line: string) => process.stderr.write(`${line}\n`);
const pages = readCorpus({ shared, progress: (done, total) => { if (done % 500 === 0 || done === total) log(`read ${done}/${total} pages`); } });
log(`corpus read in ${((performance.now() - started) / 1000).toFixed(1)} s`);
const model = trainRelevance(pages, { excludeFold: fold as Fold | undefined, excludeSets: (values['exclude-set'] ?? []) as SetName[], variant, log });
const out = values.out ?? DEFAULT_RELEVANCE_MODEL_PATH;
const text = serializeModel(model);
writeFileSync(out, text);
log(`wrote ${out} (${(text.length / 1024).toFixed(0)} KB, ${model.mention.indices.length} mention weights) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
// --fold-models DIR: also the two models trained without one fold each, from the same corpus read, for
// `sitrep eval news --only A --model DIR/relevance-without-A.json` and `eval relevance --fold A …`.
if (values['fold-models']) {
  for (const excluded of ['A', 'B'] as const) {
    const path = join(values['fold-models'], `relevance-without-${excluded}.json`);
    writeFileSync(path, serializeModel(trainRelevance(pages, { excludeFold: excluded, excludeSets: (values['exclude-set'] ?? []) as SetName[], variant, log })));
    log(`wrote ${path}`);
  }
}
