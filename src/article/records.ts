// Records extracted from one article: events and claims, each carrying its evidence spans.

/** A piece of evidence: offsets into the article text and the text itself. */
export interface Evidence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export const TIME_PRECISIONS = [1, 2, 3] as const; // 1 day, 2 week/approximate, 3 month or coarser
export const GEO_PRECISIONS = [1, 2, 3] as const; // 1 town, 2 near/district/feature, 3 province
export const EVENT_FLAGS = ['negated', 'hypothetical', 'historical'] as const;
export type EventFlag = (typeof EVENT_FLAGS)[number];

/** ACLED's actor categories (inter codes 1-8, in order): state forces … external/other forces. */
export const ACLED_ACTOR_CATEGORIES = [
  'state-forces', 'rebel-group', 'political-militia', 'identity-militia', 'rioters', 'protesters', 'civilians', 'external-forces',
] as const;
export type AcledActorCategory = (typeof ACLED_ACTOR_CATEGORIES)[number];

/** An actor as coded on an event: canonical id (when known), ACLED's name, and the words that named it. */
export interface ActorRef {
  readonly id: string | null;
  readonly name: string;
  readonly text: string;
  /** ACLED's category of the actor in this event (state forces abroad are external forces). */
  readonly category?: AcledActorCategory | null;
}

/** A range estimate in UCDP's style: best, low and high. */
export interface Estimate {
  readonly best: number | null;
  readonly low: number | null;
  readonly high: number | null;
  /** When several counts were added up ("six police officers and 16 civilians"), each of them. */
  readonly parts?: readonly { readonly best: number | null; readonly noun: string | null }[];
}

/** One event reported by one article, coded after ACLED. */
export interface EventRecord {
  readonly kind: 'event';
  readonly eventType: string | null;
  readonly subEventType: string | null;
  readonly actor1: ActorRef | null;
  readonly actor2: ActorRef | null;
  readonly dateStart: string | null; // YYYY-MM-DD
  readonly dateEnd: string | null;
  readonly timePrecision: number | null;
  readonly location: string | null;
  readonly country: string | null;
  readonly admin1: string | null;
  readonly admin2: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly geoPrecision: number | null;
  readonly fatalities: Estimate;
  readonly injured: Estimate;
  readonly flags: readonly EventFlag[];
  readonly trigger: Evidence;
  readonly evidence: readonly Evidence[];
  readonly confidence: number;
  /** Which stage (id@version) produced it. */
  readonly producedBy: string;
  /** ACLED's event_date: the day, or the 15th when only the month is known (precision 3). */
  readonly eventDate?: string | null;
  /** ACLED inter codes of actor1 and actor2 (1 state forces … 8 external/other forces; null when absent). */
  readonly inter1?: number | null;
  readonly inter2?: number | null;
  /** ACLED interaction: the two inter codes, lower first ("17"); one code and 0 for a sole actor ("60"). */
  readonly interaction?: string | null;
  /** True when civilians were the target (ACLED's civilian_targeting). */
  readonly civilianTargeting?: boolean;
  /** ACLED region of the event's country ("Middle East", "Western Africa"). */
  readonly region?: string | null;
  /** ACLED source_scale of the reporting outlet relative to the event ("International", "National"…), when the outlet is known. */
  readonly sourceScale?: string | null;
}

/** What a claim counts: the closed set `sitrep eval news` scores (killed, wounded, … forces), 'other' for the rest. */
export const CLAIM_COUNTED = ['killed', 'wounded', 'abducted', 'arrested', 'displaced', 'attacks', 'destroyed', 'munitions', 'forces', 'other'] as const;
export type ClaimCounted = (typeof CLAIM_COUNTED)[number];

/** Who a claim's source is: a named person, an unnamed one ("a security source"), an institution, or the outlet itself. */
export const SOURCE_KINDS = ['person', 'anonymous', 'institution', 'outlet'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * An attributed statement, mostly quantitative. `subject` is a readable label derived from the
 * structured fields (what is counted, of whom, where: "police killed in Kirkuk") and is the key
 * claims are grouped and compared by. The structured fields are optional because claims stored
 * before they existed lack them.
 */
export interface ClaimRecord {
  readonly kind: 'claim';
  readonly subject: string;
  readonly low: number | null;
  readonly high: number | null;
  readonly best: number | null;
  readonly unit: string | null;
  /** What is counted (killed, wounded, forces…); null for qualitative claims, absent on older records. */
  readonly counted?: ClaimCounted | null;
  readonly text: string | null; // qualitative claims: the statement itself
  readonly attributedTo: string | null;
  readonly cue: string | null;
  readonly date: string | null;
  readonly evidence: readonly Evidence[];
  readonly confidence: number;
  readonly producedBy: string;
  /** The group counted, normalised ("IS fighters", "police", "Iraqi soldiers", "people"). */
  readonly ofWhom?: string | null;
  /** The place the claim is about, as resolved from the `places` layer. */
  readonly place?: string | null;
  /** The province (admin1) the place lies in, else its country: what like claims are compared on. */
  readonly area?: string | null;
  /** Index into the article's `events` of the event the claim belongs to. */
  readonly eventIndex?: number | null;
  /** True when the statement is reported as denied; `deniedBy` names who denied it. */
  readonly denied?: boolean;
  readonly deniedBy?: string | null;
  readonly sourceKind?: SourceKind | null;
}

export const RECORD_NAMES = ['events', 'claims'] as const;
export type RecordName = (typeof RECORD_NAMES)[number];
