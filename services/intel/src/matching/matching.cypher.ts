import { caseVisible, cypher, int, personInOwnForceCase, personVisible, type CypherQuery, type ViewerParams } from '@crosslink/common';
import type { IdentifierKind, MatchDecision, MatchPerson } from './matching.model.js';

/** The relationship each identifier two people may both hold is stored as (entities and locations write them). */
export const identifierTypes = {
  HAS_PHONE: 'PHONE',
  HAS_EMAIL: 'EMAIL',
  HAS_VEHICLE: 'VEHICLE',
  HAS_ADDRESS: 'ADDRESS',
} as const satisfies Record<string, IdentifierKind>;

const identifierRelationships = Object.keys(identifierTypes).join('|');

/** An identifier two people both hold: the relationship it is stored as, and the id of the thing held. */
export type SharedHolding = readonly [type: keyof typeof identifierTypes, thingId: string];

/** A decision as every statement returns it, with the key of its pair. */
export interface DecisionRow extends MatchDecision {
  readonly pair: string;
}

/** A person of a scope and the people who might be them, as matchCandidates reads them. */
export interface CandidatesRow {
  readonly person: MatchPerson;
  readonly candidates: readonly { readonly person: MatchPerson; readonly shared: readonly SharedHolding[] }[];
}

/**
 * A holding (a person's phone, email, vehicle or address) the viewer may know of: the case that
 * records it (`caseId` on the relationship) is one they may see. A holding only a hidden case
 * records is never counted, so a suggestion says nothing of another force's unseen case.
 */
function heldInVisibleCase(rel: string): string {
  return `EXISTS { MATCH (hc:Case {id: ${rel}.caseId}) WHERE ${caseVisible('hc')} }`;
}

/** The day-and-month swap of a date of birth known to the day, as Cypher on `dob` (YYYY-MM-DD → YYYY-DD-MM). */
function swapped(dob: string): string {
  return `substring(${dob}, 0, 5) + substring(${dob}, 8, 2) + '-' + substring(${dob}, 5, 2)`;
}

/**
 * A person the viewer may see, as a suggestion shows them: name fields, date of birth, the forces
 * of the visible cases recording them, and whether they are another force's data to the viewer.
 */
function personRecord(v: string): string {
  return `{ id: ${v}.id, forenames: ${v}.forenames, surname: ${v}.surname, dateOfBirth: ${v}.dateOfBirth,
    forces: COLLECT { MATCH (${v})-[:INVOLVED_IN]->(fc:Case) WHERE ${caseVisible('fc')} RETURN DISTINCT fc.force AS force },
    foreign: NOT ${personInOwnForceCase(v)} }`;
}

/**
 * The identifiers two people (`a`, `b`) both hold, each as [relationship type, id of the thing
 * held], once however many cases record it; only holdings of visible cases count, on both sides.
 */
function sharedBetween(a: string, b: string): string {
  return `COLLECT {
    MATCH (${a})-[held:${identifierRelationships}]->(thing)<-[other:${identifierRelationships}]-(${b})
    WHERE type(other) = type(held) AND ${heldInVisibleCase('held')} AND ${heldInVisibleCase('other')}
    RETURN DISTINCT [type(held), thing.id] AS holding
  }`;
}

/**
 * For each person of a scope, the people the viewer may see who might be them (blocking: only
 * these pairs are scored), at most `perPerson`, found by, in this order of preference:
 *
 * 0. holding the same phone, email or vehicle, or recorded at the same address, in visible cases;
 * 1. the same date of birth, or its day-and-month swap (dates known to the day; indexed);
 * 2. the same name key (surname and forenames, see nameKey) with a date of birth missing on one side;
 * 3. the same surname (the name key's first part, by prefix: indexed) with a date of birth missing
 *    on one side.
 *
 * Each way is capped at `perPerson` visible people too, so a hostel address or a common surname
 * cannot flood the read. One row per scope person the viewer may see: their record, and each
 * candidate's record with the identifiers the two share (see sharedBetween).
 */
export function matchCandidates(personIds: readonly string[], perPerson: number, viewer: ViewerParams): CypherQuery<CandidatesRow> {
  return cypher(
    `UNWIND $personIds AS personId
     MATCH (p:Person {id: personId}) WHERE ${personVisible('p')}
     CALL (p) {
       CALL (p) {
         MATCH (p)-[held:${identifierRelationships}]->(thing)<-[other:${identifierRelationships}]-(q:Person)
         WHERE q <> p AND type(other) = type(held) AND ${heldInVisibleCase('held')} AND ${heldInVisibleCase('other')}
           AND ${personVisible('q')}
         WITH DISTINCT q LIMIT $perPerson
         RETURN q, 0 AS preference
         UNION
         MATCH (q:Person)
         WHERE q.dateOfBirth IN (CASE WHEN size(p.dateOfBirth) = 10 THEN [p.dateOfBirth, ${swapped('p.dateOfBirth')}] ELSE [] END)
           AND q <> p AND ${personVisible('q')}
         WITH q LIMIT $perPerson
         RETURN q, 1 AS preference
         UNION
         MATCH (q:Person {nameKey: p.nameKey})
         WHERE q <> p AND (p.dateOfBirth IS NULL OR q.dateOfBirth IS NULL) AND ${personVisible('q')}
         WITH q LIMIT $perPerson
         RETURN q, 2 AS preference
         UNION
         MATCH (q:Person)
         WHERE q.nameKey STARTS WITH split(p.nameKey, '|')[0] + '|'
           AND q <> p AND (p.dateOfBirth IS NULL OR q.dateOfBirth IS NULL) AND ${personVisible('q')}
         WITH q LIMIT $perPerson
         RETURN q, 3 AS preference
       }
       WITH q, min(preference) AS preference
       ORDER BY preference, q.id
       LIMIT $perPerson
       WITH q, ${sharedBetween('p', 'q')} AS shared
       RETURN collect({ person: ${personRecord('q')}, shared: shared }) AS candidates
     }
     RETURN ${personRecord('p')} AS person, candidates`,
    { personIds, perPerson: int(perPerson), ...viewer },
  );
}

/** A decision as every statement returns it. */
const decision = `d { .id, .pair, .outcome, .reason, .decidedBy, .force, decidedAt: toString(d.at) }`;

/** Both people a decision is about are visible: a decision is seen only beside its pair. */
const decisionVisible = `COUNT { MATCH (d)-[:ABOUT]->(dp:Person) WHERE ${personVisible('dp')} } = 2`;

/** The decisions on the given pairs (keys, see pairKey) whose two people the viewer may see. */
export function decisionsOn(pairs: readonly string[], viewer: ViewerParams): CypherQuery<{ decision: DecisionRow }> {
  return cypher(
    `UNWIND $pairs AS pair
     MATCH (d:MatchDecision {pair: pair}) WHERE ${decisionVisible}
     RETURN ${decision} AS decision`,
    { pairs, ...viewer },
  );
}

export interface DecisionWrite {
  readonly id: string;
  readonly pair: string;
  readonly personIds: readonly [string, string];
  readonly outcome: string;
  readonly reason: string;
  readonly decidedBy: string;
  readonly force: string;
}

/**
 * Records a reviewer's decision on a pair both of whose people the viewer may see: one decision per
 * pair, MERGEd on its key, so deciding again replaces the outcome, reason, reviewer and instant
 * (the audit trail keeps every decision made). The id is the first decision's. No row, and nothing
 * written, when either person is unknown or hidden. Returns the decision, both people's records
 * and the identifiers they share, for the pair to be scored again.
 */
export function decideMatch(
  input: DecisionWrite,
  viewer: ViewerParams,
): CypherQuery<{ decision: DecisionRow; a: MatchPerson; b: MatchPerson; shared: readonly SharedHolding[] }> {
  return cypher(
    `MATCH (a:Person {id: $personIds[0]}) WHERE ${personVisible('a')}
     MATCH (b:Person {id: $personIds[1]}) WHERE ${personVisible('b')}
     MERGE (d:MatchDecision {pair: $pair})
       ON CREATE SET d.id = $id
     SET d.outcome = $outcome, d.reason = $reason, d.decidedBy = $decidedBy, d.force = $force, d.at = datetime()
     MERGE (d)-[:ABOUT]->(a)
     MERGE (d)-[:ABOUT]->(b)
     RETURN ${decision} AS decision, ${personRecord('a')} AS a, ${personRecord('b')} AS b, ${sharedBetween('a', 'b')} AS shared`,
    { ...input, personIds: [...input.personIds], ...viewer },
  );
}
