// Who a claim is from: the speaker whose words cover it, a speaker carried over from the sentence before, or the outlet itself.
import { layer, type Article } from '../../article/article.ts';
import type { AttributionValue } from '../../article/layer-values.ts';
import type { Evidence, SourceKind } from '../../article/records.ts';
import type { Span } from '../../article/span.ts';
import { DENIAL_CUES, FINDING_CUES, NON_ASSERTIVE_CUES } from '../sources/attribution-cues.ts';
import { attributionFromCues } from './cue-fallback.ts';
import { mayCarryOver } from './carry-over.ts';

/** Who a claim is from, and whether someone denied it. */
export interface ClaimSource {
  /** The source as named, with role and organisation when known; null when the outlet states the figure itself. */
  readonly attributedTo: string | null;
  readonly cue: string | null;
  readonly sourceKind: SourceKind | null;
  readonly evidence: Evidence | null;
  readonly denied: boolean;
  readonly deniedBy: string | null;
}

const ORGANISATION = /\b(?:Council|Committee|Project|Group|Party|Forces?|Ministry|Foundation|Institute|Observatory|Service|Agency|Cell|Corps|Brigade|Army|Police|Government|Office|Organi[sz]ation|Nations|Department|Command|Coalition|Cent(?:er|re)|University|Commission|Bureau|Media|News|Radio|Television|TV|Network|Authority|Administration|Military|army|military|police|ministry|government|agency|media|report|statement|data|reports|statements)\b|^[A-Z]{2,}$/;

/** After a speaker: a claim of responsibility, whose object is the act and not the figures told about it. */
const CLAIMS_THE_ACT = /^\s*(?:\w+\s+){0,2}?claim(?:ed|s)?\s+(?:responsibility|credit|(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|assaults?|killings?|ambush(?:es)?|raids?|strikes?|explosions?|shootings?))\b/i;

/** Between a claim of responsibility and a figure: a new clause about the act ("an attack that killed 12", ", which", "where"). */
const CLAUSE_BREAK = /[,;:.]|\b(?:that|which|who|whom|where|when|killing|wounding|leaving|in which)\b/i;
/** Data named without anyone behind it: "the statistics", "new research", "the figures". (Reports are someone's telling: "preliminary reports say" stays their source.) */
const UNNAMED_DOCUMENT = /^(?:(?:the|some|new|recent|latest|official|available|these|those)\s+){0,2}(?:statistics|figures|data|research|estimates|records|numbers)$/i;
/** After a denier and before the figure: the denier goes on to assert ("…, saying that", "…, adding that"). */
const ASSERTS_AFTER_DENIAL = /,\s*(?:saying|adding|insisting|arguing|stating|explaining)\b/i;

/** Right before a denier named after the figure: "…, a figure the army", "…, which the army". */
const DENIED_AFTER = /,\s*(?:(?:a|an|the)\s+(?:figure|claim|toll|number|account|report|tally)s?\s+(?:that\s+|which\s+)?|which\s+)[^,;.]{0,30}$/i;
/** Between a denial and a figure: what was denied is the speaker's part in the act, not the figure. */
const DENIED_SOMETHING_ELSE = /\b(?:responsib|involve|role\b|behind|carried out|link|claim|[;.])/i;

/** The readable form of an attribution: "Brig. Gen. Yahya Rasoul, Iraqi army spokesman". */
export function describeAttribution(v: AttributionValue): string {
  const parts = [v.speaker];
  if (v.role && !v.speaker.includes(v.role)) parts.push(v.role);
  if (v.organisation && !parts.join(' ').includes(v.organisation)) parts.push(v.organisation);
  return parts.join(', ');
}

/** A named person, an unnamed source, or an institution (a ministry, a monitor, a news agency, a report). */
export function sourceKindOf(v: AttributionValue): SourceKind {
  if (v.anonymous) return 'anonymous';
  return ORGANISATION.test(v.speaker) || (v.organisation !== null && v.speaker.includes(v.organisation)) ? 'institution' : 'person';
}

/** How many attributions either side of a figure are weighed: far more than a sentence holds, and a bound that keeps lookups constant. */
const NEAREST = 16;

/** The attributions (ordered by position) nearest `at`, at most NEAREST either side. */
function nearest(spans: readonly Span[], at: number): readonly Span[] {
  if (spans.length <= 2 * NEAREST) return spans;
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < at) lo = mid + 1; else hi = mid;
  }
  return spans.slice(Math.max(0, lo - NEAREST), lo + NEAREST);
}

function index(sentences: readonly Span[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= at) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/**
 * Attribution for the claims of one article. Built once: each `sources` span is filed under the
 * sentence its covered range starts in, so a lookup costs only that sentence's attributions.
 */
export class ArticleAttributions {
  readonly #article: Article;
  readonly #sentences: readonly Span[];
  readonly #bySentence = new Map<number, Span[]>();
  readonly #hasLayer: boolean;

  constructor(article: Article, sentences: readonly Span[]) {
    this.#article = article;
    this.#sentences = sentences;
    this.#hasLayer = article.layers.sources !== undefined;
    if (sentences.length === 0) return;
    for (const span of layer(article, 'sources')) {
      const i = index(sentences, (span.value as unknown as AttributionValue).coversStart);
      const list = this.#bySentence.get(i);
      if (list) list.push(span); else this.#bySentence.set(i, [span]);
    }
  }

  /** Attributions whose covered range holds `at`, in sentence `i`: sayers and deniers apart. */
  #covering(i: number, at: number): { sayers: Span[]; deniers: Span[] } {
    const sayers: Span[] = [];
    const deniers: Span[] = [];
    for (const span of nearest(this.#bySentence.get(i) ?? [], at)) {
      const v = span.value as unknown as AttributionValue;
      if (v.coversStart > at || at >= v.coversEnd || NON_ASSERTIVE_CUES.has(v.cue)) continue;
      // "X claimed responsibility for an attack that killed 12": X claims the act, the toll is the teller's;
      // "X claimed responsibility for the death of dozens of militants": the figure is what X claims.
      if (CLAIMS_THE_ACT.test(this.#article.text.slice(span.end, span.end + 60)) && !this.#insideClaimedObject(span, at)) continue;
      // "according to the statistics", "reports say": a document no one is named for is no source; the outlet tells it.
      if (UNNAMED_DOCUMENT.test(v.speaker)) continue;
      if (!DENIAL_CUES.has(v.cue)) sayers.push(span);
      // "Police denied shooting protesters, saying that one policeman was wounded": what the denier goes on to say is theirs.
      else if (span.start < at && ASSERTS_AFTER_DENIAL.test(this.#article.text.slice(span.end, Math.max(span.end, Math.min(at, span.end + 300))))) sayers.push(span);
      else if (this.#denies(span, at)) deniers.push(span);
    }
    const near = (a: Span, b: Span) => Math.abs(a.start - at) - Math.abs(b.start - at);
    return { sayers: sayers.sort(near), deniers: deniers.sort(near) };
  }

  /** Whether the figure at `at` lies in the object of a claim of responsibility itself ("for the death of dozens"), not in a clause about the act. */
  #insideClaimedObject(span: Span, at: number): boolean {
    if (at < span.end || at - span.end > 200) return false;
    return !CLAUSE_BREAK.test(this.#article.text.slice(span.end, at));
  }

  /**
   * Whether a denial covers the figure at `at`: the figure is what was denied ("…killed 15
   * soldiers, a figure the army denied"; "the army denied that 15 soldiers died"), not a detail
   * of something else denied ("denied it was behind the attack, which killed 17").
   */
  #denies(denier: Span, at: number): boolean {
    const text = this.#article.text;
    if (denier.start > at) return DENIED_AFTER.test(text.slice(Math.max(at, denier.start - 40), denier.start));
    const between = text.slice(denier.end, at);
    return between.length <= 200 && !DENIED_SOMETHING_ELSE.test(between);
  }

  #fromSpan(span: Span, denier: Span | null): ClaimSource {
    const v = span.value as unknown as AttributionValue;
    const text = this.#article.text.slice(span.start, span.end);
    return {
      attributedTo: describeAttribution(v), cue: v.cue, sourceKind: sourceKindOf(v),
      evidence: { start: span.start, end: span.end, text }, denied: denier !== null,
      deniedBy: denier ? describeAttribution(denier.value as unknown as AttributionValue) : null,
    };
  }

  /** The outlet states the figure itself: no one else is named (`attributedTo` null), and `sourceKind` says so. */
  #outlet(denier: Span | null): ClaimSource {
    return {
      attributedTo: null, cue: null, sourceKind: 'outlet', evidence: null, denied: denier !== null,
      deniedBy: denier ? describeAttribution(denier.value as unknown as AttributionValue) : null,
    };
  }

  /**
   * Who the count at offset `at` in sentence `i` is from: the nearest speaker whose words cover
   * it; else, when the sentence goes on telling what the sentence before attributed (see
   * carry-over.ts), that sentence's speaker; else the outlet. A denier covering it marks the claim
   * denied and is never its source. Without a `sources` layer, cue patterns on the sentence decide.
   */
  sourceOf(i: number, at: number): ClaimSource {
    const sentence = this.#sentences[i];
    if (!this.#hasLayer && sentence) {
      const found = attributionFromCues(this.#article.text.slice(sentence.start, sentence.end), sentence.start);
      if (found) return { attributedTo: found.attributedTo, cue: found.cue, sourceKind: null, evidence: found.evidence, denied: false, deniedBy: null };
      return this.#outlet(null);
    }
    const { sayers, deniers } = this.#covering(i, at);
    const denier = deniers[0] ?? null;
    if (sayers[0]) return this.#fromSpan(sayers[0], denier);
    for (let back = 1; back <= 2 && i - back >= 0; back++) {
      if (!mayCarryOver(this.#article, this.#sentences, i - back + 1)) break;
      const previous = this.#bySentence.get(i - back) ?? [];
      // "According to X, …", what X found, and a headline's source speak for their own sentence only; a denier is nobody's source.
      const sayer = previous.filter((s) => {
        const v = s.value as unknown as AttributionValue;
        return !DENIAL_CUES.has(v.cue) && !NON_ASSERTIVE_CUES.has(v.cue) && !FINDING_CUES.has(v.cue) && v.cue !== 'according to' && v.cue !== 'headline';
      }).at(-1);
      if (sayer) return this.#fromSpan(sayer, denier);
      if (previous.length) break;
    }
    return this.#outlet(denier);
  }
}
