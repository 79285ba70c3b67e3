// Incident records: events from different articles judged to be one real-world event, with sources and disagreements.
import type { ActorRef, Estimate, Evidence } from './records.ts';

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

export interface Incident {
  readonly kind: 'incident';
  /** Stable id: derived from the id of its earliest member event. */
  readonly id: string;
  readonly eventIds: readonly string[];
  readonly eventType: string | null;
  readonly subEventType: string | null;
  readonly actor1: ActorRef | null;
  readonly actor2: ActorRef | null;
  readonly dateStart: string | null;
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
  readonly sources: readonly IncidentSource[];
  /** Distinct source keys: reprints of one wire story and one outlet count once. */
  readonly independentSources: number;
  readonly confidence: number;
  readonly disagreements: readonly Disagreement[];
}
