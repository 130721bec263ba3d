export const caseStatuses = ['REFERRED', 'OPEN', 'ACTIVE', 'SUSPENDED', 'CLOSED'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export interface Case {
  readonly id: string;
  readonly reference: string;
  readonly title: string;
  readonly summary: string | null;
  /** Code of the owning force. */
  readonly force: string;
  readonly status: CaseStatus;
  /** ISO-8601 instant. */
  readonly createdAt: string;
  readonly createdBy: string;
}

export interface NewCase {
  readonly title: string;
  readonly summary: string | null;
  readonly force: string;
}

export interface CaseFilter {
  readonly force?: string;
  readonly status?: CaseStatus;
}
