// The geoparser as plain functions: find place mentions in a text and resolve them (used by the stage and the eval).
import { loadGazetteer, type Gazetteer } from './gazetteer.ts';
import { placeStrength, recognizeMentions } from './recognize.ts';
import { type PeopleNamed, peopleNamed, withoutPeople } from './person-names.ts';
import { type ArticleContext, type Mention, type Resolution, type ResolveOptions, resolveMentions } from './resolve.ts';
import type { Ranker } from './ranker.ts';
import { cuedNamesBefore, typedNames } from './typed-mentions.ts';
import { CHILD_THEN_CONTAINER } from './hierarchy.ts';

export interface GeoparseOptions {
  /** ISO codes of countries the article is known to be about (dateline, outlet home). */
  readonly focusCountries?: readonly string[];
  readonly gazetteer?: Gazetteer;
  /** Keep the readings considered for each mention, with the parts of their scores (for `sitrep explain`). */
  readonly explain?: boolean;
  /** The weights that score readings (default: the committed model). */
  readonly ranker?: Ranker;
}

function seedContext(options: GeoparseOptions): ArticleContext | undefined {
  if (!options.focusCountries?.length) return undefined;
  return { countries: new Map(options.focusCountries.map((cc) => [cc, 1])), admin1: new Map(), points: [] };
}

/**
 * The recognised mentions, with the kind words the text gives them, plus typed names the
 * gazetteer lacks ("Narin village") and unknown names the text puts inside a place ("in Kainuwa
 * near the Gashigar area"), in text order.
 */
export function findMentions(
  g: Gazetteer, text: string, focus: readonly string[], people: PeopleNamed = peopleNamed(text), typed: readonly Mention[] = typedNames(g, text),
): Mention[] {
  // A surname the text gives a person ("John Bolton said … Bolton") is not a place; countries and provinces stay.
  const recognized = withoutPeople(text, recognizeMentions(g, text, focus), (phrase) => placeStrength(g, phrase) === 'country' || placeStrength(g, phrase) === 'area', people);
  const merged: Mention[] = [...recognized];
  for (const t of typed) {
    const overlapping = merged.filter((m) => m.start < t.end && t.start < m.end);
    const same = overlapping.find((m) => m.start === t.start && m.end >= t.end);
    if (same && !same.kind) merged[merged.indexOf(same)] = { ...same, kind: t.kind ?? null };
    else if (!same && overlapping.every((m) => t.start <= m.start && m.end <= t.end)) {
      // The typed name holds shorter known names ("Pa Zi Gyi Village" holds "Pa"): the whole name is the place.
      for (const m of overlapping) merged.splice(merged.indexOf(m), 1);
      merged.push(t);
    }
  }
  merged.sort((a, b) => a.start - b.start);
  merged.push(...cuedNamesBefore(text, merged, CHILD_THEN_CONTAINER));
  return merged.sort((a, b) => a.start - b.start);
}

/** Recognise and resolve every place mention in `text`; unresolvable mentions are dropped. */
export function geoparseText(text: string, options: GeoparseOptions = {}): Resolution[] {
  const g = options.gazetteer ?? loadGazetteer();
  const seed = seedContext(options);
  const resolveOptions = { text, explain: options.explain === true, ranker: options.ranker };
  // Neither depends on the focus: found once for both passes.
  const people = peopleNamed(text);
  const typed = typedNames(g, text);
  const firstMentions = findMentions(g, text, options.focusCountries ?? [], people, typed);
  const first = resolveMentions(g, firstMentions, seed, { text, ranker: options.ranker });
  // Spelling variants ("Shurgat", "Haija") are only looked for inside the countries the article is about.
  const focus = focusCountries(first, options.focusCountries ?? []);
  if (!focus.length) return options.explain ? resolveMentions(g, findMentions(g, text, [], people, typed), seed, resolveOptions) : first;
  const mentions = findMentions(g, text, focus, people, typed);
  // Resolution is a function of the mentions (same seed, text and ranker): when the focus found no other
  // mention, as it mostly does not, the first pass's answer is the second's.
  if (!options.explain && sameMentions(mentions, firstMentions)) return first;
  return resolveMentions(g, mentions, seed, resolveOptions);
}

function sameMentions(a: readonly Mention[], b: readonly Mention[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.start !== y.start || x.end !== y.end || x.phrase !== y.phrase || x.kind !== y.kind) return false;
  }
  return true;
}

/** The given focus, then countries named at least twice among resolved mentions, most named first. */
function focusCountries(resolutions: readonly Resolution[], given: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const r of resolutions) if (r.entry.countryCode && !r.unlisted) counts.set(r.entry.countryCode, (counts.get(r.entry.countryCode) ?? 0) + 1);
  return [...new Set([...given, ...[...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]).map(([cc]) => cc)])];
}

/** Resolve mentions someone else found and vouches are places (e.g. gold spans), with the same context rules; `text` enables the admin hierarchy and locates names the gazetteer lacks. Resolutions come in text order. */
export function resolveGivenMentions(mentions: readonly Mention[], options: GeoparseOptions & Pick<ResolveOptions, 'text' | 'observe'> = {}): Resolution[] {
  const g = options.gazetteer ?? loadGazetteer();
  // The hierarchy reads neighbours in the text ("NEWARK, N.J."): mentions are resolved in text order,
  // and `observe` still hears the caller's index.
  const order = mentions.map((_, i) => i).sort((a, b) => mentions[a]!.start - mentions[b]!.start || mentions[a]!.end - mentions[b]!.end);
  const observe = options.observe;
  return resolveMentions(g, order.map((i) => mentions[i]!), seedContext(options), {
    text: options.text, explain: options.explain === true, ranker: options.ranker, vouched: true,
    observe: observe ? (i, candidates, features, inContext) => observe(order[i]!, candidates, features, inContext) : undefined,
  });
}
