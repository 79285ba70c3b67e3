// Document-level assembly: mentions of one event across the article become one draft event (ACLED's day × place × actors × type unit).
import type { Span } from '../../article/span.ts';
import type { EventType } from './acled-taxonomy.ts';
import { placeOf, placesAgree } from './article-context.ts';
import type { FoundActor } from './event-actors.ts';
import type { MentionDate } from './event-date.ts';
import type { MentionFacts } from './mention-facts.ts';

/** One event as assembled from its mentions, before ACLED coding. */
export interface DraftEvent {
  readonly members: MentionFacts[];
  date: MentionDate;
  place: Span | null;
  actor1: FoundActor | null;
  actor2: FoundActor | null;
}

/** Event types that describe one occurrence from different angles: an attack, the blast in it and the deaths it caused. */
function family(type: EventType): string {
  if (type === 'Battles' || type === 'Explosions/Remote violence' || type === 'Violence against civilians') return 'violence';
  if (type === 'Protests' || type === 'Riots') return 'crowd';
  return 'strategic';
}

const sameFlags = (a: MentionFacts, b: MentionFacts): boolean => [...a.flags].sort().join() === [...b.flags].sort().join();

const DAY = 86_400_000;
/** How far (days) an explicit date may lie from the report day and still be the event the report is about. */
const REPORT_WINDOW_DAYS = 7;

/**
 * Two dates can be one event's: both explicit and overlapping without naming two different days; or
 * one is only the report day and the other lies within a week of it ("on Monday" in a Wednesday
 * report), not months before ("in July").
 */
function datesAgree(a: MentionDate, b: MentionDate): boolean {
  if (!a.start || !b.start) return true;
  if (a.explicit && b.explicit) {
    if (a.precision === 1 && b.precision === 1) return a.start === b.start;
    return a.start <= (b.end ?? b.start) && b.start <= (a.end ?? a.start);
  }
  if (!a.explicit && !b.explicit) return true;
  const [implicit, explicit] = a.explicit ? [b, a] : [a, b];
  // "In the past two weeks, …": a span longer than a week tells other events than the report's own.
  if (explicit.precision !== 3 && explicit.end && (Date.parse(explicit.end) - Date.parse(explicit.start!)) / DAY > REPORT_WINDOW_DAYS) return false;
  // A day that dates a statement ("said Saturday it has liberated …") allows the day before it, not days earlier.
  if (implicit.span !== null && explicit.precision === 1) {
    const gap = (Date.parse(implicit.start!) - Date.parse(explicit.start!)) / DAY;
    return gap >= 0 && gap <= 1;
  }
  // A month names the report's time only when it is the report's month ("in August" in a September report is background).
  if (explicit.precision === 3) return explicit.start!.slice(0, 7) === implicit.start!.slice(0, 7);
  const day = Date.parse(implicit.start!);
  return Date.parse(explicit.end ?? explicit.start!) >= day - REPORT_WINDOW_DAYS * DAY && Date.parse(explicit.start!) <= day + DAY;
}

/** Generic or unnamed actors say nothing about which event a mention belongs to. */
function named(x: FoundActor): boolean {
  return !x.inferred && x.type !== 'civilians' && x.type !== 'protesters' && x.type !== 'rioters' && !/^(?:(?:military|police|security)-forces|unidentified-armed-group)$/.test(x.id ?? '');
}

/** Two different named initiators (the army, the US-led coalition) mark two events, unless each is the other's target. */
function actorsAgree(draft: DraftEvent, f: MentionFacts): boolean {
  const a = draft.actor1;
  const b = f.actor1;
  if (!a || !b || !named(a) || !named(b) || a.id === b.id) return true;
  return draft.actor2?.id === b.id || f.actor2?.id === a.id;
}

/** How many of the latest events a mention is compared with: a page listing thousands stays linear. */
const RECENT_DRAFTS = 40;

/** Strategic developments that are details of a fight or a riot when told with it (a retreat, an evacuation, offices set on fire). */
const DETAIL_TYPES = new Set(['Non-violent transfer of territory', 'Change to group/activity', 'Other', 'Looting/property destruction', 'Disrupted weapons use']);

/** How an explosive weapon arrives: from afar (aircraft, guns, missiles) or on the spot (a planted bomb, a bomber, a grenade). */
const DELIVERY: Partial<Record<string, 'afar' | 'spot'>> = {
  'Air/drone strike': 'afar', 'Shelling/artillery/missile attack': 'afar',
  'Remote explosive/landmine/IED': 'spot', 'Suicide bomb': 'spot', 'Grenade': 'spot',
};

/** What a draft's members are, kept up to date as members are added (they only ever are): comparing a mention with a draft costs the same however many members it has. */
interface MembersSummary {
  counted: number;
  readonly deliveries: Set<'afar' | 'spot'>;
  readonly subEventTypes: Set<string>;
}
const membersSummaries = new WeakMap<readonly MentionFacts[], MembersSummary>();

function membersSummary(draft: DraftEvent): MembersSummary {
  let summary = membersSummaries.get(draft.members);
  if (!summary) membersSummaries.set(draft.members, (summary = { counted: 0, deliveries: new Set(), subEventTypes: new Set() }));
  for (; summary.counted < draft.members.length; summary.counted++) {
    const m = draft.members[summary.counted]!;
    const delivery = DELIVERY[m.subEventType];
    if (delivery) summary.deliveries.add(delivery);
    summary.subEventTypes.add(m.subEventType);
  }
  return summary;
}

/** An air strike and a car bomb are two events, whatever else they share: the event has explosions of the other kind only. */
function otherDelivery(draft: DraftEvent, f: MentionFacts): boolean {
  const mine = DELIVERY[f.subEventType];
  if (!mine) return false;
  const theirs = membersSummary(draft).deliveries;
  return theirs.size > 0 && !theirs.has(mine);
}

function compatible(draft: DraftEvent, f: MentionFacts, anaphora = false, anyFlags = false): boolean {
  const lead = draft.members[0]!;
  if (!anyFlags && !sameFlags(lead, f)) return false;
  const detail = DETAIL_TYPES.has(f.subEventType) && family(lead.eventType) !== 'strategic';
  if (family(lead.eventType) !== family(f.eventType) && !detail) return false;
  if (otherDelivery(draft, f)) return false;
  if (anaphora) return true;
  if (family(f.eventType) === 'strategic' && !detail && !membersSummary(draft).subEventTypes.has(f.subEventType)) return false;
  if (!datesAgree(draft.date, f.date)) return false;
  if (!placesAgree(draft.place ? placeOf(draft.place) : null, f.places[0] ? placeOf(f.places[0]) : null)) return false;
  return actorsAgree(draft, f);
}

/** The more precise of two places that agree (the town inside the province). */
function finerPlace(a: Span | null, b: Span | null): Span | null {
  if (!a || !b) return a ?? b;
  // A square, quarter or village places puts inside the other place is the finer one at equal precision.
  if (placeOf(b).precision === placeOf(a).precision && (placeOf(b) as { within?: string }).within === placeOf(a).id) return b;
  return placeOf(b).precision < placeOf(a).precision ? b : a;
}

function absorb(draft: DraftEvent, f: MentionFacts): void {
  draft.members.push(f);
  if (f.anaphoric && !placesAgree(draft.place ? placeOf(draft.place) : null, f.places[0] ? placeOf(f.places[0]) : null)) return;
  if (!draft.date.explicit && f.date.explicit) draft.date = f.date;
  else if (draft.date.explicit && f.date.explicit && (f.date.precision ?? 3) < (draft.date.precision ?? 3)) draft.date = f.date;
  draft.place = finerPlace(draft.place, f.places[0] ?? null);
  draft.actor1 ??= f.actor1;
  draft.actor2 ??= f.actor2 && f.actor2.id !== draft.actor1?.id ? f.actor2 : null;
}

const DAY_MS = 86_400_000;
/** Longest run of days a toll is spread over, one event per day. */
const MAX_SPLIT_DAYS = 7;

/** The i-th of n even shares of a count, the remainder going to the first shares (7 over 2 days: 4 and 3). */
function share(total: number | null, n: number, i: number): number | null {
  if (total === null) return null;
  return Math.floor(total / n) + (i < total % n ? 1 : 0);
}

function shareOf(f: MentionFacts, n: number, i: number): MentionFacts {
  if (n === 1) return f;
  const e = f.harm.fatalities;
  return { ...f, harm: { ...f.harm, fatalities: { best: share(e.best, n, i), low: share(e.low, n, i), high: share(e.high, n, i) } } };
}

/** "raids in Baghdad, Kirkuk and Anbar": one event per listed place, any toll shared evenly among them. */
function splitByPlace(f: MentionFacts): MentionFacts[] {
  const n = f.placeList.length;
  return n >= 2 ? f.placeList.map((p, i) => ({ ...shareOf(f, n, i), places: [p], placeList: [] })) : [f];
}

/** "200 killed over the last two days": one event per day, the toll shared evenly (the news coding convention). */
function splitByDay(f: MentionFacts): MentionFacts[] {
  const { start, end, precision, explicit } = f.date;
  if (!explicit || precision !== 1 || !start || !end || start === end || f.harm.fatalities.best === null) return [f];
  const n = Math.round((Date.parse(end) - Date.parse(start)) / DAY_MS) + 1;
  if (n < 2 || n > MAX_SPLIT_DAYS) return [f];
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.parse(start) + i * DAY_MS).toISOString().slice(0, 10);
    return { ...shareOf(f, n, i), date: { ...f.date, start: day, end: day }, separate: true };
  });
}

/**
 * Assemble mentions (in text order) into events. Each mention joins the latest event it is
 * compatible with, else starts its own: same flags, the same family of types (violence, crowds, or
 * one strategic sub-type), dates that can be one day, places one of which contains the other, and
 * no two different named armed groups as initiator. An event takes the first explicit date (a finer
 * one replacing a coarser), the most precise place, and the first actors its mentions name.
 * A mention presented as another event ("in the second attack", "in a separate incident") starts
 * its own, a mention listing places ("raids in Baghdad, Kirkuk and Anbar") gives one event per place,
 * and a toll over a few days one event per day. Mentions that state aggregates, habits or campaigns are left out.
 */
export function assembleEvents(facts: readonly MentionFacts[]): DraftEvent[] {
  const drafts: DraftEvent[] = [];
  const units = facts.flatMap(splitByPlace).flatMap(splitByDay);
  for (const f of units) {
    if (f.generic) continue;
    // A definite mention ("the attack") refers to the latest event of its kind even where the place seems to differ.
    const recent = drafts.slice(-RECENT_DRAFTS).reverse();
    const target = f.separate ? undefined : recent.find((d) => compatible(d, f)) ?? (f.anaphoric ? recent.find((d) => compatible(d, f, true)) : undefined);
    // A negated detail of an event already told ("no one was killed", "no group claimed the blast") is evidence, not an event.
    const negatedDetail = !target && f.flags.includes('negated') ? recent.find((d) => d.members[0]!.flags.length === 0 && compatible(d, f, false, true)) : undefined;
    if (negatedDetail) negatedDetail.members.push(f);
    else if (target) absorb(target, f);
    // "Meanwhile, …" with no date of its own happened when the event told before it did.
    else if (f.simultaneous && !f.date.explicit && drafts.length) drafts.push({ members: [f], date: drafts[drafts.length - 1]!.date, place: f.places[0] ?? null, actor1: f.actor1, actor2: f.actor2 && f.actor2.id !== f.actor1?.id ? f.actor2 : null });
    else drafts.push({ members: [f], date: f.date, place: f.places[0] ?? null, actor1: f.actor1, actor2: f.actor2 && f.actor2.id !== f.actor1?.id ? f.actor2 : null });
  }
  return drafts;
}

/** Words for the people an event involves, for texts whose actors were not recognised as such. */
const PARTICIPANTS = /\b(?:people|persons?|civilians?|militants?|gunm[ae]n|fighters?|rebels?|insurgents?|jihadists?|terrorists?|bandits?|troops|soldiers?|police\w*|officers?|forces|army|protesters?|demonstrators?|rioters?|residents?|villagers?|attackers?|assailants?|bombers?|kidnappers?|hostages?|victims?|drivers?|m[ae]n|wom[ae]n|child(?:ren)?|students?|pupils?|worshipp?ers?|mob|famil(?:y|ies)|members?|suspects?)\b/i;

/**
 * Whether a draft says who did it or to whom (a recognised actor, a toll, words for people), or
 * when: a mention of violence with none of these ("the battle for Ukraine", "a gripping encounter
 * at Briggs Road", "these have to be real bombs") reports no event ACLED could code.
 */
export function reportsSomeone(draft: DraftEvent): boolean {
  return draft.date.explicit || draft.members.some((f) => f.actor1 !== null || f.actor2 !== null || f.harm.fatalities.best !== null || PARTICIPANTS.test(f.evidenceText));
}
