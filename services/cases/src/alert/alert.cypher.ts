import {
  caseVisible,
  cypher,
  hitAlertLabels,
  int,
  keysetCondition,
  keysetParams,
  type CursorKey,
  type CypherQuery,
  type HitAlertLabel,
  type ViewerParams,
} from '@crosslink/common';
import { actionTargetVisible } from '../action/action.cypher.js';
import { operationVisible } from '../operation/operation.visibility.js';
import type { Alert, AlertReader } from './alert.model.js';

// Every case has an officer in charge (migration 0010 set the creator on the older ones).
const oic = (c: string) => `${c}.officerInCharge`;

/** Every field an alert row carries, null unless a source sets it. */
const blank = {
  by: null,
  byName: null,
  byForce: null,
  caseId: null,
  otherCaseId: null,
  knownToForce: null,
  knownToOfficer: null,
  subjectKind: null,
  subjectValue: null,
  requestId: null,
  decision: null,
  actionId: null,
  operationId: null,
  fromForce: null,
  toForce: null,
  detail: null,
};
const row = (fields: Record<string, string>): string =>
  `{${Object.entries({ ...blank, ...fields })
    .map(([k, v]) => `${k}: ${v ?? 'null'}`)
    .join(', ')}}`;

/**
 * The two sides of discovery's alerts, read from each service's label (see hitAlertLabels).
 */
const hitSources = (label: HitAlertLabel): string[] => [
  // A subject checked, or recorded elsewhere, that a case in the reader's charge holds (a
  // supervisor: any case of their force), when they may see that case.
  `MATCH (c:Case) WHERE (c.officerInCharge = $username OR ($supervisor AND c.force = $force)) AND ${caseVisible('c')}
   MATCH (d:${label})-[:CONCERNS]->(c) WHERE d.askedBy <> $username
   RETURN d.id AS alertId, d.at AS at, ${row({
     kind: "coalesce(d.kind, 'SUBJECT_CHECKED')",
     by: 'd.askedBy',
     byName: 'd.askedByName',
     byForce: 'd.askedByForce',
     caseId: 'c.id',
     subjectKind: 'd.subjectKind',
     subjectValue: 'd.subjectValue',
     detail: 'd.reason',
   })} AS alert`,
  // The other side of a hit on entry: what someone recorded in a case in the reader's charge is
  // known to another case — named when the reader may see it, otherwise only its force and officer.
  `MATCH (f:Case {officerInCharge: $username}) WHERE ${caseVisible('f')}
   MATCH (d:${label} {fromCaseId: f.id})-[:CONCERNS]->(other:Case)
   WHERE d.askedBy <> $username
   WITH d, f, other, ${caseVisible('other')} AS seen
   RETURN d.id + '/recorded' AS alertId, d.at AS at, ${row({
     kind: "'HIT_ON_ENTRY'",
     by: 'd.askedBy',
     byName: 'd.askedByName',
     byForce: 'd.askedByForce',
     caseId: 'f.id',
     otherCaseId: 'CASE WHEN seen THEN other.id END',
     knownToForce: 'other.force',
     knownToOfficer: oic('other'),
     subjectKind: 'd.subjectKind',
     subjectValue: 'd.subjectValue',
   })} AS alert`,
];

/**
 * The sources of an officer's alerts, each with who it reaches and under what visibility. Each
 * yields (alertId, at, alert). Alerts one raised oneself are left out.
 */
const sources = [
  ...hitAlertLabels.flatMap(hitSources),
  // Someone asks for a case of the reader's force: its supervisors decide.
  `MATCH (r:AccessRequest)-[:FOR_CASE]->(c:Case)
   WHERE $supervisor AND c.force = $force AND r.requestedBy <> $username AND ${caseVisible('c')}
   RETURN r.id + '/requested' AS alertId, r.requestedAt AS at, ${row({
     kind: "'ACCESS_REQUESTED'",
     by: 'r.requestedBy',
     byName: 'r.requestedByName',
     byForce: 'r.requestedByForce',
     caseId: 'c.id',
     requestId: 'r.id',
     detail: 'r.purpose',
   })} AS alert`,
  // The reader's own request was decided; the case is named once they may see it.
  `MATCH (r:AccessRequest {requestedBy: $username, requestedByForce: $force})-[:FOR_CASE]->(c:Case)
   WHERE r.decidedAt IS NOT NULL
   RETURN r.id + '/decided' AS alertId, r.decidedAt AS at, ${row({
     kind: "'ACCESS_DECIDED'",
     by: 'r.decidedBy',
     caseId: `CASE WHEN ${caseVisible('c')} THEN c.id END`,
     requestId: 'r.id',
     decision: 'r.status',
     detail: 'r.decisionReason',
   })} AS alert`,
  // An action allocated to the reader; a reallocation to them is a new alert.
  `MATCH (a:Action {allocatedTo: $username, allocatedForce: $force})-[:RAISED_ON]->(t)
   WHERE a.allocatedAt IS NOT NULL AND coalesce(a.allocatedBy, '') <> $username AND ${actionTargetVisible('t')}
   RETURN a.id + '/allocated/' + toString(a.allocatedAt) AS alertId, a.allocatedAt AS at, ${row({
     kind: "'ACTION_ALLOCATED'",
     by: 'a.allocatedBy',
     caseId: 'CASE WHEN t:Case THEN t.id END',
     operationId: 'CASE WHEN t:Operation THEN t.id END',
     actionId: 'a.id',
     detail: 'a.description',
   })} AS alert`,
  // The lead of an operation the reader's force led or now leads passed (not its first lead, set
  // when the operation was made): their supervisors are told.
  `MATCH (l:LeadChange) WHERE $supervisor AND l.from IS NOT NULL AND (l.from = $force OR l.to = $force) AND l.by <> $username
   MATCH (o:Operation)-[:LEAD_CHANGE]->(l) WHERE ${operationVisible('o')}
   RETURN l.id AS alertId, l.at AS at, ${row({
     kind: "'LEAD_TRANSFERRED'",
     by: 'l.by',
     operationId: 'o.id',
     fromForce: 'l.from',
     toForce: 'l.to',
     detail: 'l.reason',
   })} AS alert`,
];

export interface AlertFilter {
  /** Only those not yet acknowledged. */
  readonly unread: boolean;
  /** Only this one. */
  readonly alertId: string | null;
  /** Only those raised after this instant (ISO-8601). */
  readonly since: string | null;
}

/**
 * The reader's alerts, one statement per source (small statements plan quickly and stay cached as
 * the graph grows), each newest first, keyset on (at, alertId), at most `limit`, with when the
 * reader acknowledged it. The caller merges them (alert.order.ts).
 */
export function alertsFor(
  reader: AlertReader,
  filter: AlertFilter,
  after: CursorKey | null,
  limit: number,
  viewer: ViewerParams,
): CypherQuery<{ alert: Alert }>[] {
  return sources.map((source) =>
    cypher(
      `CALL () {
         ${source}
       }
       WITH alertId, at, alert
       WHERE ($alertId IS NULL OR alertId = $alertId)
         AND ($since IS NULL OR at > datetime($since))
         AND ($afterKey IS NULL OR ${keysetCondition('at', 'alertId', 'DESC', 'datetime')})
       OPTIONAL MATCH (receipt:AlertReceipt {username: $username, alertId: alertId})
       WITH alertId, at, alert, receipt WHERE NOT $unread OR receipt IS NULL
       RETURN alert { .*, alertId: alertId, at: toString(at), acknowledgedAt: toString(receipt.at) } AS alert
       ORDER BY at DESC, alertId DESC
       LIMIT $limit`,
      { ...reader, ...filter, ...keysetParams(after), limit: int(limit), ...viewer },
    ),
  );
}

/** Records that the reader has seen an alert; acknowledging twice keeps the first time. */
export function acknowledge(username: string, alertId: string): CypherQuery<{ at: string }> {
  return cypher(
    `MERGE (receipt:AlertReceipt {username: $username, alertId: $alertId})
     ON CREATE SET receipt.at = datetime()
     RETURN toString(receipt.at) AS at`,
    { username, alertId },
  );
}
