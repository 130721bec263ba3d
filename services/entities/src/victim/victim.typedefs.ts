import { gql } from 'graphql-tag';

/** Victims and safeguarding: the NRM, vulnerability and the safeguarding flag. */
export const victimTypeDefs = gql`
  enum Vulnerability {
    MENTAL_HEALTH
    LEARNING_DISABILITY
    PHYSICAL_DISABILITY
    SUBSTANCE_MISUSE
    HOMELESS
    LANGUAGE_BARRIER
    IMMIGRATION_STATUS
    DEBT_BONDAGE
    DOMESTIC_ABUSE
    CARE_LEAVER
    ELDERLY
    OTHER
  }

  enum ChildStatus {
    CHILD
    ADULT
    "No date of birth, or a partial one that allows both."
    UNKNOWN
  }

  enum SafeguardingReason {
    "Under 18 today."
    CHILD
    "A partial date of birth allows them to be under 18."
    POSSIBLE_CHILD
    "A vulnerability is recorded."
    VULNERABLE
    "Referred to the NRM (or notified on an MS1) in any case, including cases you may not see."
    NRM_VICTIM
  }

  type Safeguarding {
    flagged: Boolean!
    reasons: [SafeguardingReason!]!
  }

  enum NrmConsent {
    CONSENTED
    DECLINED
    "A child's referral needs no consent."
    NOT_REQUIRED
  }

  enum NrmRoute {
    "A referral into the National Referral Mechanism."
    NRM
    "The anonymous duty-to-notify form, for an adult who does not consent."
    MS1
  }

  enum NrmDecision {
    POSITIVE
    NEGATIVE
  }

  enum NrmStage {
    REASONABLE_GROUNDS
    CONCLUSIVE_GROUNDS
  }

  type NrmDecisionRecord {
    decision: NrmDecision!
    "YYYY-MM-DD."
    date: String!
  }

  type NrmReferral {
    id: ID!
    "YYYY-MM-DD."
    referralDate: String!
    firstResponder: String!
    consent: NrmConsent!
    route: NrmRoute!
    reasonableGrounds: NrmDecisionRecord
    conclusiveGrounds: NrmDecisionRecord
    missing: Boolean!
    "Independent child trafficking guardian or local-authority contact."
    guardianContact: String
    case: Case!
    createdAt: DateTime!
    createdBy: String!
    "Every decision recorded, corrected or withdrawn, oldest first, with what each replaced and why."
    history(first: Int = 20, after: String): RecordChangeConnection!
  }

  input NrmDecisionInput {
    decision: NrmDecision!
    "YYYY-MM-DD."
    date: String!
  }

  input RecordNrmReferralInput {
    personId: ID!
    "A case in which the person is a VICTIM."
    caseId: ID!
    "YYYY-MM-DD."
    referralDate: String!
    firstResponder: String!
    "Required for an adult; ignored for a child."
    consent: NrmConsent
    reasonableGrounds: NrmDecisionInput
    conclusiveGrounds: NrmDecisionInput
    missing: Boolean = false
    guardianContact: String
    "Makes a retry safe: a request repeated with the same key returns what the first made, instead of making it again. The same key with another request is refused (IDEMPOTENCY_KEY_REUSED). Up to 200 characters, e.g. a UUID; keys are the sender's own."
    idempotencyKey: String
  }

  input RecordNrmDecisionInput {
    referralId: ID!
    stage: NrmStage!
    decision: NrmDecision!
    "YYYY-MM-DD."
    date: String!
  }

  "Corrects a decision (give the decision and its date) or withdraws it (give neither), with a reason."
  input ChangeNrmDecisionInput {
    referralId: ID!
    stage: NrmStage!
    decision: NrmDecision
    "YYYY-MM-DD; with a decision only."
    date: String
    "Why: kept with the change in the referral's history (3 to 500 characters)."
    reason: String!
  }

  extend type Mutation {
    "Refers a victim to the NRM, or records the MS1 of an adult who declines, in a case of your force (a hub supervisor: of any force)."
    recordNrmReferral(input: RecordNrmReferralInput!): NrmReferral!
    "Records the Reasonable or Conclusive Grounds decision on a referral made in a case of your force (a hub supervisor: of any force)."
    recordNrmDecision(input: RecordNrmDecisionInput!): NrmReferral!
    "Corrects or withdraws a decision already recorded on a referral; the decision it replaces stays in the referral's history."
    changeNrmDecision(input: ChangeNrmDecisionInput!): NrmReferral!
  }
`;
