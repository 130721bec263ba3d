import { caseVisible, cypher, int, keysetCondition, keysetParams, type CursorKey, type CypherQuery, type ViewerParams } from '@crosslink/common';
import type { SharedKind } from '../object/object.model.js';
import { subjectKindOf, subjectKinds, type SubjectKind } from './discovery.subjects.js';

/**
 * The cases holding a subject, split by what the viewer may see: visible case ids, and for the
 * hidden ones only the owning force and the officer in charge — never the case itself. One row
 * (or none when nothing matches the value). `foreign` when a visible one is another force's: naming
 * it needs a purpose, as reading it would.
 */
export function casesHolding(kind: SubjectKind, value: string, viewer: ViewerParams): CypherQuery {
  const { label, property, link } = subjectKinds[kind];
  return cypher(
    `MATCH (s:${label} {${property}: $value})-[:${link}]->(c:Case)
     WITH DISTINCT c, ${caseVisible('c')} AS visible
     RETURN [x IN collect(CASE WHEN visible THEN c.id END) WHERE x IS NOT NULL] AS visibleCases,
            any(x IN collect(CASE WHEN visible THEN c.force END) WHERE x <> $viewer.force) AS foreign,
            [x IN collect(CASE WHEN visible THEN null ELSE {caseId: c.id, force: c.force,
               officer: coalesce(c.officerInCharge, c.createdBy)} END) WHERE x IS NOT NULL] AS hidden`,
    { value, ...viewer },
  );
}

/**
 * Hits on entry: the other cases that hold the object just recorded in `caseId`, each with its
 * force and officer in charge, and whether the viewer may see it. A caller shows a hidden one only
 * as "known to force X" (see hits.ts).
 */
export function casesSharingObject(label: SharedKind, objectId: string, caseId: string, viewer: ViewerParams): CypherQuery {
  if (!(label in subjectKindOf)) throw new Error(`not a shared object label: ${String(label)}`);
  return cypher(
    `MATCH (o:${label} {id: $objectId})-[:SEEN_IN]->(c:Case) WHERE c.id <> $caseId
     WITH DISTINCT c
     RETURN c.id AS caseId, c.force AS force, coalesce(c.officerInCharge, c.createdBy) AS officer, ${caseVisible('c')} AS visible
     ORDER BY visible DESC, c.force, c.id`,
    { objectId, caseId, ...viewer },
  );
}

/**
 * What raised an alert: someone checked a subject (SUBJECT_CHECKED), or recorded it in a case of
 * theirs (HIT_ON_ENTRY, naming that case as `fromCaseId`, so its own officer in charge is told too).
 */
export type AlertRaised = { readonly kind: 'SUBJECT_CHECKED'; readonly fromCaseId: null } | { readonly kind: 'HIT_ON_ENTRY'; readonly fromCaseId: string };

/** Alerts the officers in charge of the cases holding a subject that someone asked about it or recorded it, and why. */
export function raiseAlerts(
  alert: { askedBy: string; askedByName: string; askedByForce: string; reason: string; subjectKind: string; subjectValue: string },
  raised: AlertRaised,
  cases: readonly { caseId: string; id: string }[],
): CypherQuery {
  return cypher(
    `UNWIND $cases AS h
     MATCH (c:Case {id: h.caseId})
     CREATE (a:DeconflictionAlert {
       id: h.id, kind: $kind, at: datetime(), askedBy: $askedBy, askedByName: $askedByName, askedByForce: $askedByForce,
       reason: $reason, subjectKind: $subjectKind, subjectValue: $subjectValue, fromCaseId: $fromCaseId
     })-[:CONCERNS]->(c)
     RETURN count(a) AS raised`,
    { ...alert, ...raised, cases: cases.map((h) => ({ ...h })) },
  );
}

/**
 * Alerts for the viewer: on cases they are officer in charge of, or, for a supervisor, on any case
 * of their force — and only on cases they may see: an alert names its case and subject, so a
 * supervisor below the case's classification, or an officer of another force named in charge, is
 * never told; nor is anyone of what they asked or recorded themselves. Newest first, keyset on (at, id).
 */
export function alertsFor(
  recipient: { username: string; force: string; supervisor: boolean },
  viewer: ViewerParams,
  after: CursorKey | null,
  limit: number,
): CypherQuery {
  return cypher(
    `MATCH (a:DeconflictionAlert)-[:CONCERNS]->(c:Case)
     WHERE (coalesce(c.officerInCharge, c.createdBy) = $username OR ($supervisor AND c.force = $force))
       AND a.askedBy <> $username AND ${caseVisible('c')}
       AND ($afterKey IS NULL OR ${keysetCondition('a.at', 'a.id', 'DESC', 'datetime')})
     RETURN a { .id, .askedBy, .askedByName, .askedByForce, .reason, .subjectKind, .subjectValue, at: toString(a.at), caseId: c.id } AS alert
     ORDER BY a.at DESC, a.id DESC
     LIMIT $limit`,
    { ...recipient, ...viewer, ...keysetParams(after), limit: int(limit) },
  );
}
