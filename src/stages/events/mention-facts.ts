// Everything one mention says by itself: its type, date, place, actors, harm, flags, and whether it states an aggregate or a habit.
import type { Article } from '../../article/article.ts';
import type { EventFlag } from '../../article/records.ts';
import type { Span } from '../../article/span.ts';
import { SUB_EVENT_TYPES, type EventType, type SubEventType } from './acled-taxonomy.ts';
import { containsPlace, isCountryLevel, placeOf, type ArticleContext } from './article-context.ts';
import type { EventMention } from './detect-mentions.ts';
import { mentionActors, type FoundActor } from './event-actors.ts';
import { mentionDate, type MentionDate } from './event-date.ts';
import { harmCounts, type HarmCounts } from './fatalities.ts';
import { SPAN_TIME, genericReason, type DateGrain, type GenericReason } from './generic-statements.ts';
import { occurs } from './typing/cue-syntax.ts';
import { textIndex } from './span-index.ts';
import { subEventTypeOf } from './typing/case-labels.ts';

export interface MentionFacts {
  readonly mention: EventMention;
  /** The mention's sentence. */
  readonly evidenceText: string;
  readonly subEventType: SubEventType;
  readonly eventType: EventType;
  readonly date: MentionDate;
  /** Places the mention itself names, best first (most precise, in the article's country, nearest the trigger). */
  readonly places: readonly Span[];
  readonly actor1: FoundActor | null;
  readonly actor2: FoundActor | null;
  readonly harm: HarmCounts;
  readonly flags: readonly EventFlag[];
  /** Why the mention states something other than one event, or null. */
  readonly generic: GenericReason | null;
  /** True when the text presents it as another event than the ones before ("the second attack", "separately"). */
  readonly separate: boolean;
  /** True when the mention places itself only by a compass region ("in the north and northwest"): no place to give it. */
  readonly vaguePlace: boolean;
  /** True for "meanwhile": another event at the time of the one told before. */
  readonly simultaneous: boolean;
  /** True for a definite mention of something already told ("the attack", "the blast") with no date of its own. */
  readonly anaphoric: boolean;
  /** Places listed together ("in Baghdad, Kirkuk, Nineveh and Anbar"): one event in each, ACLED's one-place unit. */
  readonly placeList: readonly Span[];
}

/** Place spans of one clause that form a list: consecutive, joined only by commas and "and". */
function listedPlaces(text: string, places: readonly Span[]): Span[] {
  const ordered = [...places].sort((a, b) => a.start - b.start);
  let best: Span[] = [];
  let run: Span[] = [];
  for (const s of ordered) {
    const last = run[run.length - 1];
    if (last && /^\s*(?:,|,?\s+and|,?\s+as well as)\s+(?:in\s+)?$/i.test(text.slice(last.end, s.start))) run.push(s);
    else run = [s];
    if (run.length > best.length) best = [...run];
  }
  // "in Sadr City, Baghdad", "in Kuriga, Kaduna State": a place and, after a bare comma, the town or province
  // it lies in is an address, not a list.
  if (best.length === 2 && /^\s*,\s*$/.test(text.slice(best[0]!.end, best[1]!.start))) {
    const [inner, outer] = [placeOf(best[0]!), placeOf(best[1]!)];
    if (containsPlace(outer, inner) || (inner.admin1 !== null && inner.admin1 === outer.admin1 && inner.precision <= outer.precision)) return [];
  }
  const distinct = new Set(best.map((s) => placeOf(s).id));
  return best.length >= 2 && distinct.size === best.length && best.every((s) => placeOf(s).precision <= 3 && !isCountryLevel(placeOf(s))) ? best : [];
}


/**
 * The mention's flags with "historical" kept only for background the text does not date finer than a
 * year: an event dated to its day or month ("a truck bombing in July") is coded, as the news
 * coding conventions ask, even in a sentence that also names an old year.
 */
function ownFlags(flags: readonly EventFlag[], date: MentionDate): readonly EventFlag[] {
  return date.explicit && date.precision !== null ? flags.filter((f) => f !== 'historical') : flags;
}

/** A toll someone disputes or a party claims for itself. */
const CONTESTED = /\b(?:denied|disputed|unverified|could not be (?:independently )?(?:verified|confirmed)|claimed (?:to have|that|it had|they had)|said (?:in a statement )?(?:on a website )?(?:(?:linked to the group )?that )?its (?:fighters|forces|men)\s+had)\b/i;

/** Words for a crowd's own violence. */
const CROWD_VIOLENCE = /\b(?:violence|violent|riot\w*|clash\w*|molotov\w*|torch\w*|ablaze|set (?:on )?fire|stones?|rocks)\b/i;
const VIOLENCE_LABELS = new Set(['ARMED_CLASH', 'ATTACK', 'PROPERTY_DISTRUCT', 'GRENADE', 'REM_EXPLOS', 'AIR_STRIKE', 'ART_MISS_ATTACK']);
const ONSET = /\b(?:erupted|began|begun|started|broke out|escalated|kicked off|flared)\b/i;
/** How long (days) a "since" span may run and still be reported as the events of those days. */
const SINCE_DAYS = 7;

/**
 * A mention dated by "since <day>" more than a week before publication: 'onset' when the clause
 * says what began that day ("since they erupted in Basra on July 8"), else 'aggregate' (a tally over
 * the span: "330 dead since October 1"). Null without "since", or for a span of a few days (the
 * events of those days, reported together).
 */
function sinceOnset(text: string, m: EventMention, date: MentionDate, published: string | null): 'onset' | 'aggregate' | null {
  const span = date.span;
  if (!span || !date.explicit || !date.start || !published) return null;
  if (!/\bsince\s+(?:[\w'’-]+\s+){0,8}$/i.test(text.slice(Math.max(m.clauseStart, span.start - 60), span.start))) return null;
  const days = (Date.parse(published.slice(0, 10)) - Date.parse(date.start)) / 86_400_000;
  if (days <= SINCE_DAYS) return null;
  return ONSET.test(text.slice(m.clauseStart, m.clauseEnd)) ? 'onset' : 'aggregate';
}

/** How finely the text dates the mention: a day or week, only a month, or not at all (a span such as "in the last few days" does not date it). */
function dateGrain(text: string, date: MentionDate): DateGrain {
  // "said Saturday it has liberated …": the day of the statement dates what it reports.
  if (!date.explicit && date.span !== null && date.precision === 2) return 'day';
  if (!date.explicit || date.span === null || occurs(SPAN_TIME, text.slice(Math.max(0, date.span.start - 3), date.span.end))) return 'none';
  return date.precision === 3 ? 'month' : 'day';
}


/** "in the north and northwest", "in the country's east": a region named only by its compass direction. */
const VAGUE_PLACE = /\bin the (?:(?:far|country['’]s|restive|volatile)\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest|centre|center)(?:ern)?\b(?!\s+of\b)/i;

/** "at Seytenga", "in Kawuri": a named spot the gazetteer may lack, so the mention is not placed by compass alone. */
const NAMED_SPOT = /\b(?:at|in|near|outside)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]{2,}/;

/** "the attack", "the deadly blast", "this bombing": the event was introduced before. */
const DEFINITE_BEFORE = /\b(?:the|this|that|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's|yesterday's|today's)\s+(?:[\w-]+\s+)?$/i;

/** "for the attack in which an IED was used": the clause speaks of an event already told. */
const DEFINITE_EVENT = /\b(?:the|this|that)\s+(?:deadly\s+|latest\s+|suicide\s+)?(?:attack|blast|bombing|explosion|assault|ambush|strike|killing|kidnapping|abduction|incident)\b/i;

/** Words that present a mention as one more event rather than more about the last one. */
const ANOTHER_EVENT = /\b(?:(?:the|a) (?:first|second|third|fourth|other|separate|earlier|previous) (?:attack|incident|assault|bombing|blast|explosion|strike|raid|clash|ambush)|another (?:attack|incident|assault|bombing|blast|explosion|strike|raid|clash|ambush)|separately|elsewhere|meanwhile|in a separate)\b/i;

/** "the newspaper reported from Kabul": where the report was filed, not where the event happened. */
const REPORTED_FROM = /\b(?:reported|reporting|reports|writing|speaking|filed|broadcasting)\s+from\s+$/i;

/** "a reenactment of Chibok girls kidnap", "reminiscent of the Beslan siege": a place in a comparison names another event. */
const COMPARED_WITH = /\b(?:re-?enactments?|reminiscent|echo(?:es|ing)?|recall(?:s|ing)?|similar to|likened to|compared to|comparisons? with|repeat|repetition)\s+(?:of\s+)?(?:the\s+)?(?:\d{4}\s+)?$/i;

/** A sentence opening "Later on Friday, …", "Later that day, …": the next thing that happened, not more about the last. */
const LATER_THAT_DAY = /^\W*later\s+(?:on|that|the same)\s+(?:day|morning|afternoon|evening|night|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i;

/** What lies between a possessor and the place it owns: "’s twin city of ", "'s ", "’s northern town of ". */
const POSSESSOR = /^['’]s?\s+(?:[a-z][\w-]*\s+){0,3}(?:of\s+)?$/;

/** Words that open a clause telling another event in time relation to the one before ("The incident occurred barely 24 hours after insurgents abducted …"). */
const TIME_SUBORDINATOR = /\b(?:after|before|since|following|days? after|weeks? after)\s/gi;

/** Where the trigger's own clause starts: after the last time subordinator before the trigger, else the clause start. */
function ownClauseStart(text: string, m: EventMention): number {
  let start = m.clauseStart;
  for (const t of text.slice(m.clauseStart, m.triggerStart).matchAll(TIME_SUBORDINATOR)) start = m.clauseStart + t.index + t[0].length;
  return start;
}

/**
 * Candidate places of a mention: place spans in its clause, else in its sentence, else (below the
 * country) in the previous sentence of its paragraph. Ranked by the
 * article's country first (a place abroad is usually a homonym or an actor's home), then precision,
 * then a listed place before one the gazetteer lacks, then distance from the trigger.
 */
export function mentionPlaces(context: ArticleContext, m: EventMention): Span[] {
  const inClause = context.places.within(m.clauseStart, m.clauseEnd);
  const inSentence = context.places.within(m.sentenceStart, m.sentenceEnd);
  // "In the village of X, … They shot him": the previous sentence of the paragraph sets the scene.
  const before = context.places.within(m.contextStart, m.sentenceStart).filter((s) => !isCountryLevel(placeOf(s)));
  const candidates = betweenFirst(context.text, inClause.length ? inClause : inSentence.length ? inSentence : before)
    .filter((s) => !REPORTED_FROM.test(context.text.slice(Math.max(0, s.start - 30), s.start)) && !COMPARED_WITH.test(context.text.slice(Math.max(0, s.start - 40), s.start)));
  const home = (s: Span): number => (context.mainCountry && placeOf(s).countryCode !== context.mainCountry ? 1 : 0);
  const distance = (s: Span): number => Math.abs(s.start - m.triggerStart);
  // A place the gazetteer lacks (located by its container) yields to a listed one of equal precision.
  const approximate = (s: Span): number => (placeOf(s).approximate === true ? 1 : 0);
  // …except the town or area it lies in, when places makes it as precise as a town (a square, a market,
  // a neighbourhood: "Tahrir Square, in central Baghdad"; a village the text names as one: "Pa Zi Gyi Village in Kanbalu Township").
  const within = (s: Span): string | undefined => (placeOf(s).precision === 1 ? (placeOf(s) as { within?: string }).within : undefined);
  const inside = (a: Span, b: Span): number => (within(a) === placeOf(b).id ? -1 : within(b) === placeOf(a).id ? 1 : 0);
  // "the capital Khartoum's twin city of Omdurman", "Nineveh's Tal Afar": the place named through another's possessive is the one meant.
  // (A country owning a province, "Pakistan's Punjab province", leaves the choice to precision and the story's focus.)
  const owns = (a: Span, b: Span): boolean => a.end < b.start && !isCountryLevel(placeOf(a)) && POSSESSOR.test(context.text.slice(a.end, b.start));
  const possessed = (a: Span, b: Span): number => (owns(b, a) ? -1 : owns(a, b) ? 1 : 0);
  return [...candidates].sort((a, b) => home(a) - home(b) || placeOf(a).precision - placeOf(b).precision || inside(a, b) || possessed(a, b) || approximate(a) - approximate(b) || distance(a) - distance(b));
}

/**
 * "between the cities of Palmyra and Deir Ezzor": the event is on the way between, near the first;
 * the second place is dropped and the first made approximate (precision 2).
 */
function betweenFirst(text: string, places: Span[]): Span[] {
  const out: Span[] = [];
  for (const [i, s] of places.entries()) {
    const previous = places[i - 1];
    if (previous && /\bbetween\s+(?:the\s+)?(?:\w+\s+)?(?:of\s+)?$/i.test(text.slice(Math.max(0, previous.start - 40), previous.start)) && /^\s+and\s+(?:the\s+)?$/i.test(text.slice(previous.end, s.start))) continue;
    // "the Kaduna–Abuja highway": a road between two places, near the first.
    if (previous && /^\s*[–—-]\s*$/.test(text.slice(previous.end, s.start)) && /^\s+(?:highway|road|expressway|motorway|route|corridor)\b/i.test(text.slice(s.end, s.end + 15))) continue;
    const next = places[i + 1];
    const opensRoad = next !== undefined && /^\s*[–—-]\s*$/.test(text.slice(s.end, next.start));
    const opensBetween = opensRoad || /\bbetween\s+(?:the\s+)?(?:\w+\s+)?(?:of\s+)?$/i.test(text.slice(Math.max(0, s.start - 40), s.start));
    out.push(opensBetween ? { ...s, value: { ...placeOf(s), precision: 2 } as unknown as Span['value'] } : s);
  }
  return out;
}

/** The facts of one ACLED-typed mention. */
export function mentionFacts(article: Article, context: ArticleContext, m: EventMention): MentionFacts {
  const date = mentionDate(article, m, context.dateline);
  const text = article.text;
  const { actor1, actor2 } = mentionActors(article, m);
  // Violence by a crowd is a riot in ACLED's codebook ("protesters set ablaze offices"); violence by
  // state forces against a crowd is excessive force against protesters ("shot dead by security forces").
  const crowd = (a: FoundActor | null): boolean => a?.type === 'protesters' || a?.type === 'rioters';
  const violent = VIOLENCE_LABELS.has(m.label);
  const since = sinceOnset(text, m, date, article.meta.published);
  const counted = harmCounts(article, m.clauseStart, m.clauseEnd);
  // A toll counted "since" a day is cumulative, not this event's.
  const harm = since ? { ...counted, fatalities: { best: null, low: null, high: null } } : { ...counted, contested: CONTESTED.test(text.slice(m.sentenceStart, m.sentenceEnd)) };
  const killed = (harm.fatalities.best ?? 0) > 0;
  // A protest at which people were killed met excessive force, unless the crowd itself turned violent.
  const lethalProtest = killed && (m.label === 'PEACE_PROTEST' || m.label === 'PROTEST_WITH_INTER');
  // …and one that turned violent ("died during the violence", "from burns sustained during the torching") was a riot.
  const violentProtest = lethalProtest && CROWD_VIOLENCE.test(m.typedClause);
  // Rioters are violent by definition: "a clash between troops and stone-throwers" is their violent demonstration.
  const rioting = violent && actor2?.type === 'rioters' && !crowd(actor1);
  // A killing typed as a clash only because of whom it hit, when the victims are civilians, is an attack on them.
  const civiliansHit = m.label === 'ARMED_CLASH' && !m.fight && actor2?.type === 'civilians';
  const subEventType: SubEventType = (violent && crowd(actor1)) || rioting || violentProtest ? 'Violent demonstration'
    : (violent && crowd(actor2) && (actor1 === null || actor1.type === 'state-forces')) || lethalProtest ? 'Excessive force against protesters'
      : civiliansHit ? 'Attack'
        : subEventTypeOf(m.label)!;

  const places = mentionPlaces(context, m);
  return {
    mention: m,
    evidenceText: text.slice(m.sentenceStart, m.sentenceEnd),
    subEventType,
    eventType: SUB_EVENT_TYPES[subEventType],
    date,
    places,
    placeList: listedPlaces(text, places.filter((p) => p.start >= m.clauseStart && p.end <= m.clauseEnd)),
    actor1: rioting ? actor2 : actor1,
    actor2: rioting ? actor1 : actor2,
    harm,
    flags: ownFlags(m.flags, date),
    separate: ANOTHER_EVENT.test(text.slice(m.clauseStart, m.clauseEnd)) || LATER_THAT_DAY.test(text.slice(m.sentenceStart, m.clauseEnd)),
    simultaneous: /^\W*(?:meanwhile|at the same time|simultaneously)\b/i.test(text.slice(m.sentenceStart, m.sentenceEnd)),
    vaguePlace: places.length === 0 && VAGUE_PLACE.test(text.slice(m.sentenceStart, m.sentenceEnd)) && !NAMED_SPOT.test(text.slice(m.sentenceStart, m.sentenceEnd)),
    anaphoric: !date.explicit && (DEFINITE_BEFORE.test(text.slice(Math.max(m.clauseStart, m.triggerStart - 20), m.triggerStart)) || DEFINITE_EVENT.test(text.slice(ownClauseStart(text, m), m.clauseEnd))),
    generic: since === 'aggregate' ? 'span' : genericReason(m.typedClause, text.slice(m.sentenceStart, m.sentenceEnd), dateGrain(text, date), textIndex(article).insideQuote(m.triggerStart)),
  };
}
