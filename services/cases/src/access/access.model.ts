export const accessRequestStatuses = ['PENDING', 'GRANTED', 'REFUSED'] as const;
export type AccessRequestStatus = (typeof accessRequestStatuses)[number];

/**
 * An officer's request to see a case they learnt of only as "known to force X" (a hit on entry or a
 * subject check), and the owning force's decision. Granting shares the case with the requester's
 * force; the request keeps who asked, why, who decided and why.
 */
export interface AccessRequest {
  readonly id: string;
  readonly status: AccessRequestStatus;
  readonly requestedBy: string;
  readonly requestedByName: string;
  readonly requestedByForce: string;
  readonly purpose: string;
  readonly requestedAt: string;
  /**
   * The case's owning force: the force asked. Not called `force`, which would make the request that
   * force's data: to the requester it says no more than the hit did.
   */
  readonly askedForce: string;
  /** The case; the API shows it only to those who may see it (the requester once granted). */
  readonly caseId: string;
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
  readonly decisionReason: string | null;
}
