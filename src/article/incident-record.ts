// Incident records: events from different articles judged to be one real-world event, with sources and disagreements.
import type { EventRecord, Evidence } from './records.ts';

export interface IncidentSource {
  readonly eventId: string;
  readonly articleId: string;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly sourceKey: string;
  readonly evidence: readonly Evidence[];
}

export const DISAGREEMENT_FIELDS = ['fatalities', 'date', 'location', 'actor1', 'sub_event_type'] as const;
export type DisagreementField = (typeof DISAGREEMENT_FIELDS)[number];

/** One side of a disagreement: a value and the reports that gave it. */
export interface DisagreementSide {
  readonly value: string;
  readonly eventIds: readonly string[];
  readonly outlets: readonly (string | null)[];
}

export interface Disagreement {
  readonly field: DisagreementField;
  readonly values: readonly DisagreementSide[];
}

/** The ACLED-coded fields an incident shares with the events it merges. */
export type CodedEventFields = Pick<EventRecord,
  'eventType' | 'subEventType' | 'actor1' | 'actor2' | 'dateStart' | 'dateEnd' | 'timePrecision' | 'location' | 'country'
  | 'admin1' | 'admin2' | 'latitude' | 'longitude' | 'geoPrecision' | 'fatalities' | 'injured'>;

export interface Incident extends CodedEventFields {
  readonly kind: 'incident';
  /** Stable id: derived from the id of its earliest member event. */
  readonly id: string;
  readonly eventIds: readonly string[];
  readonly sources: readonly IncidentSource[];
  /** Distinct source keys: reprints of one wire story and one outlet count once. */
  readonly independentSources: number;
  readonly confidence: number;
  readonly disagreements: readonly Disagreement[];
}
