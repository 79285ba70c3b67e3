// The model file's text: JSON with the weight arrays on single lines, so a diff of two trainings stays readable.
import type { RelevanceModelFile } from './model.ts';

export function serializeModel(model: RelevanceModelFile): string {
  const { mention, ...rest } = model;
  const head = JSON.stringify(rest, null, 2).replace(/\n}$/, '');
  return `${head},\n  "mention": {\n    "indices": ${JSON.stringify(mention.indices)},\n    "weights": ${JSON.stringify(mention.weights)}\n  }\n}\n`;
}
