import { caseVisible, cypher, personVisible, type CypherQuery, type ViewerParams } from '@crosslink/common';
import type { NewPerson, PersonRole } from './person.model.js';

const person = `p { .id, .forenames, .surname, .dateOfBirth, .createdBy, createdAt: toString(p.createdAt) }`;

/** People visible to the viewer, by id. No row for an id that is unknown or hidden. */
export function peopleByIds(ids: readonly string[], viewer: ViewerParams): CypherQuery {
  return cypher(
    `UNWIND $ids AS id
     MATCH (p:Person {id: id}) WHERE ${personVisible('p')}
     RETURN ${person} AS person`,
    { ids, ...viewer },
  );
}

/**
 * For each visible case id, the people involved in it: one row per visible case, so a case id that
 * is unknown or hidden has no row at all.
 */
export function involvementsOfCases(caseIds: readonly string[], viewer: ViewerParams): CypherQuery {
  return cypher(
    `UNWIND $caseIds AS caseId
     MATCH (c:Case {id: caseId}) WHERE ${caseVisible('c')}
     CALL (c) {
       OPTIONAL MATCH (p:Person)-[r:INVOLVED_IN]->(c)
       WITH p, r ORDER BY p.surname, p.forenames, p.id
       RETURN collect(CASE WHEN p IS NULL THEN null ELSE {role: r.role, since: toString(r.since), person: ${person}} END) AS involvements
     }
     RETURN caseId, involvements`,
    { caseIds, ...viewer },
  );
}

/** For each visible person, the visible cases they take part in. */
export function involvementsOfPeople(personIds: readonly string[], viewer: ViewerParams): CypherQuery {
  return cypher(
    `UNWIND $personIds AS personId
     MATCH (p:Person {id: personId})-[r:INVOLVED_IN]->(c:Case) WHERE ${caseVisible('c')}
     RETURN personId, collect({caseId: c.id, role: r.role, since: toString(r.since)}) AS involvements`,
    { personIds, ...viewer },
  );
}

/** Creates a person in a case the viewer may see. No row when the case is unknown or hidden. */
export function createPersonInCase(
  input: NewPerson & { id: string; caseId: string; role: PersonRole; createdBy: string },
  viewer: ViewerParams,
): CypherQuery {
  return cypher(
    `MATCH (c:Case {id: $caseId}) WHERE ${caseVisible('c')}
     CREATE (p:Person {
       id: $id, forenames: $forenames, surname: $surname, dateOfBirth: $dateOfBirth,
       createdAt: datetime(), createdBy: $createdBy
     })-[r:INVOLVED_IN {role: $role, since: datetime(), recordedBy: $createdBy}]->(c)
     RETURN ${person} AS person, r.role AS role, toString(r.since) AS since`,
    { ...input, ...viewer },
  );
}

/**
 * Links a visible person to a visible case in a role. Linking twice in the same role is a no-op.
 * No row when either is unknown or hidden.
 */
export function linkPersonToCase(
  input: { personId: string; caseId: string; role: PersonRole; recordedBy: string },
  viewer: ViewerParams,
): CypherQuery {
  return cypher(
    `MATCH (c:Case {id: $caseId}) WHERE ${caseVisible('c')}
     MATCH (p:Person {id: $personId}) WHERE ${personVisible('p')}
     MERGE (p)-[r:INVOLVED_IN {role: $role}]->(c)
       ON CREATE SET r.since = datetime(), r.recordedBy = $recordedBy
     RETURN ${person} AS person, r.role AS role, toString(r.since) AS since`,
    { ...input, ...viewer },
  );
}
