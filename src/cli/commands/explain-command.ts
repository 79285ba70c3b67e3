// `sitrep explain <article-id | file>`: show one article with every span marked by layer, or its JSON with --json.
import { existsSync } from 'node:fs';
import type { Article } from '../../article/article.ts';
import { isLayerName, type LayerName } from '../../article/span.ts';
import { SitrepError, usageError } from '../../errors/catalogue.ts';
import { explainFile } from '../../services/explain-service.ts';
import { defaultPipeline } from '../../stages/default-pipeline.ts';
import { isPostgresUrl, openStore } from '../../storage/open-store.ts';
import { stringOption, type Command } from '../command.ts';
import type { CliIO } from '../cli-io.ts';
import { dbPath } from './db-option.ts';
import { renderArticle, renderHeader } from './explain-format.ts';
import { explainPlaces } from '../../stages/places/explain-places.ts';

export const explainCommand: Command = {
  name: 'explain',
  summary: 'Show an article (stored id, or a file run in memory) with every span marked by layer',
  usage: 'sitrep explain <article-id | file> [--json] [--layers actors,dates,…] [--published YYYY-MM-DD] [--color | --no-color] [--db PATH]\n  colour: on a terminal unless NO_COLOR is set (--color and --no-color decide first)',
  options: {
    json: { type: 'boolean' },
    layers: { type: 'string' },
    published: { type: 'string' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
  },
  allowPositionals: true,
  async run(args, io) {
    const [target, ...extra] = args.positionals;
    if (!target || extra.length) throw usageError('explain needs exactly one article id or file');
    const layers = parseLayers(stringOption(args, 'layers'));
    const published = stringOption(args, 'published');
    if (published !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(published)) throw usageError(`--published must be YYYY-MM-DD, got "${published}"`);
    const found = existsSync(target) ? await fromFile(target, published, io) : await fromStore(target, args, io);
    const colour = colourWanted(Boolean(args.values.color), Boolean(args.values['no-color']), io);
    for (const { origin, article } of found) {
      if (args.values.json) io.stdout(`${JSON.stringify({ origin, ...article })}\n`);
      else io.stdout(`${renderHeader(article, origin)}${renderArticle(article, { colour, layers })}\n${placesBlock(article, layers)}`);
    }
    return 0;
  },
};

/** For each place, the readings considered and why the chosen one won (see stages/places/explain-places.ts). */
function placesBlock(article: Article, layers: readonly LayerName[] | undefined): string {
  if (layers && !layers.includes('places')) return '';
  const lines = explainPlaces(article);
  return lines.length ? `\nplaces, with the readings considered:\n${lines.join('\n')}\n` : '';
}

/** --no-color, else --color, else NO_COLOR (set and not empty: no colour, see no-color.org), else whether stdout is a terminal. */
export function colourWanted(color: boolean, noColor: boolean, io: Pick<CliIO, 'env' | 'stdoutIsTTY'>): boolean {
  if (noColor) return false;
  if (color) return true;
  if (io.env.NO_COLOR) return false;
  return io.stdoutIsTTY ?? false;
}

function parseLayers(text: string | undefined): LayerName[] | undefined {
  if (text === undefined) return undefined;
  const names = text.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !isLayerName(n));
  if (unknown.length) throw usageError(`unknown layer(s): ${unknown.join(', ')}`);
  return names as LayerName[];
}

async function fromFile(path: string, published: string | undefined, io: CliIO): Promise<Array<{ origin: string; article: Article }>> {
  const { articles, unreadable } = await explainFile(path, defaultPipeline({ now: io.now }), { published });
  for (const line of unreadable) io.stderr(`sitrep: ${line}\n`);
  for (const a of articles) for (const f of a.failures) io.stderr(`sitrep: ${a.origin}: stage failed: ${f}\n`);
  if (articles.length === 0 && unreadable.length === 0) io.stderr(`sitrep: ${path}: no article text found\n`);
  return articles;
}

async function fromStore(id: string, args: Parameters<Command['run']>[0], io: CliIO): Promise<Array<{ origin: string; article: Article }>> {
  const db = dbPath(args, io);
  if (!isPostgresUrl(db) && db !== ':memory:' && !existsSync(db)) throw new SitrepError('not_found', `no file ${id}, and no store at ${db} to look up a stored article (pass --db)`);
  const store = await openStore(db);
  try {
    const article = await store.getArticle(id);
    if (!article) throw new SitrepError('not_found', `no file or stored article "${id}"`);
    return [{ origin: article.meta.url ?? article.documentId, article }];
  } finally {
    await store.close();
  }
}
