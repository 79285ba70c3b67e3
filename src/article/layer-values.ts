// The normalised value each span layer carries: the contract between the stages that assign a layer and those that read it.

/** ACLED actor types. */
export const ACTOR_TYPES = [
  'state-forces', 'rebel-group', 'political-militia', 'identity-militia', 'rioters', 'protesters',
  'civilians', 'external-forces',
] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/** `actors` layer: label = ActorType. */
export interface ActorValue {
  readonly [key: string]: string | boolean | null;
  /** Canonical id from data/ (e.g. "islamic-state"). */
  readonly id: string;
  readonly name: string;
  readonly type: ActorType;
  /** ISO 3166-1 alpha-2, or null for transnational actors. */
  readonly country: string | null;
  /** True for generic mentions ("the militants") linked to a named actor by inference. */
  readonly inferred: boolean;
}

/** `places` layer: label = 'place' (an event location candidate), 'demonym' (country context only: demonyms, countries used as modifiers or as actors) or 'dateline' (where the report was filed: metadata, never an event location). */
export interface PlaceValue {
  readonly [key: string]: string | number | boolean | null;
  /** Gazetteer id (GeoNames id as a string, or "sitrep:<slug>" for curated rows). */
  readonly id: string;
  readonly name: string;
  /** ISO 3166-1 alpha-2. */
  readonly countryCode: string | null;
  readonly country: string | null;
  readonly admin1: string | null;
  readonly admin2: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  /** ACLED geo precision: 1 town/village, 2 near/part of a district or natural feature, 3 province or coarser. */
  readonly precision: 1 | 2 | 3;
  /** GeoNames feature class/code or 'country', 'admin1', 'admin2', 'feature'; 'unlisted:<kind>' for a place the gazetteer lacks. */
  readonly featureCode: string | null;
  // Also set since places 1.1 (absent in older records, so not declared here): `approximate: boolean`,
  // true when the point is not the place's own but that of the listed area containing it (an unlisted
  // village, featureCode 'unlisted:village': "Narin village" located by Diyala), and since places 1.2
  // `within: string`, the id of that listed area ("Tahrir Square, in central Baghdad" is within Baghdad).
}

/** `dates` layer: label = 'date'. Intervals are inclusive calendar days. */
export interface DateValue {
  readonly [key: string]: string | boolean | null;
  /** YYYY-MM-DD, or null when the mention could not be resolved (no publication date). */
  readonly start: string | null;
  readonly end: string | null;
  readonly precision: 'day' | 'week' | 'month' | 'year' | 'decade';
  /** True when resolved relative to the publication date ("on Sunday", "last month"). */
  readonly relative: boolean;
}

/** `quantities` layer: label = 'count' (of people or things) or 'measure' (a distance, area, duration…). */
export interface QuantityValue {
  readonly [key: string]: string | number | boolean | null;
  readonly low: number | null;
  readonly high: number | null;
  /** ACLED's conservative best estimate ("several" 3, "dozens" 12, "hundreds" 100). */
  readonly best: number | null;
  /** The counted noun as written ("fighters", "police officers"), or the unit for measures ("km"). */
  readonly noun: string | null;
  readonly approximate: boolean;
}

/** `sources` layer: label = 'attribution'; the span covers the speaker mention. */
export interface AttributionValue {
  readonly [key: string]: string | number | boolean | null;
  /** The speaker as named ("Brig. Gen. Yahya Rasoul", "three Iraqi intelligence officials"). */
  readonly speaker: string;
  readonly role: string | null;
  readonly organisation: string | null;
  readonly anonymous: boolean;
  /** The cue word ("said", "according to", "told", "warned"). */
  readonly cue: string;
  /** The span of text the attribution covers (a sentence or a quote). */
  readonly coversStart: number;
  readonly coversEnd: number;
}
