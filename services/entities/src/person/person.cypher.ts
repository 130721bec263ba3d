import { caseVisible, cypher, personInOwnForceCase, personVisible, type CypherQuery, type ViewerParams } from '@crosslink/common';
import type { NewPerson, PersonRole } from './person.model.js';

/**
 * A person as every read returns it. `nrmReferred` looks at every referral, visible or not: the
 * safeguarding flag must follow the person into every case, though the referral's content does not.
 * `foreign` is true when the viewer sees the person only through other forces' cases, so the answer
 * needs a purpose (see the audit plugin).
 */
const person = `p {
  __typename: 'Person', .id, .forenames, .surname, .dateOfBirth, .dateOfBirthPrecision, .gender, .nationality, .createdBy,
  createdAt: toString(p.createdAt),
  identifiers: {
    pncId: p.pncId, croNumber: p.croNumber, niNumber: p.niNumber,
    passportNumber: p.passportNumber, drivingLicence: p.drivingLicence
  },
  vulnerabilities: coalesce(p.vulnerabilities, []),
  aliases: [(p)-[:ALSO_KNOWN_AS]->(a:Alias) | a { .forenames, .surname, .recordedBy, at: toString(a.at) }],
  nrmReferred: EXISTS { (p)-[:NRM_REFERRAL]->(:NrmReferral) },
  foreign: NOT ${personInOwnForceCase('p')}
}`;

/** Person properties a write may set, from the validated input (never from input keys). */
function personProperties(input: NewPerson): Record<string, unknown> {
  return {
    forenames: input.forenames,
    surname: input.surname,
    dateOfBirth: input.dateOfBirth,
    dateOfBirthPrecision: input.dateOfBirthPrecision,
    gender: input.gender,
    nationality: input.nationality,
    ...input.identifiers,
    vulnerabilities: [...input.vulnerabilities],
  };
}

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
 * For each visible case id, its owning force and the people involved in it: one row per visible
 * case, so a case id that is unknown or hidden has no row at all.
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
     RETURN caseId, c.force AS force, involvements`,
    { caseIds, ...viewer },
  );
}

/** For each visible person, the visible cases they take part in. */
export function involvementsOfPeople(personIds: readonly string[], viewer: ViewerParams): CypherQuery {
  return cypher(
    `UNWIND $personIds AS personId
     MATCH (p:Person {id: personId})-[r:INVOLVED_IN]->(c:Case) WHERE ${caseVisible('c')}
     RETURN personId, collect({caseId: c.id, force: c.force, role: r.role, since: toString(r.since)}) AS involvements`,
    { personIds, ...viewer },
  );
}

/**
 * Creates a person in a case the viewer may see. No row when the case is unknown or hidden. The row
 * names the case, so the write's audit event records it.
 */
export function createPersonInCase(input: NewPerson & { id: string; caseId: string; role: PersonRole; createdBy: string }, viewer: ViewerParams): CypherQuery {
  return cypher(
    `MATCH (c:Case {id: $caseId}) WHERE ${caseVisible('c')}
     CREATE (p:Person {id: $id, createdAt: datetime(), createdBy: $createdBy})
       -[r:INVOLVED_IN {role: $role, since: datetime(), recordedBy: $createdBy}]->(c)
     SET p += $properties
     FOREACH (alias IN $aliases |
       CREATE (p)-[:ALSO_KNOWN_AS]->(:Alias {forenames: alias.forenames, surname: alias.surname, recordedBy: $createdBy, at: datetime()}))
     RETURN ${person} AS person, r.role AS role, toString(r.since) AS since, c.id AS caseId, c.force <> $viewer.force AS foreign`,
    {
      id: input.id,
      caseId: input.caseId,
      role: input.role,
      createdBy: input.createdBy,
      properties: personProperties(input),
      aliases: input.aliases.map((a) => ({ ...a })),
      ...viewer,
    },
  );
}

/**
 * Links a visible person to a visible case in a role. Linking twice in the same role is a no-op.
 * No row when either is unknown or hidden. `foreign` is judged before the link: bringing a person
 * known only from another force's case into one's own still reads that force's data.
 */
export function linkPersonToCase(input: { personId: string; caseId: string; role: PersonRole; recordedBy: string }, viewer: ViewerParams): CypherQuery {
  return cypher(
    `MATCH (c:Case {id: $caseId}) WHERE ${caseVisible('c')}
     MATCH (p:Person {id: $personId}) WHERE ${personVisible('p')}
     WITH c, p, c.force <> $viewer.force OR NOT ${personInOwnForceCase('p')} AS foreign
     MERGE (p)-[r:INVOLVED_IN {role: $role}]->(c)
       ON CREATE SET r.since = datetime(), r.recordedBy = $recordedBy
     RETURN ${person} AS person, r.role AS role, toString(r.since) AS since, c.id AS caseId, foreign`,
    { ...input, ...viewer },
  );
}

/**
 * Changes some of a visible person's details: `changes` holds only properties named in code (see
 * person.service.ts); a null removes the property. No row when the person is unknown or hidden.
 */
export function updatePerson(personId: string, changes: Record<string, unknown>, viewer: ViewerParams): CypherQuery {
  return cypher(
    `MATCH (p:Person {id: $personId}) WHERE ${personVisible('p')}
     SET p += $changes
     RETURN ${person} AS person`,
    { personId, changes, ...viewer },
  );
}

/** Adds an alias to a visible person; earlier names are kept, never overwritten. */
export function addAlias(input: { personId: string; forenames: string; surname: string; recordedBy: string }, viewer: ViewerParams): CypherQuery {
  return cypher(
    `MATCH (p:Person {id: $personId}) WHERE ${personVisible('p')}
     CREATE (p)-[:ALSO_KNOWN_AS]->(:Alias {forenames: $forenames, surname: $surname, recordedBy: $recordedBy, at: datetime()})
     RETURN ${person} AS person`,
    { ...input, ...viewer },
  );
}
