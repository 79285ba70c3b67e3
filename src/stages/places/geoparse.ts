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
  const seed = seedContext(options);
  const first = resolveMentions(g, recognizeMentions(g, text, options.focusCountries ?? []), seed);
  // Spelling variants ("Shurgat", "Haija") are only looked for inside the countries the article is about.
  const focus = focusCountries(first, options.focusCountries ?? []);
  if (!focus.length) return first;
  return resolveMentions(g, recognizeMentions(g, text, focus), seed);
}

/** The given focus, then countries named at least twice among resolved mentions, most named first. */
function focusCountries(resolutions: readonly Resolution[], given: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const r of resolutions) if (r.entry.countryCode) counts.set(r.entry.countryCode, (counts.get(r.entry.countryCode) ?? 0) + 1);
  return [...new Set([...given, ...[...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]).map(([cc]) => cc)])];
}

/** Resolve mentions someone else found (e.g. gold spans), with the same context rules. */
export function resolveGivenMentions(mentions: readonly Mention[], options: GeoparseOptions = {}): Resolution[] {
  const g = options.gazetteer ?? loadGazetteer();
  return resolveMentions(g, mentions, seedContext(options));
}
