// `sitrep eval events --data FILE.tsv`: the event typer on CASE 2021 task 2 snippets (id, EventSnippet, SubType).
import { readFile } from 'node:fs/promises';
import { usageError } from '../../../errors/catalogue.ts';
import { classifyReport } from '../../../stages/events/typing/classify-event.ts';
import { ACLED_CASE_LABELS, isCaseLabel } from '../../../stages/events/typing/case-labels.ts';
import { classificationFigures, confusions, weightedF1 } from '../../../util/classification-metrics.ts';
import type { Evaluation } from './evaluation.ts';

interface Snippet {
  readonly id: string;
  readonly text: string;
  readonly gold: string;
}

/** Parse the CASE 2021 TSV layout; throws a usage error when the header lacks its columns. */
export function parseCaseTsv(tsv: string): Snippet[] {
  const [header, ...lines] = tsv.split(/\r?\n/).filter((l) => l.trim() !== '');
  const columns = (header ?? '').split('\t');
  const [idAt, textAt, goldAt] = ['id', 'EventSnippet', 'SubType'].map((c) => columns.indexOf(c));
  if (idAt! < 0 || textAt! < 0 || goldAt! < 0) throw usageError('expected a TSV with columns id, EventSnippet, SubType');
  return lines.map((line) => {
    const cells = line.split('\t');
    return { id: cells[idAt!]!, text: cells[textAt!] ?? '', gold: (cells[goldAt!] ?? '').trim() };
  });
}

const pct = (x: number): string => x.toFixed(3);

export const eventsEvaluation: Evaluation = {
  name: 'events',
  summary: 'event typing on CASE 2021 task 2 snippets (30 labels);',
  usage: '--data case2021-task2-dev.tsv',
  async run(data) {
    let tsv: string;
    try {
      tsv = await readFile(data, 'utf8');
    } catch (error) {
      throw usageError(`cannot read ${data}: ${(error as Error).message}`);
    }
    const snippets = parseCaseTsv(tsv);
    const unknown = snippets.find((s) => !isCaseLabel(s.gold));
    if (unknown) throw usageError(`unknown label ${unknown.gold} (snippet ${unknown.id})`);
    const gold = snippets.map((s) => s.gold);
    const predicted = snippets.map((s) => classifyReport(s.text).label);
    const figures = classificationFigures(gold, predicted);
    const acled = Object.keys(ACLED_CASE_LABELS);
    const json = {
      snippets: snippets.length,
      accuracy: figures.accuracy,
      weighted_f1: weightedF1(figures),
      weighted_f1_acled25: weightedF1(figures, acled),
      per_label: figures.perLabel,
      confusions: confusions(gold, predicted).slice(0, 30),
    };
    const text = [
      `snippets ${json.snippets}  accuracy ${pct(json.accuracy)}  weighted F1 (all labels) ${pct(json.weighted_f1)}  weighted F1 (25 ACLED labels) ${pct(json.weighted_f1_acled25)}`,
      '',
      `${'label'.padEnd(30)} ${'prec'.padStart(6)} ${'rec'.padStart(6)} ${'F1'.padStart(6)} ${'gold'.padStart(5)} ${'pred'.padStart(5)}`,
      ...figures.perLabel.map((r) =>
        `${r.label.padEnd(30)} ${pct(r.precision).padStart(6)} ${pct(r.recall).padStart(6)} ${pct(r.f1).padStart(6)} ${String(r.support).padStart(5)} ${String(r.predicted).padStart(5)}`),
      '',
      'most frequent confusions (gold → predicted):',
      ...json.confusions.slice(0, 15).map(([pair, n]) => `  ${String(n).padStart(3)}  ${pair}`),
      '',
    ].join('\n');
    return { json, text };
  },
};
