export const personRoles = ['SUSPECT', 'VICTIM', 'WITNESS', 'ASSOCIATE', 'OFFENDER'] as const;
export type PersonRole = (typeof personRoles)[number];

export interface Person {
  readonly id: string;
  readonly forenames: string;
  readonly surname: string;
  /** YYYY-MM-DD, or null when unknown. */
  readonly dateOfBirth: string | null;
  readonly createdAt: string;
  readonly createdBy: string;
}

/** A person's part in one case. */
export interface Involvement {
  readonly caseId: string;
  readonly role: PersonRole;
  readonly since: string;
  readonly person: Person;
}

export interface NewPerson {
  readonly forenames: string;
  readonly surname: string;
  readonly dateOfBirth: string | null;
}
