import type { Precision } from './event.time.js';

export const eventKinds = ['OFFENCE', 'INCIDENT', 'ARREST', 'SIGHTING', 'PHONE_CALL', 'JOURNEY'] as const;
export type EventKind = (typeof eventKinds)[number];

/** What happened in a case, and when: the stored instant starts the period the precision covers. */
export interface CaseEvent {
  readonly id: string;
  readonly caseId: string;
  readonly kind: EventKind;
  readonly description: string;
  /** ISO-8601 instant: the start of the period in which the event happened. */
  readonly occurredAt: string;
  readonly precision: Precision;
  /** Id of a Location (owned by the locations subgraph), or null when no place is known. */
  readonly locationId: string | null;
  readonly recordedAt: string;
  readonly recordedBy: string;
}

export interface NewEvent {
  readonly id: string;
  readonly caseId: string;
  readonly kind: EventKind;
  readonly description: string;
  readonly occurredAt: string;
  readonly precision: Precision;
  readonly locationId: string | null;
  readonly recordedBy: string;
}
