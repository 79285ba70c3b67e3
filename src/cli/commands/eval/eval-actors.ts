// `sitrep eval actors --data PLOVER_GSR_CAMEO.txt`: actor1/actor2 agreement with PLOVER's gold source and target actors.
import { readFile } from 'node:fs/promises';
import { createArticle, layer } from '../../../article/article.ts';
import { usageError } from '../../../errors/catalogue.ts';
import { defaultPipeline } from '../../../stages/default-pipeline.ts';
import { actorsAgree, actorsMatchExactly, guessActors, properNounPhrases } from './actor-heuristic.ts';
import { parsePlover } from './plover-data.ts';
import type { Evaluation } from './evaluation.ts';

const share = (n: number, d: number): number => (d ? n / d : 0);

export const actorsEvaluation: Evaluation = {
  name: 'actors',
  summary: 'actor1/actor2 agreement with PLOVER gold source/target actors (match: either text contains the other);',
  usage: '--data PLOVER_GSR_CAMEO.txt',
  async run(data, io) {
    let sentences;
    try {
      sentences = parsePlover(await readFile(data, 'utf8'));
    } catch (error) {
      throw usageError(`cannot read PLOVER data from ${data}: ${(error as Error).message}`);
    }
    const pipeline = defaultPipeline({ now: io.now });
    let withSource = 0, source = 0, withTarget = 0, target = 0, both = 0, fromLayer = 0, sourceExact = 0, targetExact = 0;
    for (const s of sentences) {
      const article = pipeline.run(createArticle({ id: s.id, documentId: s.id, text: s.text })).article;
      const spans = layer(article, 'actors').map((a) => ({ text: article.text.slice(a.start, a.end), start: a.start, end: a.end }));
      if (spans.length) fromLayer++;
      // Actor spans where a stage found them; proper-noun phrases fill in the actors it does not know (states, cities).
      const phrases = properNounPhrases(s.text).filter((p) => !spans.some((a) => p.start < a.end && a.start < p.end));
      const guess = guessActors(s.text, [...spans, ...phrases].sort((a, b) => a.start - b.start));
      const sourceOk = actorsAgree(guess.actor1, s.sources);
      const targetOk = actorsAgree(guess.actor2, s.targets);
      if (s.sources.length) { withSource++; if (sourceOk) source++; if (actorsMatchExactly(guess.actor1, s.sources)) sourceExact++; }
      if (s.targets.length) { withTarget++; if (targetOk) target++; if (actorsMatchExactly(guess.actor2, s.targets)) targetExact++; }
      if (s.sources.length && s.targets.length && sourceOk && targetOk) both++;
    }
    const withBoth = sentences.filter((s) => s.sources.length && s.targets.length).length;
    const json = {
      sentences: sentences.length,
      actor1_agreement: share(source, withSource),
      actor1_exact: share(sourceExact, withSource),
      actor1_items: withSource,
      actor2_agreement: share(target, withTarget),
      actor2_exact: share(targetExact, withTarget),
      actor2_items: withTarget,
      both_agreement: share(both, withBoth),
      both_items: withBoth,
      sentences_with_actor_spans: fromLayer,
      matching_rule: 'predicted and gold actor text agree when either contains the other, case-insensitive',
    };
    const text = [
      `sentences ${json.sentences} (actor spans from the actors layer in ${fromLayer}; proper-noun phrases fill in elsewhere)`,
      `actor1 (source) agreement ${json.actor1_agreement.toFixed(3)} over ${withSource} (exact text ${json.actor1_exact.toFixed(3)})`,
      `actor2 (target) agreement ${json.actor2_agreement.toFixed(3)} over ${withTarget} (exact text ${json.actor2_exact.toFixed(3)})`,
      `both agree ${json.both_agreement.toFixed(3)} over ${withBoth}`,
      `matching rule: ${json.matching_rule}`,
      '',
    ].join('\n');
    return { json, text };
  },
};
