// Speed of the language layer (segment, actors, dates, quantities, sources) against compromise's entity finders, on the seeds repeated to 1 MB.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createArticle, type Article } from '../../src/article/article.ts';
import { defaultContext, type Stage } from '../../src/pipeline/stage.ts';
import { tidyText } from '../../src/stages/clean/clean-text.ts';
import { segmentStage } from '../../src/stages/segment/index.ts';
import { actorsStage } from '../../src/stages/actors/index.ts';
import { datesStage } from '../../src/stages/dates/index.ts';
import { quantitiesStage } from '../../src/stages/quantities/index.ts';
import { sourcesStage } from '../../src/stages/sources/index.ts';
import type { Benchmark } from '../benchmark.ts';

const SEEDS = new URL('../../../shared/corpus/seeds/', import.meta.url);
const TARGET_BYTES = 1_000_000;
/** Passes of the language layer over the corpus; the mean is reported. */
const PASSES = 20;

function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/** The seed texts, tidied, repeated in turn until their total size reaches `bytes`. */
function corpus(bytes: number): string[] {
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => tidyText(readFileSync(new URL(f, SEEDS), 'utf8')));
  const docs: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const text = seeds[i % seeds.length]!;
    docs.push(text);
    size += Buffer.byteLength(text);
  }
  return docs;
}

function runLanguage(docs: readonly string[], stages: readonly Stage[], perStage: Map<string, number>): number {
  let spans = 0;
  docs.forEach((text, i) => {
    let article: Article = createArticle({ id: `b${i}`, documentId: 'bench', text, meta: { published: '2019-03-01' } });
    for (const stage of stages) {
      const t0 = performance.now();
      article = stage.apply(article, defaultContext);
      perStage.set(stage.id, (perStage.get(stage.id) ?? 0) + performance.now() - t0);
    }
    for (const name of ['actors', 'dates', 'quantities', 'sources'] as const) spans += article.layers[name]?.length ?? 0;
  });
  return spans;
}

type Compromise = typeof import('compromise').default;

function runCompromise(nlp: Compromise, docs: readonly string[]): number {
  let found = 0;
  for (const text of docs) {
    const doc = nlp(text);
    found += doc.people().length + doc.places().length + doc.organizations().length;
  }
  return found;
}

/** Run `work` once; its result with the CPU seconds (user + system) and wall seconds it took. */
function measure<T>(work: () => T): { result: T; cpu: number; wall: number } {
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  const result = work();
  const cpu = process.cpuUsage(cpu0);
  return { result, cpu: (cpu.user + cpu.system) / 1e6, wall: (performance.now() - wall0) / 1000 };
}

const benchmark: Benchmark = {
  name: 'language',
  async run() {
    if (!existsSync(SEEDS)) {
      process.stderr.write(`language: seed corpus not found at ${SEEDS.pathname}; skipped\n`);
      return null;
    }
    const docs = corpus(TARGET_BYTES);
    const words = docs.reduce((n, d) => n + countWords(d), 0);
    const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
    const stages = [segmentStage(), actorsStage(), datesStage(), quantitiesStage(), sourcesStage()];
    // Warm-up, not measured: one full pass of the language layer (its run is short, so without it
    // the JIT's first pass dominates); compromise gets 20 documents below (its run lasts many seconds).
    runLanguage(docs, stages, new Map());

    // The machine is shared and its load swings, so the CPU time (user + system) of this process is
    // the figure compared; wall time is reported beside it. One pass of the language layer is short
    // (a fraction of a second) and one of compromise lasts seconds, so the language layer makes
    // PASSES passes and its mean is compared: both are then exposed to the load over similar spans.
    const perStage = new Map<string, number>();
    const language = { cpu: 0, wall: 0, spans: 0 };
    for (let r = 0; r < PASSES; r++) {
      const m = measure(() => runLanguage(docs, stages, perStage));
      language.cpu += m.cpu / PASSES; language.wall += m.wall / PASSES; language.spans = m.result;
    }
    for (const [id, ms] of perStage) perStage.set(id, ms / PASSES);
    // compromise is loaded only now: its lexicon would otherwise sit in the heap the language layer
    // is measured in, each slowing the other's garbage collection.
    const nlp = (await import('compromise')).default;
    runCompromise(nlp, docs.slice(0, 20));
    const compromise = measure(() => runCompromise(nlp, docs));

    const languageRate = words / language.cpu;
    const compromiseRate = words / compromise.cpu;
    const stageShare = Object.fromEntries([...perStage].map(([id, ms]) => [id, Math.round(ms)]));
    return {
      figures: {
        bytes, words, documents: docs.length,
        languageWordsPerCpuSecond: Math.round(languageRate), languageCpuSeconds: language.cpu, languageWallSeconds: language.wall,
        languageSpans: language.spans, stageWallMilliseconds: stageShare,
        compromiseWordsPerCpuSecond: Math.round(compromiseRate), compromiseCpuSeconds: compromise.cpu, compromiseWallSeconds: compromise.wall,
        compromiseEntities: compromise.result,
        ratio: Number((languageRate / compromiseRate).toFixed(1)),
        wallRatio: Number(((words / language.wall) / (words / compromise.wall)).toFixed(1)),
      },
      rows: [
        ['input', `${(bytes / 1e6).toFixed(2)} MB, ${words} words, ${docs.length} documents (seeds repeated)`],
        ['language layer words/CPU-s', `${Math.round(languageRate)} (cpu ${language.cpu.toFixed(2)} s, wall ${language.wall.toFixed(2)} s, ${language.spans} spans)`],
        ['  per stage wall ms', Object.entries(stageShare).map(([k, v]) => `${k} ${v}`).join(', ')],
        ['compromise people/places/orgs words/CPU-s', `${Math.round(compromiseRate)} (cpu ${compromise.cpu.toFixed(2)} s, wall ${compromise.wall.toFixed(2)} s, ${compromise.result} entities)`],
        ['ratio, CPU time (target >= 30x)', `${(languageRate / compromiseRate).toFixed(1)}x`],
        ['ratio, wall time', `${((words / language.wall) / (words / compromise.wall)).toFixed(1)}x`],
      ],
    };
  },
};

export default benchmark;
