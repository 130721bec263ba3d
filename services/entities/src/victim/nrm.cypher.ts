import { caseVisible, caseWritable, cypher, personVisible, type CypherQuery, type ViewerParams, type WriterParams } from '@crosslink/common';
import { appendHistory } from '../history/history.cypher.js';
import type { FieldChange } from '../history/history.model.js';
import { keepIdempotencyKey } from '../idempotency/idempotency.cypher.js';
import type { IdempotencyRequest } from '../idempotency/idempotency.js';
import type { DecisionRecord, NewNrmReferral, NrmReferral, NrmStage } from './nrm.model.js';

/** A decision's entry for the referral's history, and who makes it and why. */
export interface DecisionHistory {
  readonly entry: FieldChange & { id: string };
  readonly changedBy: string;
  readonly changeReason: string | null;
}

const stageProperties = (stage: NrmStage) => (stage === 'REASONABLE_GROUNDS' ? ['rgDecision', 'rgDate'] : ['cgDecision', 'cgDate']);

/**
 * A referral as every statement returns it, with `c` its case: `foreign` when that case is another
 * force's; `caseForce` (never sent) tells the service whose referral it is to decide on.
 */
const referral = `n {
  __typename: 'NrmReferral', .id, .personId, .caseId, .firstResponder, .consent, .route, .missing, .guardianContact, .createdBy,
  caseForce: c.force,
  referralDate: toString(n.referralDate), createdAt: toString(n.createdAt),
  reasonableGrounds: CASE WHEN n.rgDecision IS NULL THEN null ELSE {decision: n.rgDecision, date: toString(n.rgDate)} END,
  conclusiveGrounds: CASE WHEN n.cgDecision IS NULL THEN null ELSE {decision: n.cgDecision, date: toString(n.cgDate)} END,
  foreign: c.force <> $viewer.force
}`;

/** For each visible person, their referrals made in visible cases, oldest first. */
export function referralsOfPeople(personIds: readonly string[], viewer: ViewerParams): CypherQuery<{ personId: string; referrals: NrmReferral[] }> {
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

export function referralById(id: string, viewer: ViewerParams): CypherQuery<{ referral: NrmReferral }> {
  return cypher(
    `MATCH (n:NrmReferral {id: $id})-[:REFERRED_IN]->(c:Case) WHERE ${caseVisible('c')}
     RETURN ${referral} AS referral`,
    { id, ...viewer },
  );
}

/**
 * Records a referral (or MS1) for a person who is a victim in a visible case of the viewer's force
 * (a hub supervisor's: any force's), keeping the request's idempotency key. No row, and nothing
 * written, when the case is hidden or another force's, or the person is not a victim in it.
 */
export function createReferral(
  input: NewNrmReferral & { id: string; personId: string; caseId: string; createdBy: string; idempotency: IdempotencyRequest | null },
  viewer: ViewerParams & WriterParams,
): CypherQuery<{ referral: NrmReferral }> {
  return cypher(
    `MATCH (c:Case {id: $caseId}) WHERE ${caseVisible('c')} AND ${caseWritable('c')}
     MATCH (p:Person {id: $personId}) WHERE EXISTS { (p)-[:INVOLVED_IN {role: 'VICTIM'}]->(c) }
     CREATE (p)-[:NRM_REFERRAL]->(n:NrmReferral {
       id: $id, personId: $personId, caseId: $caseId, referralDate: date($referralDate),
       firstResponder: $firstResponder, consent: $consent, route: $route,
       rgDecision: $rg.decision, rgDate: CASE WHEN $rg.date IS NULL THEN null ELSE date($rg.date) END,
       cgDecision: $cg.decision, cgDate: CASE WHEN $cg.date IS NULL THEN null ELSE date($cg.date) END,
       missing: $missing, guardianContact: $guardianContact, createdAt: datetime(), createdBy: $createdBy
     })-[:REFERRED_IN]->(c)
     ${keepIdempotencyKey('n.id')}
     RETURN ${referral} AS referral`,
    {
      id: input.id,
      idempotency: input.idempotency,
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
 * Records one decision on a visible referral made in a case of the viewer's force (a hub
 * supervisor's: any force's), only if the stage is still open, and appends it to the referral's
 * history: a decision once made is changed only by changeDecision, and a concurrent one makes this
 * return no row.
 */
export function recordDecision(
  input: { id: string; stage: NrmStage; decision: string; date: string },
  history: DecisionHistory,
  viewer: ViewerParams & WriterParams,
): CypherQuery<{ referral: NrmReferral }> {
  const [decision, date] = stageProperties(input.stage);
  return cypher(
    `MATCH (n:NrmReferral {id: $id})-[:REFERRED_IN]->(c:Case) WHERE ${caseVisible('c')} AND ${caseWritable('c')} AND n.${decision} IS NULL
     SET n.${decision} = $decision, n.${date} = date($date)
     ${appendHistory('NrmReferral', 'n')}
     RETURN ${referral} AS referral`,
    { id: input.id, decision: input.decision, date: input.date, ...historyParams(history), ...viewer },
  );
}

/**
 * Corrects (a new decision) or withdraws (null) the decision of one stage, only if it is still
 * `expected` (what the service checked the change against; a concurrent change makes this return no
 * row), and appends what it replaced to the referral's history with the reason.
 */
export function changeDecision(
  input: { id: string; stage: NrmStage; expected: DecisionRecord; to: DecisionRecord | null },
  history: DecisionHistory,
  viewer: ViewerParams & WriterParams,
): CypherQuery<{ referral: NrmReferral }> {
  const [decision, date] = stageProperties(input.stage);
  return cypher(
    `MATCH (n:NrmReferral {id: $id})-[:REFERRED_IN]->(c:Case)
     WHERE ${caseVisible('c')} AND ${caseWritable('c')} AND n.${decision} = $expected.decision AND n.${date} = date($expected.date)
     SET n.${decision} = $to.decision, n.${date} = CASE WHEN $to.date IS NULL THEN null ELSE date($to.date) END
     ${appendHistory('NrmReferral', 'n')}
     RETURN ${referral} AS referral`,
    {
      id: input.id,
      expected: { ...input.expected },
      to: { decision: input.to?.decision ?? null, date: input.to?.date ?? null },
      ...historyParams(history),
      ...viewer,
    },
  );
}

function historyParams(history: DecisionHistory) {
  return { entries: [{ ...history.entry }], changedBy: history.changedBy, changeReason: history.changeReason };
}
