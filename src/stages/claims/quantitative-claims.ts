// Quantitative claims: each count of people or things, with what is counted, of whom, where, when, who said it, and its evidence.
import { layer, type Article } from '../../article/article.ts';
import type { ActorValue, QuantityValue } from '../../article/layer-values.ts';
import type { ClaimCounted, ClaimRecord, Evidence } from '../../article/records.ts';
import type { Span } from '../../article/span.ts';
import { ArticleAttributions } from './attribution.ts';
import { CAPTION_OR_CREDIT } from './carry-over.ts';
import { articleCountry, placeNear, sentenceContexts } from './claim-context.ts';
import { claimLabel, countQualifier, normaliseSubject, ofWhomOf, placePhraseIn } from './claim-subject.ts';
import { readCounted, readNounPhrase } from './counted-thing.ts';
import { kindOfVerb } from './counted-words.ts';
import { isPersonHead, singularCounts } from './singular-counts.ts';
import { isPersonNoun } from './counted-words.ts';
import { ordinalCounts } from './ordinal-counts.ts';

const evidenceOf = (text: string, s: { start: number; end: number }): Evidence => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });

/**
 * Heads of counted nouns worth a claim when nothing says what happened to them: people, forces,
 * and what conflicts destroy or take. Counts of other things ("two sides", "four provinces") are not claims.
 */
const CLAIM_WORTHY_HEAD =
  /^(?:people|persons?|individuals?|males?|females?|civilians?|fighters?|militants?|troops?|soldiers?|forces?|members?|officers?|police(?:men)?|personnel|recruits?|insurgents?|rebels?|jihadists?|terrorists?|combatants?|militiamen|gunmen|refugees?|migrants?|families|children|women|men|residents?|villagers?|hunters?|workers?|prisoners?|detainees?|hostages?|captives?|bodies|dead|deaths?|casualties|victims?|killed|wounded|injured|attacks?|strikes?|airstrikes?|bombings?|raids?|operations?|cells?|villages?|towns?|homes?|houses?|buildings?|vehicles?|weapons?|rockets?|missiles?|mines?|tunnels?|caves?|suspects?|protesters?|demonstrators?|students?|pupils?|motorcycles?|trucks?|bombs?|acts?|incidents?|arrests?|contractors?|volunteers?|idps)$/i;
const PEOPLE_SUFFIX = /(?:ers|ists|ians|ees|men)$/i;
const HARM = new Set(['killed', 'wounded', 'abducted', 'arrested']);
/** What a count of one may be destroyed: buildings and vehicles ("a house was destroyed"), not anything ("a chance was destroyed"). */
const DESTROYABLE = /^(?:house|home|building|school|mosque|church|hospital|clinic|shop|market|bridge|vehicle|car|truck|bus|tank|office|station|tower|helicopter|drone|aircraft|plane|jet|boat|motorcycle)$/i;
/** Right before a count of one thing: it was taken or destroyed ("captured one gun truck", "shot down a drone"). */
const TAKEN_BEFORE = /\b(?:captured|seized|destroyed|burned|burnt|torched|intercepted|shot down|downed)\s+$/i;
/** Harm that a joined count shares ("killing 12 police officers and five civilians"). */
const INHERITED: ReadonlySet<ClaimCounted> = new Set(['killed', 'wounded', 'abducted', 'arrested', 'displaced', 'destroyed']);
/** What joins two counts of one verb: "and", a comma, "including", "plus". */
const JOINED = /^\s*(?:,\s*)?(?:(?:and|plus|including|among them|as well as)\s+)?(?:,\s*)?$/;
/** Right before or after a number that is an age. */
const AGE_BEFORE = /\b(?:age(?:s|d)?(?:\s+of)?|aged\s+between|aged\s+from)\s+$/i;
const AGE_AFTER = /^[\s-]*(?:years?[\s-]+old|year-olds?)\b/i;
/** Harm to people whose joined counts add up to a total. */
const PERSON_HARM: ReadonlySet<string> = new Set(['killed', 'wounded', 'abducted', 'arrested', 'displaced']);
/** Between two counts whose total is a claim: "and", "as well as", a comma (never "including": a part is not added). */
const SUMMED_JOIN = /^\s*(?:,\s*(?:and\s+)?|\s(?:and|as well as|plus)\s+)$/;

/** Nouns that are a toll, not a group: "deaths", "fatalities", "dead", "bodies", "casualties", "injuries". */
const TOLL_NOUN = /^(?:deaths?|fatalit(?:y|ies)|dead|bodies|body|corpses?|casualties|injuries|injured|wounded|lives)$/i;
/** Right before a count that is part of the one before: "including 11 children", "among them three police". */
const PART_OF = /\b(?:including|among them|among whom|of whom|of them)\s+$/i;
/** How close (characters) a count must follow the one before to share its group. */
const NEAR = 60;
/** A capitalised word right before a number: the number is part of a name ("Region 12", "Camp 4"). */
const PART_OF_NAME = /(?<![.!?]\s*|^\s*)\b(?!(?:About|Around|Over|Nearly|Almost|Some|Only|At|More|Up|As|Between|From|Roughly|Approximately|An|A|The|All|Another)\b)[A-Z][a-z]+\s+$/;

/**
 * Whether the number after `before` is part of a name ("Region 12", "Camp 4"): a capitalised word
 * right before it, unless that word is a harm verb of a title-case headline ("… Kills Over 100") or
 * the one told ("told Reuters 10 police officers were killed").
 */
function isPartOfName(before: string): boolean {
  const m = PART_OF_NAME.exec(before);
  if (!m) return false;
  const word = m[0].trim();
  if (kindOfVerb(word) !== null || /^(?:Kills?|Leaves?|Claims?)$/.test(word)) return false;
  return !/\b(?:told|tells|telling|informed)\s+$/.test(before.slice(0, m.index));
}

/** Speaker and actor spans looked at per sentence: more than any sentence holds, and a bound that keeps the stage linear. */
const SPANS_PER_SENTENCE = 24;

/** Whether a counted noun names something a claim is about (see CLAIM_WORTHY_HEAD). */
export function isClaimWorthy(noun: string): boolean {
  const head = noun.trim().split(/\s+/).at(-1)!;
  return CLAIM_WORTHY_HEAD.test(head) || PEOPLE_SUFFIX.test(head);
}

/** Where a page's comments begin ("455 comments", "Leave a reply"): nothing after it is the outlet's or its sources'. */
const COMMENTS_HEADING = /^[ \t]*(?:\d[\d,]*\s+comments?\b|comments?\s*(?:\(\d+\)|:)?[ \t]*$|view all comments|leave a (?:comment|reply)|(?:add|post) a comment|join the (?:conversation|discussion))/im;

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly low: number | null;
  readonly high: number | null;
  readonly best: number | null;
  readonly noun: string | null;
  /** A count of one read from a determiner ("a", "another"), not from the number grammar. */
  readonly singular: 'a' | 'one' | null;
  /** What an ordinal count counts ("the third kidnapping"): decided where it was read. */
  readonly counted?: ClaimCounted;
}

/** The counts of one sentence: `quantities` counts, and counts of one the number grammar leaves out. */
function candidatesIn(sentence: Span, text: string, counts: readonly Span[]): Candidate[] {
  const out: Candidate[] = counts.map((q) => {
    const v = q.value as unknown as QuantityValue;
    return { start: q.start, end: q.end, low: v.low ?? v.best, high: v.high ?? (v.low === null ? v.best : null), best: v.best, noun: v.noun, singular: null };
  });
  let next = 0;
  for (const s of singularCounts(text.slice(sentence.start, sentence.end))) {
    const start = sentence.start + s.start;
    while (next < counts.length && counts[next]!.end <= start) next++;
    if (next < counts.length && counts[next]!.start <= start) continue;
    const word = text.slice(start, sentence.start + s.end).toLowerCase();
    out.push({ start, end: sentence.start + s.end, low: 1, high: 1, best: 1, noun: null, singular: word === 'another' || word === 'one' ? 'one' : 'a' });
  }
  for (const o of ordinalCounts(text.slice(sentence.start, sentence.end))) {
    out.push({ start: sentence.start + o.start, end: sentence.start + o.end, low: o.n, high: o.n, best: o.n, noun: o.noun, singular: null, counted: o.counted });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** How much of a sentence around a count (characters) is read for its noun, qualifier and place: a clause fits, and the bound keeps the stage linear. */
const CLAUSE_WINDOW = 200;

/** How many sentences a place named earlier still sets the scene for a sentence that names none. */
const RECENT_SENTENCES = 2;

/** Places of a sentence outside its speakers' mentions: in "a US military official said", "US" places the speaker, not the claim. */
function placesOf(places: readonly Span[], speakers: readonly Span[]): Span[] {
  return places.filter((p) => !speakers.some((s) => p.start < s.end && s.start < p.end));
}

/** The side an actor span inside [start, end) names, when it was inferred for a bare noun ("the militants" → IS). */
function sideIn(actors: readonly Span[], start: number, end: number): string | null {
  const span = actors.find((a) => a.start < end && start < a.end && (a.value as unknown as ActorValue).inferred);
  return span ? normaliseSubject((span.value as unknown as ActorValue).name) : null;
}

/**
 * One claim per count in a story's sentences that says what happened to whom (killed, wounded,
 * abducted, arrested, displaced, attacks, destroyed, munitions, forces) or counts people or things a
 * claim is about. Counts of one are claims only when a harm verb governs a person ("a shepherd was
 * kidnapped"). Counts inside a speaker's description, in photo captions and credits, and in the
 * comments are skipped. Each claim carries its source (or the outlet), place, area, date and event.
 */
export function quantitativeClaims(article: Article, producedBy: string): ClaimRecord[] {
  const text = article.text;
  const sentences = layer(article, 'sentences');
  const contexts = sentenceContexts(article, sentences);
  const sources = new ArticleAttributions(article, sentences);
  const counts = layer(article, 'quantities').filter((q) => q.label === 'count');
  const speakers = layer(article, 'sources');
  const actors = layer(article, 'actors');
  const commentsFrom = COMMENTS_HEADING.exec(text)?.index ?? text.length;
  const hasPlaces = article.layers.places !== undefined;
  const country = hasPlaces ? articleCountry(article) : null;
  const claims: ClaimRecord[] = [];
  let lastPlace: { sentence: number; area: string } | null = null;
  let q = 0;
  let sp = 0;
  let ac = 0;
  sentences.forEach((sentence, i) => {
    const inSentence: Span[] = [];
    while (q < counts.length && counts[q]!.start < sentence.end) { if (counts[q]!.start >= sentence.start) inSentence.push(counts[q]!); q++; }
    while (sp < speakers.length && speakers[sp]!.end <= sentence.start) sp++;
    while (ac < actors.length && actors[ac]!.end <= sentence.start) ac++;
    const sentenceText = text.slice(sentence.start, sentence.end);
    if (sentence.start >= commentsFrom || CAPTION_OR_CREDIT.test(sentenceText.slice(0, 2000))) return;
    const speakerSpans = speakers.slice(sp, sp + SPANS_PER_SENTENCE).filter((s) => s.start < sentence.end);
    const actorSpans = actors.slice(ac, ac + SPANS_PER_SENTENCE).filter((s) => s.start < sentence.end);
    const context = contexts[i]!;
    const event = context.eventIndex === null ? null : article.events[context.eventIndex] ?? null;
    const named = hasPlaces ? placeNear(placesOf(context.places, speakerSpans), sentence.start, text) : null;
    if (named?.area) lastPlace = { sentence: i, area: named.area };
    let previous: { end: number; counted: ClaimCounted; ofWhom: string; one: boolean } | null = null;
    // Claims of this sentence joined by "and" under one harm, summed when the group ends.
    let group: ClaimRecord[] = [];
    let groupEnd = 0;
    const flush = () => {
      const sum = group.length >= 2 ? sumOf(group, text) : null;
      if (sum) claims.push(sum);
      group = [];
    };
    let lastRead: { end: number; counted: ClaimCounted } | null = null;
    for (const c of candidatesIn(sentence, text, inSentence)) {
      if (c.best === null && c.low === null && c.high === null) continue;
      if (speakerSpans.some((s) => c.start < s.end && s.start < c.end)) continue;
      // "Region 12 police", "Brigade 5": a number after a capitalised word is part of a name.
      if (c.singular === null && isPartOfName(text.slice(Math.max(sentence.start, c.start - 40), c.start))) continue;
      // "under the age of 10", "aged 16", "a 17-year-old": ages are not counts.
      if (AGE_BEFORE.test(text.slice(Math.max(sentence.start, c.start - 20), c.start)) || AGE_AFTER.test(text.slice(c.end, Math.min(sentence.end, c.end + 12)))) continue;
      let reading = c.counted
        ? { counted: c.counted, noun: c.noun, head: c.noun?.toLowerCase() ?? null, cue: c.noun }
        : readCounted(sentenceText, c.start - sentence.start, c.end - sentence.start, c.noun);
      // "injuring a soldier and seven civilians": a count joined to one that a harm verb governs shares its verb;
      // "killed 26 people, including 13 attackers": a part of a count shares what happened to it.
      const joined = lastRead !== null && JOINED.test(text.slice(lastRead.end, c.start));
      const part = lastRead !== null && PART_OF.test(text.slice(Math.max(sentence.start, c.start - 30), c.start));
      const nounOnly = reading.counted === 'other' || reading.cue === reading.head;
      if (lastRead && INHERITED.has(lastRead.counted) && ((joined && reading.counted === 'other') || (part && nounOnly))) reading = { ...reading, counted: lastRead.counted };
      lastRead = { end: c.end + (readNounPhrase(text.slice(c.end, Math.min(sentence.end, c.end + CLAUSE_WINDOW)))?.length ?? 0), counted: reading.counted };
      const one = c.low === 1 && c.high === 1;
      const lastWord = reading.noun?.trim().split(/\s+/).at(-1) ?? null;
      if (one) {
        // "a house was destroyed", "a house collapsed", "captured one gun truck": one building or vehicle destroyed or taken is a claim too.
        const thingDestroyed = lastWord !== null && DESTROYABLE.test(lastWord)
          && (reading.counted === 'destroyed' || TAKEN_BEFORE.test(text.slice(Math.max(sentence.start, c.start - 30), c.start)));
        if (!thingDestroyed && (!HARM.has(reading.counted) || !isPersonHead(lastWord) || (c.singular === 'a' && lastWord === null))) continue;
      } else if (reading.counted === 'other' && !(reading.noun && isClaimWorthy(reading.noun))) {
        continue;
      }
      const rest = text.slice(c.end, Math.min(sentence.end, c.end + CLAUSE_WINDOW));
      const phraseEnd = c.end + (readNounPhrase(rest)?.length ?? 0);
      const afterPhrase = text.slice(phraseEnd, Math.min(sentence.end, phraseEnd + CLAUSE_WINDOW));
      // The counted noun after the number, or before it ("The militants can count 5,000"): an actor the text resolved it to is its side.
      const from = Math.max(0, c.start - sentence.start - CLAUSE_WINDOW);
      const found = reading.noun ? sentenceText.slice(from, c.start - sentence.start).lastIndexOf(reading.noun) : -1;
      const nounBefore = found >= 0 ? from + found : -1;
      const side = sideIn(actorSpans, c.start, phraseEnd)
        ?? (nounBefore >= 0 ? sideIn(actorSpans, sentence.start + nounBefore, sentence.start + nounBefore + reading.noun!.length) : null);
      // "Eight soldiers were killed and 10 wounded": a count with no noun of its own counts the group just named.
      // ("A woman was killed and five others injured": others than one person are people; "another" is one more of them.)
      const near = previous !== null && (!previous.one || one) && c.start - previous.end <= NEAR && !/[;:]/.test(text.slice(previous.end, c.start));
      // A noun that is itself the toll ("755 overdose deaths", "road fatalities") counts people.
      const nounIsToll = reading.noun !== null && reading.cue === reading.head && TOLL_NOUN.test(reading.head ?? '');
      const ofWhom = ofWhomOf(nounIsToll ? null : reading.noun, side, near ? previous!.ofWhom : 'people');
      previous = { end: phraseEnd, counted: reading.counted, ofWhom, one };
      const place = hasPlaces ? placeNear(placesOf(context.places, speakerSpans), c.start, text) : null;
      // No place in the sentence: its event's, else the place the sentences just before were set in, else the article's country.
      const recent = lastPlace && i - lastPlace.sentence <= RECENT_SENTENCES ? lastPlace.area : null;
      const area = hasPlaces
        ? place?.area ?? event?.admin1 ?? event?.country ?? recent ?? country
        : placePhraseIn(afterPhrase);
      const qualifier = reading.counted === 'forces' ? countQualifier(afterPhrase) : null;
      const source = sources.sourceOf(i, c.start);
      claims.push({
        kind: 'claim',
        subject: claimLabel({ counted: reading.counted, ofWhom, qualifier, area }),
        low: c.low,
        high: c.high,
        best: c.best,
        unit: ofWhom.split(/\s+/).at(-1)!.toLowerCase(),
        text: null,
        attributedTo: source.attributedTo,
        cue: source.cue,
        date: event?.dateStart ?? context.date ?? article.meta.published?.slice(0, 10) ?? null,
        evidence: [evidenceOf(text, sentence), evidenceOf(text, c), ...(source.evidence ? [source.evidence] : [])],
        confidence: (source.cue ? 0.7 : 0.5) - (reading.counted === 'other' ? 0.1 : 0),
        producedBy,
        counted: reading.counted,
        ofWhom,
        place: place?.place ?? event?.location ?? null,
        area,
        eventIndex: context.eventIndex,
        denied: source.denied,
        deniedBy: source.deniedBy,
        sourceKind: source.sourceKind,
      });
      const pushed = claims[claims.length - 1]!;
      if (group.length && SUMMED_JOIN.test(text.slice(groupEnd, c.start)) && pushed.counted === group[0]!.counted) group.push(pushed);
      // Parts ("including 12 police officers and five civilians") are not added up: their total is not the toll.
      else { flush(); group = PERSON_HARM.has(pushed.counted ?? '') && isPersonNoun(ofWhom) && !part ? [pushed] : []; }
      groupEnd = phraseEnd;
    }
    flush();
  });
  return claims;
}

/**
 * The total of counts joined by "and" under one harm ("a shepherd and an Israeli were both wounded",
 * "killing 12 police officers and five civilians"): one more claim, of the people counted together,
 * from the same source, over the words of all its parts. Null when the parts do not all give a figure.
 */
function sumOf(parts: readonly ClaimRecord[], text: string): ClaimRecord | null {
  if (parts.some((p) => p.low === null)) return null;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const total = (f: (p: ClaimRecord) => number | null): number | null => (parts.every((p) => f(p) !== null) ? parts.reduce((n, p) => n + f(p)!, 0) : null);
  const low = total((p) => p.low)!;
  const high = total((p) => p.high);
  const ofWhom = parts.every((p) => p.ofWhom === first.ofWhom) ? first.ofWhom! : 'people';
  const start = first.evidence[1]!.start;
  const end = last.evidence[1]!.end;
  return {
    ...last,
    subject: claimLabel({ counted: first.counted!, ofWhom, area: first.area ?? null }),
    low, high, best: total((p) => p.best),
    unit: ofWhom.split(/\s+/).at(-1)!.toLowerCase(),
    evidence: [first.evidence[0]!, evidenceOf(text, { start, end }), ...last.evidence.slice(2)],
    confidence: Math.min(...parts.map((p) => p.confidence)) - 0.1,
    ofWhom,
  };
}
