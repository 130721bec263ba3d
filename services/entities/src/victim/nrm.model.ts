export const nrmConsents = ['CONSENTED', 'DECLINED'] as const;
export type NrmConsent = (typeof nrmConsents)[number];
/** As stored: a child's referral needs no consent. */
export type StoredConsent = NrmConsent | 'NOT_REQUIRED';
/** NRM: a referral into the National Referral Mechanism. MS1: the anonymous duty-to-notify form for an adult who does not consent. */
export type NrmRoute = 'NRM' | 'MS1';
export const nrmDecisions = ['POSITIVE', 'NEGATIVE'] as const;
export type NrmDecision = (typeof nrmDecisions)[number];
export type NrmStage = 'REASONABLE_GROUNDS' | 'CONCLUSIVE_GROUNDS';

export interface DecisionRecord {
  readonly decision: NrmDecision;
  /** YYYY-MM-DD. */
  readonly date: string;
}

export interface NrmReferral {
  readonly id: string;
  readonly personId: string;
  readonly caseId: string;
  readonly referralDate: string;
  readonly firstResponder: string;
  readonly consent: StoredConsent;
  readonly route: NrmRoute;
  readonly reasonableGrounds: DecisionRecord | null;
  readonly conclusiveGrounds: DecisionRecord | null;
  readonly missing: boolean;
  readonly guardianContact: string | null;
  readonly createdAt: string;
  readonly createdBy: string;
  /** Made in another force's case: the answer holding it needs a purpose. */
  readonly foreign: boolean;
  /** The owning force of its case: whose referral it is to decide on (never sent). */
  readonly caseForce: string;
}

export type NewNrmReferral = Omit<NrmReferral, 'id' | 'personId' | 'caseId' | 'createdAt' | 'createdBy' | 'foreign' | 'caseForce'>;

/** A decision as its history shows it: `POSITIVE 2026-01-09`, or null for none. */
export function decisionText(record: DecisionRecord | null): string | null {
  return record === null ? null : `${record.decision} ${record.date}`;
}
