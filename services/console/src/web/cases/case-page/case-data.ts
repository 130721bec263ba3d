/** The case page's main query: the case's details, its people (with their addresses) and its shares. */
export const CaseQuery = `
  query CasePage($reference: String!) {
    case(reference: $reference) {
      id reference title summary status priority classification caveats crimeTypes
      createdAt createdBy openedAt closedAt officerInCharge
      force { code name }
      officer { username displayName team force { code name } }
      sharedWith { force { code name } reason sharedBy sharedAt }
      people {
        role since childWhenRecorded
        person {
          id forenames surname dateOfBirth vulnerabilities
          aliases { forenames surname }
          safeguarding { flagged reasons }
          addresses {
            id line1 line2 town postcode forceArea { code name }
            claims { force { code name } case { id reference } line1 line2 town recordedBy recordedAt }
          }
        }
      }
    }
  }
`;

export interface ForceRef {
  code: string;
  name: string;
}

export interface CaseRef {
  id: string;
  reference: string;
}

export interface AddressClaim {
  force: ForceRef;
  case: CaseRef | null;
  line1: string;
  line2: string | null;
  town: string;
  recordedBy: string;
  recordedAt: string;
}

export interface Address {
  id: string;
  line1: string;
  line2: string | null;
  town: string;
  postcode: string;
  forceArea: ForceRef | null;
  claims: AddressClaim[];
}

export interface Person {
  id: string;
  forenames: string;
  surname: string;
  dateOfBirth: string | null;
  vulnerabilities: string[];
  aliases: { forenames: string; surname: string }[];
  safeguarding: { flagged: boolean; reasons: string[] };
  /** Null only when the locations service could not be reached. */
  addresses: Address[] | null;
}

export interface Participant {
  role: string;
  since: string;
  childWhenRecorded: string;
  person: Person;
}

export interface Share {
  force: ForceRef;
  reason: string;
  sharedBy: string;
  sharedAt: string;
}

export interface CaseDetail {
  id: string;
  reference: string;
  title: string;
  summary: string | null;
  status: string;
  priority: string;
  classification: string;
  caveats: string[];
  crimeTypes: string[];
  createdAt: string;
  createdBy: string;
  openedAt: string | null;
  closedAt: string | null;
  officerInCharge: string;
  force: ForceRef;
  officer: { username: string; displayName: string | null; team: string | null; force: ForceRef };
  sharedWith: Share[];
  /** Null only when the entities service could not be reached. */
  people: Participant[] | null;
}

export interface CaseData {
  case: CaseDetail | null;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export function personName(person: { forenames: string; surname: string }): string {
  return `${person.forenames} ${person.surname}`.trim();
}
