// From an assembled draft to the stored EventRecord, coded the ACLED way: type, actors, date, place, fatalities, interaction, region, source scale.
import type { Article } from '../../article/article.ts';
import type { PlaceValue } from '../../article/layer-values.ts';
import type { Estimate, EventRecord, Evidence } from '../../article/records.ts';
import { acledCountry } from '../actors/acled-countries.ts';
import { SUB_EVENT_TYPES } from './acled-taxonomy.ts';
import { eventSubType, typingMention } from './event-type.ts';
import { acledActors } from './acled-actors.ts';
import { acledInteraction } from './acled-coding.ts';
import { countryGuessed, isCountryLevel, placeOf, type ArticleContext } from './article-context.ts';
import type { DraftEvent } from './assemble-events.ts';
import { airForceOf, type FoundActor } from './event-actors.ts';
import { acledEventDate, eventDay } from './event-date.ts';
import { eventFatalities, tollAfter, type HarmCounts } from './fatalities.ts';
import type { MentionFacts } from './mention-facts.ts';
import { sourceScale } from './source-scale.ts';
import { maxOf } from '../../util/extremes.ts';

export const EVENTS_VERSION = '0.3.0';

const CIVILIANS: FoundActor = { id: 'civilians', name: 'Civilians', type: 'civilians', country: null, text: '', inferred: false };

const evidenceOf = (text: string, start: number, end: number): Evidence => ({ start, end, text: text.slice(start, end) });

function injuredOf(members: readonly MentionFacts[]): Estimate {
  const known = members.map((m) => m.harm.injured).filter((e) => e.best !== null);
  return known.length ? known.reduce((a, b) => ((b.best ?? 0) > (a.best ?? 0) ? b : a)) : { best: null, low: null, high: null };
}

/**
 * One harm count per mention: the shares of a toll split over listed places or days (see
 * assemble-events.ts) add up again when they end in the same event.
 */
function harmsPerMention(members: readonly MentionFacts[]): HarmCounts[] {
  const byClause = new Map<number, HarmCounts>();
  const add = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : a + b);
  for (const m of members) {
    const seen = byClause.get(m.mention.clauseStart);
    if (!seen) byClause.set(m.mention.clauseStart, m.harm);
    else {
      const [x, y] = [seen.fatalities, m.harm.fatalities];
      byClause.set(m.mention.clauseStart, { ...seen, fatalities: { best: add(x.best, y.best), low: add(x.low, y.low), high: add(x.high, y.high) } });
    }
  }
  return [...byClause.values()];
}

const NO_DEATHS: Estimate = { best: 0, low: 0, high: 0 };

/**
 * The province of a place the gazetteer could not put in one (a town it lacks, located only by its
 * country): the one province of that country the event's own sentences name ("Kheret, located in
 * Enarj Enawga Woreda of Ethiopia's Amhara region"). Null when they name none, or more than one.
 */
function provinceNamed(context: ArticleContext, draft: DraftEvent, place: PlaceValue): string | null {
  const provinces = new Set<string>();
  for (const m of draft.members) {
    for (const s of context.places.within(m.mention.sentenceStart, m.mention.sentenceEnd)) {
      const p = placeOf(s);
      if (p.featureCode === 'admin1' && p.admin1 && p.countryCode === place.countryCode) provinces.add(p.admin1);
    }
  }
  return provinces.size === 1 ? [...provinces][0]! : null;
}

/** The EventRecord of one draft. `mentionSentences` (starts of every mention's sentence) tells a toll sentence that follows the event from another event's report. */
export function codeEvent(article: Article, context: ArticleContext, draft: DraftEvent, mentionSentences: ReadonlySet<number> = new Set()): EventRecord {
  const text = article.text;
  // Details told with a fight or riot (a retreat, offices set on fire) do not type it.
  const typing = draft.members.filter((m) => m.eventType !== 'Strategic developments' || draft.members[0]!.eventType === 'Strategic developments');
  const lead = typingMention(typing.length ? typing : draft.members);
  const first = draft.members[0]!;
  // A place the gazetteer lacks that the places stage could put in nothing but a country is in that
  // country only by its guess of the article's country; where the events' own reading of the article
  // names another country, the place says nothing certain and the event is placed as if it named none.
  const guessed = (p: PlaceValue): boolean => countryGuessed(p) && context.mainCountry !== null && p.countryCode !== context.mainCountry;
  const day = eventDay(draft.date);
  const own = draft.place && !guessed(placeOf(draft.place)) ? placeOf(draft.place) : null;
  // An event whose mentions name no place happened where the story is set; so did one placed only
  // in the story's country when it is the story's news (not a background event months before).
  const focus = context.focus ? placeOf(context.focus) : null;
  const current = !draft.date.explicit || (draft.date.precision ?? 3) < 3;
  const place = focus && (!own || (isCountryLevel(own) && own.countryCode === focus.countryCode && current)) ? focus : own;
  const country = acledCountry(place?.countryCode ?? context.mainCountry);
  const lastSentence = maxOf(draft.members.map((m) => m.mention.sentenceEnd));
  const toll = tollAfter(article, lastSentence, mentionSentences);
  const counted = eventFatalities([...harmsPerMention(draft.members), ...(toll ? [toll] : [])]);
  const subEventType = eventSubType(draft, counted);
  // An arrest kills no one (ACLED codes a deadly raid as violence): deaths told with it ("the suspect behind the killing of a police officer") are another event's.
  const fatalities = subEventType === 'Arrests' && counted.best !== null ? NO_DEATHS : counted;
  const frame = { eventType: SUB_EVENT_TYPES[subEventType], subEventType, country };
  // An air strike nobody is named as flying was flown by the state force the article names (which is then not its target).
  const initiator = draft.actor1 ?? (subEventType === 'Air/drone strike' ? airForceOf(article) : null);
  const target = draft.actor2 && initiator && !draft.actor1 && draft.actor2.id === initiator.id ? null : draft.actor2;
  // Explosions that killed people the text does not name as armed killed civilians.
  const killedUnnamed = frame.eventType === 'Explosions/Remote violence' && !target && (fatalities.best ?? 0) > 0;
  const { actor1, actor2 } = acledActors(initiator, killedUnnamed ? CIVILIANS : target, frame);
  const interaction = acledInteraction(actor1, actor2);
  const region = country?.region ?? null;
  const sentences = new Map(draft.members.map((m) => [m.mention.sentenceStart, m.mention.sentenceEnd] as const));
  const evidence = [...sentences].sort((a, b) => a[0] - b[0]).map(([start, end]) => evidenceOf(text, start, end));
  const confidence = maxOf(draft.members.map((m) => m.mention.confidence));
  return {
    kind: 'event',
    eventType: SUB_EVENT_TYPES[subEventType],
    subEventType,
    actor1,
    actor2,
    dateStart: day.start,
    dateEnd: day.end,
    timePrecision: draft.date.precision,
    eventDate: acledEventDate(day.start, day.end, draft.date.precision),
    location: place?.name ?? country?.name ?? null,
    country: place?.country ?? country?.name ?? null,
    admin1: place?.admin1 ?? (place && !isCountryLevel(place) ? provinceNamed(context, draft, place) : null),
    admin2: place?.admin2 ?? null,
    latitude: place?.lat ?? null,
    longitude: place?.lon ?? null,
    geoPrecision: place?.precision ?? (country ? 3 : null),
    fatalities,
    injured: injuredOf(draft.members),
    flags: first.flags,
    trigger: evidenceOf(text, lead.mention.triggerStart, lead.mention.triggerEnd),
    evidence,
    confidence: Number((0.4 + 0.5 * confidence).toFixed(3)),
    producedBy: `events@${EVENTS_VERSION}`,
    ...interaction,
    region,
    sourceScale: sourceScale(article.meta.outlet, article.meta.url, country?.code ?? null, region),
  };
}
