// Features the relevance model reads: a window of text around each event mention's trigger (hashed word
// n-grams, case folded, plus the cue lexicon's verdict and the actor, place, date and casualty layers in
// it), and a few article-level figures (how strongly and how densely the article reports events).
import { layer, type Article } from '../../article/article.ts';
import type { Span } from '../../article/span.ts';
import type { EventMention } from '../events/detect-mentions.ts';

/** Hashed feature space of the mention model (2^18 buckets). */
export const HASH_BITS = 18;
const HASH_MASK = (1 << HASH_BITS) - 1;
/** Characters of the sentence kept either side of the trigger: sentences of unpunctuated text can be a whole page long. */
export const WINDOW_CHARS = 160;

/** 32-bit FNV-1a of a string's UTF-16 code units: the same bucket on every platform and run. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A sparse feature vector: sorted distinct bucket indices, each with value 1 (binary features). */
export type SparseVector = Int32Array;

function toVector(names: Iterable<string>): SparseVector {
  const set = new Set<number>();
  for (const n of names) set.add(fnv1a(n) & HASH_MASK);
  return Int32Array.from([...set].sort((a, b) => a - b));
}

/**
 * Word tokens, case folded (only one training set is lower-cased, so case must teach nothing), digits
 * replaced by 0 so counts and dates generalise ("killed 12" and "killed 7" share a feature).
 */
export function wordTokens(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).map((t) => t.replace(/\p{N}/gu, '0').replace(/’/g, "'"));
}

const ARMED_TYPES = new Set(['state-forces', 'rebel-group', 'political-militia', 'identity-militia', 'external-forces']);
/** Nouns of counted people: a count of them is a casualty figure or a crowd. */
const PEOPLE = /\b(?:people|persons?|civilians?|soldiers?|troops|police(?:men)?|officers?|fighters?|militants?|insurgents?|rebels?|gunmen|terrorists?|children|women|men|villagers|residents|protesters?|demonstrators?|students|worshippers|members|guards|personnel|militiamen|jihadists?|bodies|dead|killed|wounded|injured|casualties|hostages|prisoners)\b/i;
const HARM = /\b(?:kill\w*|dead|deaths?|died|wound\w*|injur\w*|shot|slain|murder\w*|massacre\w*|behead\w*|abduct\w*|kidnap\w*|casualt\w*)\b/i;

/**
 * Words of ordinary crime and its prosecution: a stabbing on a commuter train or a murder suspect before a
 * court is not political violence unless a political actor is in it. Pooled, so that the few crime reports
 * among the negatives teach about all of them.
 */
const CRIME = /\b(?:suspects?|suspected of|stabb\w*|knife|knives|homicides?|manslaughter|murder(?:er|ers)?|charged|charges|prosecut\w*|court|trial|sentenced|jail\w*|prison|detectives?|robber\w*|burglar\w*|shooter|gunman|motive|custody|investigators?)\b/gi;

/** A layer's spans sorted by start (positions into the layer), with the longest span's length: built once per layer. */
interface SpanIndex {
  readonly byStart: Int32Array;
  readonly maxLength: number;
}
const spanIndexes = new WeakMap<readonly Span[], SpanIndex>();

function spanIndex(spans: readonly Span[]): SpanIndex {
  let index = spanIndexes.get(spans);
  if (!index) {
    const byStart = Int32Array.from(spans.keys()).sort((a, b) => spans[a]!.start - spans[b]!.start || a - b);
    index = { byStart, maxLength: spans.reduce((m, s) => Math.max(m, s.end - s.start), 0) };
    spanIndexes.set(spans, index);
  }
  return index;
}

/**
 * The spans overlapping [start, end), in layer order. Found by binary search among the spans starting
 * less than the longest span's length before `start` (scanning the whole layer for every mention made a
 * long text quadratic: 1 MiB of prose on one line spent 20 s here).
 */
function spansIn(spans: readonly Span[], start: number, end: number): Span[] {
  if (spans.length < 16) return spans.filter((s) => s.start < end && s.end > start);
  const { byStart, maxLength } = spanIndex(spans);
  const from = start - maxLength;
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[byStart[mid]!]!.start <= from) lo = mid + 1;
    else hi = mid;
  }
  const found: number[] = [];
  for (let i = lo; i < byStart.length; i++) {
    const s = spans[byStart[i]!]!;
    if (s.start >= end) break;
    if (s.end > start) found.push(byStart[i]!);
  }
  return found.sort((a, b) => a - b).map((i) => spans[i]!);
}

/** The window of a mention: its sentence cut to WINDOW_CHARS either side of the trigger, at word boundaries. */
export function mentionWindow(text: string, m: Pick<EventMention, 'sentenceStart' | 'sentenceEnd' | 'triggerStart' | 'triggerEnd'>): [number, number] {
  let start = Math.max(m.sentenceStart, m.triggerStart - WINDOW_CHARS);
  let end = Math.min(m.sentenceEnd, m.triggerEnd + WINDOW_CHARS);
  if (start > m.sentenceStart) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < m.triggerStart) start = space + 1;
  }
  if (end < m.sentenceEnd) {
    const space = text.lastIndexOf(' ', end);
    if (space > m.triggerEnd) end = space;
  }
  return [start, end];
}

/** The layers an article holds, read once for all its mentions. */
export interface ArticleLayers {
  readonly actors: readonly Span[];
  readonly places: readonly Span[];
  readonly dates: readonly Span[];
  readonly quantities: readonly Span[];
  readonly sources: readonly Span[];
}

export function articleLayers(article: Article): ArticleLayers {
  return {
    actors: layer(article, 'actors'),
    places: layer(article, 'places'),
    dates: layer(article, 'dates'),
    quantities: layer(article, 'quantities'),
    sources: layer(article, 'sources'),
  };
}

/** Named features of one mention (before hashing): for explaining a score and for tests. */
export function mentionFeatureNames(text: string, layers: ArticleLayers, m: EventMention): string[] {
  const [start, end] = mentionWindow(text, m);
  const window = text.slice(start, end);
  const words = wordTokens(window);
  const names: string[] = ['bias'];
  for (let i = 0; i < words.length; i++) {
    names.push(`w:${words[i]}`);
    if (i + 1 < words.length) names.push(`b:${words[i]} ${words[i + 1]}`);
  }
  const trigger = wordTokens(text.slice(m.triggerStart, m.triggerEnd)).join(' ');
  names.push(`t:${trigger}`, `l:${m.label}`, `ls:${m.label}:${Math.min(5, Math.floor(m.score))}`, `s:${Math.min(6, Math.floor(m.score))}`);
  for (const f of m.flags) names.push(`f:${f}`);
  const actors = spansIn(layers.actors, start, end);
  for (const a of actors) names.push(`a:${a.label}`);
  const armed = actors.filter((a) => ARMED_TYPES.has(a.label)).length;
  names.push(`a#:${Math.min(3, armed)}`);
  for (const p of spansIn(layers.places, start, end)) {
    const precision = (p.value as { precision?: number } | null)?.precision ?? 0;
    names.push(`p:${p.label}`, `pp:${precision}`);
  }
  if (spansIn(layers.dates, start, end).length) names.push('d');
  let harmed = false;
  for (const q of spansIn(layers.quantities, start, end)) {
    const noun = String((q.value as { noun?: string } | null)?.noun ?? '');
    if (q.label === 'count' && PEOPLE.test(noun)) {
      names.push('q:people');
      harmed ||= HARM.test(window);
    } else names.push(`q:${q.label}`);
  }
  if (harmed) names.push('q:casualties');
  if (HARM.test(window)) names.push('harm');
  const crime = (window.match(CRIME) ?? []).length;
  if (crime) names.push(`crime:${Math.min(2, crime)}`, armed ? 'crime+armed' : 'crime-armed');
  if (spansIn(layers.sources, start, end).length) names.push('src');
  return names;
}

export function mentionFeatures(text: string, layers: ArticleLayers, m: EventMention): SparseVector {
  return toVector(mentionFeatureNames(text, layers, m));
}

/** Names of the article model's dense features, in vector order. */
export const ARTICLE_FEATURES = [
  'bias',
  'mention_max',
  'mention_top3',
  'mentions_strong',
  'mentions_strong_per_kchar',
  'acled_mentions_per_kchar',
  'armed_actors_per_kchar',
  'people_counts_per_kchar',
  'harm_words_per_kchar',
  'places_per_kchar',
  'protest_max',
  'protest_strong',
  'crime_words_per_kchar',
] as const;

/** Demonstration labels: an article about a demonstration names few armed actors, tolls or weapons, so it gets figures of its own. */
const PROTEST_LABELS = new Set(['PEACE_PROTEST', 'PROTEST_WITH_INTER', 'FORCE_AGAINST_PROTEST', 'VIOL_DEMONSTR', 'MOB_VIOL']);

/** A mention score at or above this counts as a strong one for the article figures. */
const STRONG = 0.5;

/**
 * The article's dense features, from its ACLED mentions' scores by the mention model. Densities are
 * per 1,000 characters, never per sentence: unpunctuated text has few "sentences".
 */
export function articleFeatures(article: Article, layers: ArticleLayers, mentionScores: readonly number[], labels: readonly string[] = []): Float64Array {
  const kchars = Math.max(0.5, article.text.length / 1000);
  const sorted = [...mentionScores].sort((a, b) => b - a);
  const top3 = sorted.slice(0, 3);
  const strong = sorted.filter((s) => s >= STRONG).length;
  const armed = layers.actors.filter((a) => ARMED_TYPES.has(a.label)).length;
  const people = layers.quantities.filter((q) => q.label === 'count' && PEOPLE.test(String((q.value as { noun?: string } | null)?.noun ?? ''))).length;
  const harm = (article.text.match(new RegExp(HARM.source, 'gi')) ?? []).length;
  const places = layers.places.length;
  const protest = mentionScores.filter((_, i) => PROTEST_LABELS.has(labels[i] ?? '')).sort((a, b) => b - a);
  const values = [
    1,
    sorted[0] ?? 0,
    top3.length ? top3.reduce((a, b) => a + b, 0) / 3 : 0,
    Math.log1p(strong),
    Math.log1p(strong / kchars),
    Math.log1p(mentionScores.length / kchars),
    Math.log1p(armed / kchars),
    Math.log1p(people / kchars),
    Math.log1p(harm / kchars),
    Math.log1p(places / kchars),
    protest[0] ?? 0,
    Math.log1p(protest.filter((x) => x >= STRONG).length),
    Math.log1p((article.text.match(CRIME) ?? []).length / kchars),
  ];
  return Float64Array.from(values);
}
