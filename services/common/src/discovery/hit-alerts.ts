import { cypher, type CypherQuery } from '../neo4j/cypher.js';

/**
 * The labels alerts of discovery are stored under, each written by one service: the entities
 * service's (people, objects, subject checks) and the locations service's (addresses). The cases
 * service's inbox and access requests read both. Labels reach Cypher only from this list.
 */
export const hitAlertLabels = ['DeconflictionAlert', 'AddressAlert'] as const;
export type HitAlertLabel = (typeof hitAlertLabels)[number];

/**
 * What raised an alert: someone checked a subject (SUBJECT_CHECKED), or recorded it in a case of
 * theirs (HIT_ON_ENTRY, naming that case as `fromCaseId`, so its own officer in charge is told too).
 */
export type AlertRaised = { readonly kind: 'SUBJECT_CHECKED'; readonly fromCaseId: null } | { readonly kind: 'HIT_ON_ENTRY'; readonly fromCaseId: string };

/** Who asked about or recorded a subject, and why, as the alert names them. */
export interface AlertAsker {
  readonly askedBy: string;
  readonly askedByName: string;
  readonly askedByForce: string;
  readonly reason: string;
}

/** Alerts the officers in charge of the cases holding a subject that someone asked about it or recorded it, and why. */
export function raiseHitAlerts(
  label: HitAlertLabel,
  alert: AlertAsker & { subjectKind: string; subjectValue: string },
  raised: AlertRaised,
  cases: readonly { caseId: string; id: string }[],
): CypherQuery {
  if (!hitAlertLabels.includes(label)) throw new Error(`not an alert label: ${String(label)}`);
  return cypher(
    `UNWIND $cases AS h
     MATCH (c:Case {id: h.caseId})
     CREATE (a:${label} {
       id: h.id, kind: $kind, at: datetime(), askedBy: $askedBy, askedByName: $askedByName, askedByForce: $askedByForce,
       reason: $reason, subjectKind: $subjectKind, subjectValue: $subjectValue, fromCaseId: $fromCaseId
     })-[:CONCERNS]->(c)
     RETURN count(a) AS raised`,
    {
      askedBy: alert.askedBy,
      askedByName: alert.askedByName,
      askedByForce: alert.askedByForce,
      reason: alert.reason,
      subjectKind: alert.subjectKind,
      subjectValue: alert.subjectValue,
      ...raised,
      cases: cases.map((h) => ({ caseId: h.caseId, id: h.id })),
    },
  );
}
