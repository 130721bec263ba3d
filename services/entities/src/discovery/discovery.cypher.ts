import {
  caseVisible,
  cypher,
  int,
  keysetCondition,
  keysetParams,
  type CursorKey,
  type CypherQuery,
  type HoldingCase,
  type PersonMatch,
  type ViewerParams,
} from '@crosslink/common';
import type { SharedKind } from '../object/object.model.js';
import type { Alert, Holders } from './discovery.model.js';
import { subjectKindOf, subjectKinds, type SubjectKind } from './discovery.subjects.js';

/**
 * The cases holding a subject, split by what the viewer may see: visible case ids, and for the
 * hidden ones only the owning force and the officer in charge — never the case itself. One row
 * (or none when nothing matches the value). `foreign` when a visible one is another force's: naming
 * it needs a purpose, as reading it would.
 */
export function casesHolding(kind: SubjectKind, value: string, viewer: ViewerParams): CypherQuery<Holders> {
  const { label, property, link } = subjectKinds[kind];
  return holders(`MATCH (s:${label} {${property}: $value})-[:${link}]->(c:Case)`, { value }, viewer);
}

/**
 * As casesHolding, for a person asked about by name and date of birth: people with that name key
 * (see name-key.ts) whose date of birth agrees (one may be partial: 1986 agrees with 1986-10-02).
 */
export function casesHoldingPerson(nameKey: string, dateOfBirth: string, viewer: ViewerParams): CypherQuery<Holders> {
  return holders(
    `MATCH (s:Person {nameKey: $nameKey})-[:INVOLVED_IN]->(c:Case)
     WHERE s.dateOfBirth STARTS WITH $dateOfBirth OR $dateOfBirth STARTS WITH s.dateOfBirth`,
    { nameKey, dateOfBirth },
    viewer,
  );
}

function holders(match: string, params: Record<string, unknown>, viewer: ViewerParams): CypherQuery<Holders> {
  return cypher(
    `${match}
     WITH DISTINCT c, ${caseVisible('c')} AS visible
     RETURN [x IN collect(CASE WHEN visible THEN c.id END) WHERE x IS NOT NULL] AS visibleCases,
            any(x IN collect(CASE WHEN visible THEN c.force END) WHERE x <> $viewer.force) AS foreign,
            [x IN collect(CASE WHEN visible THEN null ELSE {caseId: c.id, force: c.force,
               officer: coalesce(c.officerInCharge, c.createdBy)} END) WHERE x IS NOT NULL] AS hidden`,
    { ...params, ...viewer },
  );
}

/**
 * Hits on entry: the other cases that hold the object just recorded in `caseId`, each with its
 * force and officer in charge, and whether the viewer may see it. A caller shows a hidden one only
 * as "known to force X" (see hits.ts).
 */
export function casesSharingObject(label: SharedKind, objectId: string, caseId: string, viewer: ViewerParams): CypherQuery<HoldingCase> {
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
 * Hits on entry for a person just recorded in `caseId`: the other cases holding someone with one of
 * their identifiers (PNC ID, CRO number, NI number, passport, driving licence), or their name (see
 * name-key.ts) and a date of birth that agrees (one may be partial: 1986 agrees with 1986-10-02).
 * Each case once, with every way it matched (`matches`: kind and the recorded value), its force,
 * officer in charge, and whether the viewer may see it. Each way is an index lookup.
 */
export function casesSharingPerson(personId: string, caseId: string, viewer: ViewerParams): CypherQuery<HoldingCase & { matches: PersonMatch[] }> {
  const byIdentifier = (property: string, kind: string) => `MATCH (o:Person {${property}: p.${property}}) RETURN o, '${kind}' AS kind, p.${property} AS value`;
  return cypher(
    `MATCH (p:Person {id: $personId})
     CALL (p) {
       ${byIdentifier('pncId', 'PNC_ID')}
       UNION ${byIdentifier('croNumber', 'CRO_NUMBER')}
       UNION ${byIdentifier('niNumber', 'NI_NUMBER')}
       UNION ${byIdentifier('passportNumber', 'PASSPORT')}
       UNION ${byIdentifier('drivingLicence', 'DRIVING_LICENCE')}
       UNION MATCH (o:Person {nameKey: p.nameKey})
         WHERE p.dateOfBirth IS NOT NULL AND (o.dateOfBirth STARTS WITH p.dateOfBirth OR p.dateOfBirth STARTS WITH o.dateOfBirth)
         RETURN o, 'PERSON' AS kind, p.forenames + ' ' + p.surname + ', born ' + p.dateOfBirth AS value
     }
     WITH o, kind, value WHERE o.id <> $personId
     MATCH (o)-[:INVOLVED_IN]->(c:Case) WHERE c.id <> $caseId
     WITH c, collect(DISTINCT {kind: kind, value: value}) AS matches
     RETURN c.id AS caseId, c.force AS force, coalesce(c.officerInCharge, c.createdBy) AS officer, ${caseVisible('c')} AS visible, matches
     ORDER BY visible DESC, c.force, c.id`,
    { personId, caseId, ...viewer },
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
): CypherQuery<{ alert: Alert }> {
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
