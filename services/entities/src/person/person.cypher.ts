import {
  caseVisible,
  caseWritable,
  cypher,
  nameKey,
  personInOwnForceCase,
  personVisible,
  personWritable,
  type CypherQuery,
  type ViewerParams,
  type WriterParams,
} from '@crosslink/common';
import { appendHistory } from '../history/history.cypher.js';
import type { FieldChange } from '../history/history.model.js';
import { keepIdempotencyKey } from '../idempotency/idempotency.cypher.js';
import type { IdempotencyRequest } from '../idempotency/idempotency.js';
import type { CaseLink, Involvement, NewPerson, Person, PersonRole } from './person.model.js';
import { settablePersonFields, type PersonChanges } from './person.plan.js';

/** A change's entries for the history, and who makes it and why. */
export interface HistoryEntries {
  readonly entries: readonly (FieldChange & { id: string })[];
  readonly changedBy: string;
  readonly changeReason: string | null;
}

/** A person put in a case, and whether doing so reached another force's data (its case, or a person seen only through theirs). */
export interface InvolvementRow extends Involvement {
  readonly foreign: boolean;
}

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
    nameKey: nameKey(input.forenames, input.surname),
    dateOfBirth: input.dateOfBirth,
    dateOfBirthPrecision: input.dateOfBirthPrecision,
    gender: input.gender,
    nationality: input.nationality,
    ...input.identifiers,
    vulnerabilities: [...input.vulnerabilities],
  };
}

/** People visible to the viewer, by id. No row for an id that is unknown or hidden. */
export function peopleByIds(ids: readonly string[], viewer: ViewerParams): CypherQuery<{ person: Person }> {
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
export function involvementsOfCases(
  caseIds: readonly string[],
  viewer: ViewerParams,
): CypherQuery<{ caseId: string; force: string; involvements: Omit<Involvement, 'caseId'>[] }> {
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
export function involvementsOfPeople(personIds: readonly string[], viewer: ViewerParams): CypherQuery<{ personId: string; involvements: CaseLink[] }> {
  return cypher(
    `UNWIND $personIds AS personId
     MATCH (p:Person {id: personId})-[r:INVOLVED_IN]->(c:Case) WHERE ${caseVisible('c')}
     RETURN personId, collect({caseId: c.id, force: c.force, role: r.role, since: toString(r.since)}) AS involvements`,
    { personIds, ...viewer },
  );
}

/**
 * Creates a person in a case the viewer may see and write to (its owning force's, see remit.ts), and
 * keeps the request's idempotency key if it has one. No row when the case is unknown, hidden or
 * another force's. The row names the case, so the write's audit event records it.
 */
export function createPersonInCase(
  input: NewPerson & { id: string; caseId: string; role: PersonRole; createdBy: string; idempotency: IdempotencyRequest | null },
  viewer: ViewerParams & WriterParams,
): CypherQuery<InvolvementRow> {
  return cypher(
    `MATCH (c:Case {id: $caseId}) WHERE ${caseVisible('c')} AND ${caseWritable('c')}
     CREATE (p:Person {id: $id, createdAt: datetime(), createdBy: $createdBy})
       -[r:INVOLVED_IN {role: $role, since: datetime(), recordedBy: $createdBy}]->(c)
     SET p += $properties
     FOREACH (alias IN $aliases |
       CREATE (p)-[:ALSO_KNOWN_AS]->(:Alias {forenames: alias.forenames, surname: alias.surname, recordedBy: $createdBy, at: datetime()}))
     ${keepIdempotencyKey('p.id')}
     RETURN ${person} AS person, r.role AS role, toString(r.since) AS since, c.id AS caseId, c.force <> $viewer.force AS foreign`,
    {
      id: input.id,
      idempotency: input.idempotency,
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
 * Links a visible person to a visible case its owning force's officers (or a hub supervisor) put
 * them in, in a role. Linking twice in the same role is a no-op. No row when either is unknown or
 * hidden, or the case is another force's. `foreign` is judged before the link: bringing a person
 * known only from another force's case into one's own still reads that force's data.
 */
export function linkPersonToCase(
  input: { personId: string; caseId: string; role: PersonRole; recordedBy: string },
  viewer: ViewerParams & WriterParams,
): CypherQuery<InvolvementRow> {
  return cypher(
    `MATCH (c:Case {id: $caseId}) WHERE ${caseVisible('c')} AND ${caseWritable('c')}
     MATCH (p:Person {id: $personId}) WHERE ${personVisible('p')}
     WITH c, p, c.force <> $viewer.force OR NOT ${personInOwnForceCase('p')} AS foreign
     MERGE (p)-[r:INVOLVED_IN {role: $role}]->(c)
       ON CREATE SET r.since = datetime(), r.recordedBy = $recordedBy
     RETURN ${person} AS person, r.role AS role, toString(r.since) AS since, c.id AS caseId, foreign`,
    { ...input, ...viewer },
  );
}

/**
 * Reads a visible person for a change, and whether the viewer may change them, taking the person's
 * write lock first (by writing to it) so two concurrent changes apply one after the other, each
 * planned from the state the other left. No row when the person is unknown or hidden.
 */
export function lockPerson(personId: string, viewer: ViewerParams & WriterParams): CypherQuery<{ person: Person; writable: boolean }> {
  return cypher(
    `MATCH (p:Person {id: $personId}) WHERE ${personVisible('p')}
     SET p._lock = true
     REMOVE p._lock
     RETURN ${person} AS person, ${personWritable('p')} AS writable`,
    { personId, ...viewer },
  );
}

/**
 * Applies a planned change to a person (locked and checked by lockPerson in the same transaction)
 * and appends its entries to their history. `set` holds only the properties listed in person.plan.ts;
 * a null removes the property.
 */
export function applyPersonChanges(personId: string, set: PersonChanges, history: HistoryEntries, viewer: ViewerParams): CypherQuery<{ person: Person }> {
  for (const key of Object.keys(set)) if (!(settablePersonFields as readonly string[]).includes(key)) throw new Error(`not a settable person field: ${key}`);
  return cypher(
    `MATCH (p:Person {id: $personId})
     SET p += $set
     ${appendHistory('Person', 'p')}
     RETURN ${person} AS person`,
    { personId, set, entries: history.entries.map((e) => ({ ...e })), changedBy: history.changedBy, changeReason: history.changeReason, ...viewer },
  );
}

/**
 * Adds an alias to a visible person the viewer may change (see remit.ts), recorded in their history;
 * earlier names are kept, never overwritten. No row when the person is unknown, hidden or not the
 * viewer's force's to change.
 */
export function addAlias(
  input: { personId: string; forenames: string; surname: string; recordedBy: string; idempotency: IdempotencyRequest | null } & HistoryEntries,
  viewer: ViewerParams & WriterParams,
): CypherQuery<{ person: Person }> {
  return cypher(
    `MATCH (p:Person {id: $personId}) WHERE ${personVisible('p')} AND ${personWritable('p')}
     CREATE (p)-[:ALSO_KNOWN_AS]->(:Alias {forenames: $forenames, surname: $surname, recordedBy: $recordedBy, at: datetime()})
     ${appendHistory('Person', 'p')}
     ${keepIdempotencyKey('p.id')}
     RETURN ${person} AS person`,
    {
      personId: input.personId,
      forenames: input.forenames,
      surname: input.surname,
      recordedBy: input.recordedBy,
      idempotency: input.idempotency,
      entries: input.entries.map((e) => ({ ...e })),
      changedBy: input.changedBy,
      changeReason: input.changeReason,
      ...viewer,
    },
  );
}
