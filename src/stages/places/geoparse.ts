// The geoparser as plain functions: find place mentions in a text and resolve them (used by the stage and the eval).
import { loadGazetteer, type Gazetteer } from './gazetteer.ts';
import { recognizeMentions } from './recognize.ts';
import { type ArticleContext, type Mention, type Resolution, resolveMentions } from './resolve.ts';

export interface GeoparseOptions {
  /** ISO codes of countries the article is known to be about (dateline, outlet home). */
  readonly focusCountries?: readonly string[];
  readonly gazetteer?: Gazetteer;
}

function seedContext(options: GeoparseOptions): ArticleContext | undefined {
  if (!options.focusCountries?.length) return undefined;
  return { countries: new Map(options.focusCountries.map((cc) => [cc, 1])), admin1: new Map(), points: [] };
}

/** Recognise and resolve every place mention in `text`; unresolvable mentions are dropped. */
export function geoparseText(text: string, options: GeoparseOptions = {}): Resolution[] {
  const g = options.gazetteer ?? loadGazetteer();
  return resolveMentions(g, recognizeMentions(g, text), seedContext(options));
}

/** Resolve mentions someone else found (e.g. gold spans), with the same context rules. */
export function resolveGivenMentions(mentions: readonly Mention[], options: GeoparseOptions = {}): Resolution[] {
  const g = options.gazetteer ?? loadGazetteer();
  return resolveMentions(g, mentions, seedContext(options));
}
