export const alertKinds = ['HIT_ON_ENTRY', 'SUBJECT_CHECKED', 'ACCESS_REQUESTED', 'ACCESS_DECIDED', 'ACTION_ALLOCATED', 'LEAD_TRANSFERRED'] as const;
export type AlertKind = (typeof alertKinds)[number];

/**
 * One alert in an officer's inbox. Alerts are not stored per recipient: each is read from the record
 * of what happened (a deconfliction alert, an access request, an allocation, a lead change), for the
 * officer reading, under the visibility predicate at the moment they read — so an alert is only ever
 * delivered to someone who may see what it names, even after a case is reclassified. The alert's own
 * id is `alertId` (not `id`, which beside a force would make the read audit take it for a record).
 */
export interface Alert {
  readonly alertId: string;
  readonly kind: AlertKind;
  readonly at: string;
  /** Who caused it: username, name and force, where known. */
  readonly by: string | null;
  readonly byName: string | null;
  readonly byForce: string | null;
  /** The case it names, only when the reader may see it. */
  readonly caseId: string | null;
  /** A hit's other case, when the reader may see it too. */
  readonly otherCaseId: string | null;
  /** For a hit in a case the reader may not see: only its force and officer in charge. */
  readonly knownToForce: string | null;
  readonly knownToOfficer: string | null;
  readonly subjectKind: string | null;
  readonly subjectValue: string | null;
  readonly requestId: string | null;
  /** GRANTED or REFUSED, for a decided access request. */
  readonly decision: string | null;
  readonly actionId: string | null;
  readonly operationId: string | null;
  readonly fromForce: string | null;
  readonly toForce: string | null;
  /** The reason, purpose or description the event carried. */
  readonly detail: string | null;
  readonly acknowledgedAt: string | null;
}

/** Where a hit's value is known when the reader may not see that case: its force's code and its officer in charge. */
export interface AlertKnownTo {
  readonly force: string;
  readonly officerInCharge: string;
}

/** Whom the inbox is read for: the signed-in officer. */
export interface AlertReader {
  readonly username: string;
  readonly force: string;
  readonly supervisor: boolean;
}
