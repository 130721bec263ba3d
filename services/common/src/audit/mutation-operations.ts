import type { AuditOperation } from './audit-event.js';

/** What a write may do to personal data in DPA s.62 terms; consultation is the reads' alone. */
export type WriteOperation = Exclude<AuditOperation, 'CONSULTATION'>;

/**
 * Every mutation of the API, in every subgraph, and the DPA s.62 operation its audit event records.
 * Decided here, one line per mutation, never worked out from a name: a test keeps this table and
 * `schema/supergraph.graphql` in step, so a mutation added without an entry fails the build.
 *
 * - COLLECTION: a new record (a case, a person, an object, an event, an item of intelligence).
 * - ALTERATION: a record changed (status, details, team, lead force, an action moved along).
 * - COMBINATION: records joined (a person linked to a case or a person, a case to an operation).
 * - DISCLOSURE: records made visible to others (a share, an export, a new participant of an operation).
 * - ERASURE: records removed.
 */
export const mutationOperations = {
  // cases
  createCase: 'COLLECTION',
  shareCase: 'DISCLOSURE',
  revokeCaseShare: 'ALTERATION',
  requestCaseAccess: 'COLLECTION',
  decideCaseAccess: 'DISCLOSURE',
  exportCase: 'DISCLOSURE',
  changeCaseStatus: 'ALTERATION',
  updateCase: 'ALTERATION',
  assignOfficerInCharge: 'ALTERATION',
  recordEvent: 'COLLECTION',
  createOperation: 'COLLECTION',
  addCaseToOperation: 'COMBINATION',
  removeCaseFromOperation: 'ALTERATION',
  addOperationParticipant: 'DISCLOSURE',
  transferOperationLead: 'ALTERATION',
  raiseAction: 'COLLECTION',
  allocateAction: 'ALTERATION',
  completeAction: 'ALTERATION',
  resultAction: 'ALTERATION',
  fileAction: 'ALTERATION',
  returnAction: 'ALTERATION',
  commentOnAction: 'COLLECTION',
  setOfficerTeam: 'ALTERATION',
  acknowledgeAlert: 'ALTERATION',
  // entities
  recordPerson: 'COLLECTION',
  linkPersonToCase: 'COMBINATION',
  updatePerson: 'ALTERATION',
  recordAlias: 'COLLECTION',
  linkPeople: 'COMBINATION',
  recordPhone: 'COLLECTION',
  recordVehicle: 'COLLECTION',
  recordEmailAddress: 'COLLECTION',
  recordOnlineAccount: 'COLLECTION',
  recordBankAccount: 'COLLECTION',
  recordItem: 'COLLECTION',
  recordNrmReferral: 'COLLECTION',
  recordNrmDecision: 'COLLECTION',
  changeNrmDecision: 'ALTERATION',
  checkSubject: 'COLLECTION',
  // intel
  recordIntelligence: 'COLLECTION',
  exportNetwork: 'DISCLOSURE',
  // A reviewer's decision whether two person records are one person: it brings the two together, whichever the outcome.
  decideMatch: 'COMBINATION',
  // locations
  recordAddress: 'COLLECTION',
} as const satisfies Record<string, WriteOperation>;

/** A root field of the API's Mutation type. */
export type MutationName = keyof typeof mutationOperations;
