// Scores predicted events, claims and incidents against the news benchmark's gold, as its README's "How to score" says.
import type { ClaimRecord, EventRecord } from '../../../article/records.ts';
import { countedKindOf } from './counted-kind.ts';
import type { GoldNewsEvent, GoldNewsText } from './news-gold.ts';

/** What sitrep produced for one gold text: unflagged events (with their incident ids) and claims. */
export interface PredictedText {
  readonly id: string;
  readonly events: readonly (EventRecord & { readonly incidentId: string | null })[];
  readonly claims: readonly ClaimRecord[];
}

/** How names are compared (loosely; see loose-match.ts), passed in so the scorer stays pure. */
export interface NameMatchers {
  place(gold: string | null, predicted: string | null): boolean;
  country(gold: string | null, predicted: string | null): boolean;
  actor(gold: string | null, predicted: EventRecord['actor1']): boolean;
  source(gold: string | null, predicted: string | null, outlet: string | null): boolean;
}

export interface EventPair {
  readonly gold: GoldNewsEvent;
  readonly predicted: EventRecord;
}

const DAY = 86_400_000;
const TOLERANCE_DAYS = { 1: 1, 2: 7, 3: 31 } as const;

function days(iso: string): number {
  return Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY;
}

/** The predicted event's date as one day: the start of its interval (ACLED codes an event on one day). */
function predictedDay(e: EventRecord): number | null {
  return e.dateStart ? days(e.dateStart) : null;
}

/** Whether the predicted date lies within the gold precision's tolerance of the gold date. */
export function dateWithinTolerance(gold: GoldNewsEvent, predicted: EventRecord): boolean {
  const day = predictedDay(predicted);
  return day !== null && Math.abs(day - days(gold.date)) <= TOLERANCE_DAYS[gold.time_precision];
}

/**
 * The exact date: the same day; for a gold month (precision 3), the same month at month precision
 * (ACLED writes the 15th; a month interval is the same statement).
 */
export function dateExact(gold: GoldNewsEvent, predicted: EventRecord): boolean {
  if (!predicted.dateStart) return false;
  if (gold.time_precision === 3 && predicted.timePrecision === 3) return predicted.dateStart.slice(0, 7) === gold.date.slice(0, 7);
  return predicted.dateStart === gold.date && (predicted.dateEnd ?? predicted.dateStart) === gold.date;
}

/**
 * Greedy one-to-one matching within a text: a pair needs the same event type and a date within
 * tolerance; pairs are taken best first (same sub-type, then same location, then nearest date).
 */
export function matchEvents(gold: readonly GoldNewsEvent[], predicted: readonly EventRecord[], names: NameMatchers): EventPair[] {
  const candidates: { g: number; p: number; key: number[] }[] = [];
  for (const [g, ge] of gold.entries()) {
    for (const [p, pe] of predicted.entries()) {
      if (pe.eventType !== ge.event_type || !dateWithinTolerance(ge, pe)) continue;
      const distance = Math.abs(predictedDay(pe)! - days(ge.date));
      candidates.push({ g, p, key: [pe.subEventType === ge.sub_event_type ? 0 : 1, names.place(ge.location, pe.location) ? 0 : 1, distance, p, g] });
    }
  }
  candidates.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i]! - b.key[i]!;
    return 0;
  });
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: EventPair[] = [];
  for (const c of candidates) {
    if (usedGold.has(c.g) || usedPredicted.has(c.p)) continue;
    usedGold.add(c.g);
    usedPredicted.add(c.p);
    pairs.push({ gold: gold[c.g]!, predicted: predicted[c.p]! });
  }
  return pairs;
}

/** A share with its counts; `value` is null when there is nothing to count. */
export interface Share {
  readonly hits: number;
  readonly total: number;
  readonly value: number | null;
}

function share(hits: number, total: number): Share {
  return { hits, total, value: total === 0 ? null : hits / total };
}

export interface NewsScores {
  readonly texts: number;
  readonly gold_events: number;
  readonly predicted_events: number;
  readonly matched_events: number;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
  readonly fields: Record<'sub_type' | 'country' | 'admin1' | 'location' | 'date_exact' | 'actor1' | 'actor2' | 'fatalities_exact' | 'fatalities_within', Share>;
  readonly negative_texts: number;
  readonly events_on_negative_pages: number;
  readonly incident_pairs: { readonly gold: number; readonly predicted: number; readonly both: number };
  readonly claims: { readonly gold: number; readonly found: number; readonly attributed: number; readonly kind_right: number };
}

/** Score every text. `predicted` must hold one entry per gold text (same ids). */
export function scoreNews(gold: readonly GoldNewsText[], predicted: ReadonlyMap<string, PredictedText>, names: NameMatchers): NewsScores {
  const fieldHits = { sub_type: [0, 0], country: [0, 0], admin1: [0, 0], location: [0, 0], date_exact: [0, 0], actor1: [0, 0], actor2: [0, 0], fatalities_exact: [0, 0], fatalities_within: [0, 0] };
  const count = (field: keyof typeof fieldHits, hit: boolean) => {
    fieldHits[field][0]! += hit ? 1 : 0;
    fieldHits[field][1]!++;
  };
  let goldEvents = 0;
  let predictedEvents = 0;
  let matched = 0;
  let negativeTexts = 0;
  let negativeEvents = 0;
  const claims = { gold: 0, found: 0, attributed: 0, kind_right: 0 };
  for (const text of gold) {
    const p = predicted.get(text.id);
    if (!p) throw new Error(`no prediction for gold text ${text.id}`);
    goldEvents += text.events.length;
    predictedEvents += p.events.length;
    if (text.events.length === 0) {
      negativeTexts++;
      negativeEvents += p.events.length;
    }
    for (const { gold: g, predicted: e } of matchEvents(text.events, p.events, names)) {
      matched++;
      count('sub_type', e.subEventType === g.sub_event_type);
      count('country', names.country(g.country, e.country));
      if (g.admin1 !== null) count('admin1', names.place(g.admin1, e.admin1));
      count('location', names.place(g.location, e.location));
      count('date_exact', dateExact(g, e));
      count('actor1', names.actor(g.actor1, e.actor1));
      count('actor2', names.actor(g.actor2, e.actor2));
      const best = e.fatalities.best ?? 0;
      count('fatalities_exact', best === g.fatalities.best);
      count('fatalities_within', best >= g.fatalities.low && best <= g.fatalities.high);
    }
    const c = scoreClaims(text, p.claims, names);
    claims.gold += c.gold;
    claims.found += c.found;
    claims.attributed += c.attributed;
    claims.kind_right += c.kind_right;
  }
  const precision = predictedEvents === 0 ? null : matched / predictedEvents;
  const recall = goldEvents === 0 ? null : matched / goldEvents;
  const f1 = precision === null || recall === null || precision + recall === 0 ? null : (2 * precision * recall) / (precision + recall);
  const fields = Object.fromEntries(Object.entries(fieldHits).map(([k, [hits, total]]) => [k, share(hits!, total!)])) as NewsScores['fields'];
  return {
    texts: gold.length,
    gold_events: goldEvents,
    predicted_events: predictedEvents,
    matched_events: matched,
    precision,
    recall,
    f1,
    fields,
    negative_texts: negativeTexts,
    events_on_negative_pages: negativeEvents,
    incident_pairs: incidentPairs(gold, predicted),
    claims,
  };
}

/**
 * Pairs of texts in one gold story (gold), pairs sitrep puts in one incident (predicted: an event of
 * each in the same incident), and pairs that are both.
 */
function incidentPairs(gold: readonly GoldNewsText[], predicted: ReadonlyMap<string, PredictedText>) {
  const stories = gold.map((t) => new Set(t.events.map((e) => e.story).filter((s): s is string => Boolean(s))));
  const incidents = gold.map((t) => new Set(predicted.get(t.id)!.events.map((e) => e.incidentId).filter((s): s is string => Boolean(s))));
  const meets = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((x) => b.has(x));
  let g = 0;
  let p = 0;
  let both = 0;
  for (let i = 0; i < gold.length; i++) {
    for (let j = i + 1; j < gold.length; j++) {
      const inGold = meets(stories[i]!, stories[j]!);
      const inPredicted = meets(incidents[i]!, incidents[j]!);
      if (inGold) g++;
      if (inPredicted) p++;
      if (inGold && inPredicted) both++;
    }
  }
  return { gold: g, predicted: p, both };
}

/** One gold claim and the predicted claim that finds it (null: not found), with whether its source and counted thing agree. */
export interface ClaimMatch {
  readonly gold: GoldNewsText['claims'][number];
  readonly predicted: ClaimRecord | null;
  readonly sourceRight: boolean;
  readonly kindRight: boolean;
}

/**
 * The gold claims of one text paired with predicted quantitative claims: same low (and the same
 * high, when the gold gives one), one-to-one, preferring claims whose sentence holds the gold evidence.
 */
export function matchClaims(text: GoldNewsText, predicted: readonly ClaimRecord[], names: NameMatchers): ClaimMatch[] {
  const used = new Set<number>();
  const out: ClaimMatch[] = [];
  for (const g of text.claims) {
    // Claim evidence offsets are into the cleaned article, not the raw page: compare the texts. The
    // first evidence is the claim's sentence (later ones, such as the count's own words, recur too often).
    const overlaps = (c: ClaimRecord) => {
      const sentence = c.evidence[0]?.text ?? '';
      return sentence.includes(g.evidence) || (sentence.length >= 8 && g.evidence.includes(sentence));
    };
    let best = -1;
    for (const [i, c] of predicted.entries()) {
      if (used.has(i) || c.low !== g.low || (g.high !== null && c.high !== g.high)) continue;
      if (best < 0 || (overlaps(c) && !overlaps(predicted[best]!))) best = i;
    }
    if (best < 0) {
      out.push({ gold: g, predicted: null, sourceRight: false, kindRight: false });
      continue;
    }
    used.add(best);
    const c = predicted[best]!;
    out.push({
      gold: g, predicted: c,
      sourceRight: names.source(g.attributed_to, c.attributedTo, text.outlet),
      kindRight: countedKindOf(g.quantity) === (c.counted ?? countedKindOf(c.subject)),
    });
  }
  return out;
}

/**
 * Claims of one text: a gold claim is found by a predicted quantitative claim with the same low (and
 * the same high, when the gold gives one), one-to-one, preferring claims whose sentence holds the
 * gold evidence; attributed when the sources agree; its kind right when the counted things agree.
 */
export function scoreClaims(text: GoldNewsText, predicted: readonly ClaimRecord[], names: NameMatchers) {
  let found = 0;
  let attributed = 0;
  let kindRight = 0;
  for (const m of matchClaims(text, predicted, names)) {
    if (!m.predicted) continue;
    found++;
    if (m.sourceRight) attributed++;
    if (m.kindRight) kindRight++;
  }
  return { gold: text.claims.length, found, attributed, kind_right: kindRight };
}
