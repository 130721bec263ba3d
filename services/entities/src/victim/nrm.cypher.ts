import { caseVisible, cypher, personVisible, type CypherQuery, type ViewerParams } from '@crosslink/common';
import type { NewNrmReferral, NrmStage } from './nrm.model.js';

/** A referral as every statement returns it, with `c` its case: `foreign` when that case is another force's. */
const referral = `n {
  __typename: 'NrmReferral', .id, .personId, .caseId, .firstResponder, .consent, .route, .missing, .guardianContact, .createdBy,
  referralDate: toString(n.referralDate), createdAt: toString(n.createdAt),
  reasonableGrounds: CASE WHEN n.rgDecision IS NULL THEN null ELSE {decision: n.rgDecision, date: toString(n.rgDate)} END,
  conclusiveGrounds: CASE WHEN n.cgDecision IS NULL THEN null ELSE {decision: n.cgDecision, date: toString(n.cgDate)} END,
  foreign: c.force <> $viewer.force
}`;

/** For each visible person, their referrals made in visible cases, oldest first. */
export function referralsOfPeople(personIds: readonly string[], viewer: ViewerParams): CypherQuery {
  return cypher(
    `UNWIND $personIds AS personId
     MATCH (p:Person {id: personId}) WHERE ${personVisible('p')}
     CALL (p) {
       OPTIONAL MATCH (p)-[:NRM_REFERRAL]->(n:NrmReferral)-[:REFERRED_IN]->(c:Case) WHERE ${caseVisible('c')}
       WITH n, c ORDER BY n.referralDate, n.id
       RETURN collect(${referral}) AS referrals
     }
     RETURN personId, referrals`,
    { personIds, ...viewer },
  );
}

export function referralById(id: string, viewer: ViewerParams): CypherQuery {
  return cypher(
    `MATCH (n:NrmReferral {id: $id})-[:REFERRED_IN]->(c:Case) WHERE ${caseVisible('c')}
     RETURN ${referral} AS referral`,
    { id, ...viewer },
  );
}

/**
 * Records a referral (or MS1) for a person who is a victim in a visible case. No row, and nothing
 * written, when the case is hidden or the person is not a victim in it.
 */
export function createReferral(input: NewNrmReferral & { id: string; personId: string; caseId: string; createdBy: string }, viewer: ViewerParams): CypherQuery {
  return cypher(
    `MATCH (c:Case {id: $caseId}) WHERE ${caseVisible('c')}
     MATCH (p:Person {id: $personId}) WHERE EXISTS { (p)-[:INVOLVED_IN {role: 'VICTIM'}]->(c) }
     CREATE (p)-[:NRM_REFERRAL]->(n:NrmReferral {
       id: $id, personId: $personId, caseId: $caseId, referralDate: date($referralDate),
       firstResponder: $firstResponder, consent: $consent, route: $route,
       rgDecision: $rg.decision, rgDate: CASE WHEN $rg.date IS NULL THEN null ELSE date($rg.date) END,
       cgDecision: $cg.decision, cgDate: CASE WHEN $cg.date IS NULL THEN null ELSE date($cg.date) END,
       missing: $missing, guardianContact: $guardianContact, createdAt: datetime(), createdBy: $createdBy
     })-[:REFERRED_IN]->(c)
     RETURN ${referral} AS referral`,
    {
      id: input.id,
      personId: input.personId,
      caseId: input.caseId,
      createdBy: input.createdBy,
      referralDate: input.referralDate,
      firstResponder: input.firstResponder,
      consent: input.consent,
      route: input.route,
      rg: { decision: input.reasonableGrounds?.decision ?? null, date: input.reasonableGrounds?.date ?? null },
      cg: { decision: input.conclusiveGrounds?.decision ?? null, date: input.conclusiveGrounds?.date ?? null },
      missing: input.missing,
      guardianContact: input.guardianContact,
      ...viewer,
    },
  );
}

/**
 * Records one decision on a visible referral, only if the stage is still open: a decision once made
 * is not overwritten, and a concurrent one makes this return no row.
 */
export function recordDecision(input: { id: string; stage: NrmStage; decision: string; date: string }, viewer: ViewerParams): CypherQuery {
  const [decision, date] = input.stage === 'REASONABLE_GROUNDS' ? ['rgDecision', 'rgDate'] : ['cgDecision', 'cgDate'];
  return cypher(
    `MATCH (n:NrmReferral {id: $id})-[:REFERRED_IN]->(c:Case) WHERE ${caseVisible('c')} AND n.${decision} IS NULL
     SET n.${decision} = $decision, n.${date} = date($date)
     RETURN ${referral} AS referral`,
    { id: input.id, decision: input.decision, date: input.date, ...viewer },
  );
}
