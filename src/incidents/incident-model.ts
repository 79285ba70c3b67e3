// The incident merger's input: a stored event plus the key saying which reports are independent.
import type { StoredEvent } from '../storage/store.ts';

export type { Disagreement, DisagreementField, DisagreementSide, Incident, IncidentSource } from '../article/incident-record.ts';
export { DISAGREEMENT_FIELDS } from '../article/incident-record.ts';

/** An event as the incident merger sees it: the stored event plus the key that says which reports are independent. */
export interface IncidentInput extends StoredEvent {
  /**
   * Reports sharing a key are not independent: the root of the article's near-duplicate group
   * (a reprinted wire story) or, failing that, the outlet.
   */
  readonly sourceKey: string;
}
