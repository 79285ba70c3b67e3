// Resolves place mentions to gazetteer entries, using the article's other mentions and its own admin hierarchy as context.
import type { Gazetteer, GazetteerEntry } from './gazetteer.ts';
import { type Candidate, lookupCandidates, partialCandidates, splitAreaSuffix } from './lookup.ts';
import { foldedKey, withinOneEdit } from './fold-name.ts';
import { colocationSupport } from './colocation.ts';
import { type ContainerLink, containerLinks } from './hierarchy.ts';
import { type ArticleContext, candidateFeatures, listedKind, mentionHint, populationScale } from './candidate-features.ts';
import { loadRanker, type Ranker, scoreFeatures } from './ranker.ts';
import { contextFor, votesFrom } from './context-votes.ts';
import { unlistedResolutions } from './unlisted.ts';

export type { ArticleContext } from './candidate-features.ts';

export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly phrase: string;
  /** The kind word the text gives the name ("village" in "Narin village"), lower case; absent when none. */
  readonly kind?: string | null;
}

/** A reading that was considered, with its score and (when explaining) the parts of the score. */
export interface ConsideredReading {
  readonly entry: GazetteerEntry;
  readonly score: number;
  readonly why: readonly string[];
}

export interface Resolution {
  readonly mention: Mention;
  readonly candidate: Candidate;
  /** The entry named; for an unlisted place, the listed area that contains it. */
  readonly entry: GazetteerEntry;
  readonly score: number;
  /** How far ahead of the runner-up (0..1); 1 when unambiguous. */
  readonly margin: number;
  /** Set when the gazetteer lacks the place: its name and kind as written, and the unlisted areas between it and `entry`. */
  readonly unlisted?: { readonly name: string; readonly kind: string | null; readonly via: readonly Mention[] };
  /** The area the text puts the mention in ("Sima, in Yatenga province"), when that link holds. */
  readonly container?: { readonly mention: Mention; readonly entry: GazetteerEntry };
  /** The best readings, best first, when resolving with `explain`. */
  readonly considered?: readonly ConsideredReading[];
}

export interface ResolveOptions {
  /** The text the mention offsets point into: enables the admin hierarchy ("X, in Y province") and unlisted places. */
  readonly text?: string;
  /** Keep the best readings of each mention with the parts of their scores. */
  readonly explain?: boolean;
  /** The weights that score readings (default: the committed model, see ranker.ts). */
  readonly ranker?: Ranker;
  /**
   * Receives each mention's candidates and their feature vectors in the first ranking round (no
   * context yet: `inContext` false) and the last (for training the ranker).
   */
  readonly observe?: (mentionIndex: number, candidates: readonly Candidate[], features: readonly Float64Array[], inContext: boolean) => void;
  /**
   * The caller vouches that every mention is a place (gold spans, an analyst's marks): one the
   * gazetteer lacks is still located, at the article's own place (see unlisted.ts). Without it a
   * name with no reading is dropped, as recognition's guesses should be.
   */
  readonly vouched?: boolean;
}

/**
 * A city inside the admin1 area of the same name is what a bare mention means ("Kirkuk", "Raqqa"),
 * unless the city is a small part of the area ("Quebec" is the province).
 */
function preferSameNamedCity(g: Gazetteer, ranked: Array<{ c: Candidate; score: number }>, mention: Mention): void {
  if (mentionHint(mention)) return;
  const top = g.entry(ranked[0]!.c.entry);
  if (top.kind !== 'admin1') return;
  const said = foldedKey(mention.phrase);
  const city = ranked.find(({ c }) => {
    const e = g.entry(c.entry);
    return e.kind === 'place' && e.countryCode === top.countryCode && e.admin1Code === top.admin1Code
      && e.population >= Math.max(50_000, 0.15 * top.population) && withinOneEdit(foldedKey(e.name), said);
  });
  if (city) city.score = ranked[0]!.score + 0.01;
}

/**
 * Resolve every mention (one Resolution per resolved mention, in mention order). First pass: each
 * alone (population, feature class, the mention's own suffix). Then the other mentions' countries,
 * admin1 areas and points become each mention's context, and the area the text puts it in
 * ("Sima, in Yatenga province") its container, and every mention is ranked again: "Gainesville"
 * follows "Georgia", "Paris" "Texas". Typed or contained names the gazetteer lacks in that context
 * become unlisted places inside their container.
 */
export function resolveMentions(g: Gazetteer, mentions: readonly Mention[], seedContext?: ArticleContext, options: ResolveOptions = {}): Resolution[] {
  const focus = [...(seedContext?.countries.keys() ?? [])];
  const candidates = mentions.map((m) => lookupCandidates(g, m.phrase, focus));
  const hadCandidates = candidates.map((c) => c.length > 0);
  const links = options.text !== undefined ? containerLinks(options.text, mentions) : mentions.map(() => null);
  const lists = options.text !== undefined ? listSiblings(options.text, mentions) : mentions.map(() => []);
  const ranking: Ranking = { ranker: options.ranker ?? loadRanker(), explain: false };
  // Co-location reads only the phrases and their candidates: found again only when a round adds candidates.
  let colocated = colocationSupport(g, mentions.map((m) => m.phrase), candidates);
  let resolutions = pick(g, mentions, candidates, colocated, () => seedContext ?? null, links, [], { ...ranking, observe: options.observe }, lists);
  let votes = votesFrom(resolutions);
  for (let round = 0; round < 2; round++) {
    const whole = contextFor('', votes, seedContext);
    const focusNow = [...whole.countries.entries()].filter(([, w]) => w >= 1).sort((a, b) => b[1] - a[1]).map(([cc]) => cc);
    let added = false;
    mentions.forEach((m, i) => {
      if (!candidates[i]!.length) candidates[i] = lookupCandidates(g, m.phrase, focusNow);
      if (!candidates[i]!.length && round === 1 && !m.kind) candidates[i] = partialCandidates(g, m.phrase);
      if (candidates[i]!.length && !hadCandidates[i]) added = hadCandidates[i] = true;
    });
    if (added) colocated = colocationSupport(g, mentions.map((m) => m.phrase), candidates);
    const current = votes;
    const last = round === 1;
    const roundRanking = { ...ranking, explain: last && options.explain === true, observe: last ? options.observe : undefined };
    resolutions = pick(g, mentions, candidates, colocated, (m) => contextFor(m.phrase, current, seedContext), links, resolutions, roundRanking, lists);
    votes = votesFrom(resolutions);
  }
  resolutions = oneSensePerName(mentions, candidates, resolutions);
  resolutions = areasNamedWithTheirKind(g, mentions, candidates, resolutions);
  if (options.text === undefined) return resolutions.filter((r): r is Resolution => r !== null);
  return unlistedResolutions(g, options.text, mentions, resolutions, links, (m) => contextFor(m.phrase, votes, seedContext), options.vouched === true);
}

/**
 * One sense per article for a name: where the same name ("NEWARK, N.J." … "from Newark") was read as
 * different places, every mention takes the reading that scored best.
 */
function oneSensePerName(mentions: readonly Mention[], candidates: readonly Candidate[][], resolutions: Array<Resolution | null>): Array<Resolution | null> {
  const best = new Map<string, Resolution>();
  resolutions.forEach((r, i) => {
    if (!r || r.candidate.label !== 'place') return;
    const key = foldedKey(mentions[i]!.phrase);
    const known = best.get(key);
    if (!known || r.score > known.score) best.set(key, r);
  });
  return resolutions.map((r, i) => {
    if (!r || r.candidate.label !== 'place') return r;
    const chosen = best.get(foldedKey(mentions[i]!.phrase))!;
    if (chosen.entry.index === r.entry.index) return r;
    const candidate = candidates[i]!.find((c) => c.entry === chosen.entry.index);
    return candidate ? { ...r, candidate, entry: chosen.entry } : r;
  });
}

/**
 * One sense per article for an area's name: where the text names an area with its kind word
 * ("Sagaing Region", "Kaduna State"), the bare name elsewhere ("air strikes in Sagaing") is that
 * area, not the same-named town inside it, unless the text also calls it a town or city or the
 * town holds a quarter of the area's people or more (Kirkuk, Aleppo).
 */
function areasNamedWithTheirKind(
  g: Gazetteer, mentions: readonly Mention[], candidates: readonly Candidate[][], resolutions: Array<Resolution | null>,
): Array<Resolution | null> {
  const areas = new Map<string, Resolution>();
  const towns = new Set<string>();
  mentions.forEach((m, i) => {
    const r = resolutions[i];
    if (!r) return;
    const { name, hint } = splitAreaSuffix(m.phrase);
    const areaKind = hint ?? (m.kind && AREA_KIND_WORDS.has(m.kind) ? m.kind : null);
    if (areaKind && (r.entry.kind === 'admin1' || r.entry.kind === 'admin2')) areas.set(foldedKey(name), r);
    if (m.kind === 'city' || m.kind === 'town') towns.add(foldedKey(m.phrase));
  });
  if (!areas.size) return resolutions;
  return resolutions.map((r, i) => {
    const key = foldedKey(mentions[i]!.phrase);
    const area = areas.get(key);
    if (!r || !area || r.entry.kind !== 'place' || towns.has(key) || mentionHint(mentions[i]!)) return r;
    if (r.entry.countryCode !== area.entry.countryCode || r.entry.admin1Code !== area.entry.admin1Code) return r;
    // A city that is much of its area ("Kirkuk", "Aleppo") is what the bare name means.
    if (r.entry.population >= 0.25 * area.entry.population) return r;
    const candidate = candidates[i]!.find((c) => c.entry === area.entry.index);
    return candidate ? { ...r, candidate, entry: area.entry } : r;
  });
}

/** Between two names of one list: a comma, "and", "or" (", and"). */
const LIST_JOINER = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/;

/** For each mention, the mentions listed with it ("New South Wales, Western Australia and Queensland"): neighbours joined by commas, "and", "or". */
function listSiblings(text: string, mentions: readonly Mention[]): number[][] {
  const siblings: number[][] = mentions.map(() => []);
  let run: number[] = [0];
  const close = () => {
    if (run.length >= 2) for (const i of run) siblings[i] = run.filter((j) => j !== i);
  };
  for (let i = 1; i < mentions.length; i++) {
    const gap = text.slice(mentions[i - 1]!.end, mentions[i]!.start);
    if (gap.length <= 8 && LIST_JOINER.test(gap)) run.push(i);
    else {
      close();
      run = [i];
    }
  }
  close();
  return siblings;
}

/** Kind words after a name that make it an area ("Kaduna State", "Yatenga province"). */
const AREA_KIND_WORDS = new Set(['province', 'governorate', 'state', 'region', 'prefecture', 'district', 'county']);

/** The container entry a mention's link points at, when it holds (a comma-only link needs an area). */
export function containerEntry(link: ContainerLink | null, resolutions: ReadonlyArray<Resolution | null>): GazetteerEntry | null {
  if (!link) return null;
  const outer = resolutions[link.container];
  if (!outer || outer.candidate.label !== 'place') return null;
  if (link.loose && outer.entry.kind === 'place') return null;
  return outer.entry;
}

interface Ranking {
  readonly ranker: Ranker;
  readonly explain: boolean;
  readonly observe?: ResolveOptions['observe'];
}

function pick(
  g: Gazetteer,
  mentions: readonly Mention[],
  candidates: readonly Candidate[][],
  colocated: readonly (readonly number[])[],
  contextOf: (m: Mention) => ArticleContext | null,
  links: ReadonlyArray<ContainerLink | null>,
  previous: ReadonlyArray<Resolution | null>,
  { ranker, explain, observe }: Ranking,
  lists: ReadonlyArray<readonly number[]> = [],
): Array<Resolution | null> {
  return mentions.map((mention, i) => {
    const context = contextOf(mention);
    const container = containerEntry(links[i] ?? null, previous);
    const listedWith = new Set<string>();
    for (const j of lists[i] ?? []) {
      const kind = previous[j] ? listedKind(previous[j]!.entry) : null;
      if (kind) listedWith.add(kind);
    }
    let topPopulation = 0;
    for (const c of candidates[i]!) topPopulation = Math.max(topPopulation, populationScale(g.entry(c.entry)));
    const said = foldedKey(mention.phrase);
    const features = candidates[i]!.map((c, k) => candidateFeatures(g, mention, c, context, container, { colocated: colocated[i]![k] ?? 0, topPopulation, said, listedWith }));
    observe?.(i, candidates[i]!, features, context !== null);
    // Alone (no context yet) a mention is ranked by the weights learned for that situation, when the ranker has them.
    const weights = context === null && ranker.alone ? { ...ranker, weights: ranker.alone } : ranker;
    const ranked = candidates[i]!.map((c, k) => {
      const why = explain ? [] as string[] : undefined;
      return { c, score: scoreFeatures(weights, features[k]!, why), why: why ?? [] };
    });
    ranked.sort((a, b) => b.score - a.score);
    if (ranked.length) preferSameNamedCity(g, ranked, mention);
    ranked.sort((a, b) => b.score - a.score);
    if (!ranked.length) return null;
    const [best, second] = ranked;
    const margin = second ? Math.min(1, Math.max(0, best!.score - second.score) / 3) : 1;
    const considered = explain ? ranked.slice(0, 5).map((r) => ({ entry: g.entry(r.c.entry), score: r.score, why: r.why })) : undefined;
    return { mention, candidate: best!.c, entry: g.entry(best!.c.entry), score: best!.score, margin, ...(considered ? { considered } : {}) };
  });
}
