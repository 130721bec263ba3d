export const caseStatuses = ['REFERRED', 'OPEN', 'ACTIVE', 'SUSPENDED', 'CLOSED'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** data.police.uk street-level crime types, then the types cross-force case work adds. */
export const crimeTypes = [
  'ANTI_SOCIAL_BEHAVIOUR',
  'BICYCLE_THEFT',
  'BURGLARY',
  'CRIMINAL_DAMAGE_AND_ARSON',
  'DRUGS',
  'OTHER_THEFT',
  'POSSESSION_OF_WEAPONS',
  'PUBLIC_ORDER',
  'ROBBERY',
  'SHOPLIFTING',
  'THEFT_FROM_THE_PERSON',
  'VEHICLE_CRIME',
  'VIOLENCE_AND_SEXUAL_OFFENCES',
  'OTHER_CRIME',
  'MODERN_SLAVERY',
  'HUMAN_TRAFFICKING',
  'COUNTY_LINES',
  'FRAUD',
  'MONEY_LAUNDERING',
  'CHILD_SEXUAL_EXPLOITATION',
] as const;
export type CrimeType = (typeof crimeTypes)[number];

/** Shared by cases and actions. HIGH is worked first; new records default to MEDIUM. */
export const priorities = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type Priority = (typeof priorities)[number];

/** Government Security Classifications tiers, lowest first; the access predicate reads `classification`. */
export const classifications = ['OFFICIAL', 'SECRET', 'TOP_SECRET'] as const;
export type Classification = (typeof classifications)[number];

export interface Case {
  readonly id: string;
  readonly reference: string;
  readonly title: string;
  readonly summary: string | null;
  /** Code of the owning force. */
  readonly force: string;
  readonly status: CaseStatus;
  readonly crimeTypes: readonly CrimeType[];
  readonly priority: Priority;
  readonly classification: Classification;
  readonly caveats: readonly string[];
  /** Username of the officer in charge. */
  readonly officerInCharge: string;
  /** ISO-8601 instants. `openedAt` is null while the case is only REFERRED; `closedAt` while not CLOSED. */
  readonly createdAt: string;
  readonly openedAt: string | null;
  readonly closedAt: string | null;
  readonly createdBy: string;
}

export interface NewCase {
  readonly title: string;
  readonly summary: string | null;
  readonly force: string;
  readonly status: 'REFERRED' | 'OPEN';
  readonly crimeTypes: readonly CrimeType[];
  readonly priority: Priority;
  readonly classification: Classification;
  readonly caveats: readonly string[];
  readonly officerInCharge: string;
}

export interface CaseFilter {
  readonly force?: string;
  readonly status?: CaseStatus;
  readonly crimeType?: CrimeType;
  /** Username of the officer in charge. */
  readonly officer?: string;
  /** ISO-8601 instants, inclusive: cases opened in [openedFrom, openedTo]. */
  readonly openedFrom?: string;
  readonly openedTo?: string;
}

/** Fields whose changes the case history records. */
export const caseFields = ['status', 'title', 'summary', 'crimeTypes', 'priority', 'classification', 'caveats', 'officerInCharge'] as const;
export type CaseField = (typeof caseFields)[number];

/** One recorded change: who changed which field of the case, when, from what to what, and why. */
export interface CaseChange {
  readonly id: string;
  readonly at: string;
  readonly by: string;
  readonly field: CaseField;
  /** Values as text; lists are joined with commas (their items never contain one). */
  readonly from: string | null;
  readonly to: string | null;
  readonly reason: string | null;
}
