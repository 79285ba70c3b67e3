// `sitrep eval <name> --data PATH [--json]`: run a benchmark evaluation and print its figures.
import { usageError } from '../../errors/catalogue.ts';
import { stringOption, type Command } from '../command.ts';
import { EVALUATIONS } from './eval/index.ts';
import { resolve } from 'node:path';
import { selectRelevanceModel } from '../../stages/relevance/model.ts';

export const evalCommand: Command = {
  name: 'eval',
  summary: 'Evaluate a stage on a benchmark data set (figures as text, or JSON with --json)',
  get usage() {
    return ['sitrep eval <name> --data PATH [--json] [--only A|B] [--details] [--ranker FILE|hand] [--model FILE|none]', ...EVALUATIONS.map((e) => `  ${e.name}: ${e.summary} ${e.usage}`)].join('\n');
  },
  options: { data: { type: 'string' }, json: { type: 'boolean' }, only: { type: 'string' }, details: { type: 'boolean' }, ranker: { type: 'string' }, model: { type: 'string' }, fold: { type: 'string' } },
  allowPositionals: true,
  async run(args, io) {
    const [name] = args.positionals;
    const evaluation = EVALUATIONS.find((e) => e.name === name);
    if (!evaluation) {
      throw usageError(`eval needs one of: ${EVALUATIONS.map((e) => e.name).join(', ') || '(none yet)'}`);
    }
    const data = stringOption(args, 'data');
    if (!data) throw usageError(`eval ${name} needs --data PATH`);
    // --model: the relevance model the events stage gates mentions with (a file made by `npm run train`, or none).
    const model = stringOption(args, 'model');
    if (model) {
      try {
        selectRelevanceModel(model === 'none' ? model : resolve(model));
      } catch (error) {
        throw usageError(`--model ${model}: ${(error as Error).message}`);
      }
    }
    const { data: _data, json: _json, model: _model, ...options } = args.values as Record<string, string | boolean | undefined>;
    const result = await evaluation.run(data, io, options);
    io.stdout(args.values.json ? `${JSON.stringify(result.json)}\n` : result.text);
    return 0;
  },
};
