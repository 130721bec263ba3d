import { ObjectKind } from '../../api/schema-enums.js';
import { titleCase } from '../../ui/format.js';
import type { CaseRef, ForceRef, PageInfo } from './case-data.js';
import type { Claim } from './Claims.js';

/** One page of a case's objects, of one kind or every kind. */
export const CaseObjectsQuery = `
  query CaseObjects($reference: String!, $kind: ObjectKind, $first: Int!, $after: String) {
    case(reference: $reference) {
      id
      objects(kind: $kind, first: $first, after: $after) {
        edges {
          recordedAt
          node {
            __typename
            ... on Phone { id number handsets people { ...Holder } cases(first: 10) { ...AlsoIn } }
            ... on Vehicle {
              id vrm make model colour
              claims { force { code name } case { id reference } make model colour recordedBy recordedAt }
              people { ...Holder } cases(first: 10) { ...AlsoIn }
            }
            ... on EmailAddress { id address people { ...Holder } cases(first: 10) { ...AlsoIn } }
            ... on OnlineAccount { id platform handle people { ...Holder } cases(first: 10) { ...AlsoIn } }
            ... on BankAccount { id sortCode accountNumber iban people { ...Holder } cases(first: 10) { ...AlsoIn } }
            ... on Item { id itemKind: kind description people { ...Holder } cases(first: 10) { ...AlsoIn } }
          }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
  fragment Holder on ObjectHolder { relation role person { id forenames surname } case { id reference } }
  fragment AlsoIn on ObjectCaseConnection { edges { node { id reference force { code name } } } pageInfo { hasNextPage } }
`;

const objectKindLabels: Readonly<Record<ObjectKind, string>> = {
  Phone: 'Phones',
  Vehicle: 'Vehicles',
  EmailAddress: 'Email addresses',
  OnlineAccount: 'Online accounts',
  BankAccount: 'Bank accounts',
  Item: 'Items (weapons, drugs, cash, documents)',
};

/** The kinds of object the filter offers, in the schema's order. */
export const objectKinds: readonly { kind: ObjectKind; label: string }[] = Object.values(ObjectKind).map((kind) => ({ kind, label: objectKindLabels[kind] }));

export interface Holder {
  relation: string;
  role: string;
  person: { id: string; forenames: string; surname: string };
  case: CaseRef | null;
}
interface AlsoIn {
  edges: { node: { id: string; reference: string; force: ForceRef } | null }[];
  pageInfo: { hasNextPage: boolean };
}
interface Common {
  id: string;
  people: Holder[];
  cases: AlsoIn;
}
export interface VehicleClaim {
  force: ForceRef;
  case: CaseRef | null;
  make: string | null;
  model: string | null;
  colour: string | null;
  recordedBy: string;
  recordedAt: string;
}
export type CaseObject =
  | (Common & { __typename: 'Phone'; number: string; handsets: string[] })
  | (Common & { __typename: 'Vehicle'; vrm: string; make: string | null; model: string | null; colour: string | null; claims: VehicleClaim[] })
  | (Common & { __typename: 'EmailAddress'; address: string })
  | (Common & { __typename: 'OnlineAccount'; platform: string; handle: string })
  | (Common & { __typename: 'BankAccount'; sortCode: string | null; accountNumber: string | null; iban: string | null })
  | (Common & { __typename: 'Item'; itemKind: string; description: string });

export interface CaseObjectsData {
  case: { id: string; objects: { edges: { recordedAt: string; node: CaseObject }[]; pageInfo: PageInfo } | null } | null;
}

function vehicleText(vehicle: { make: string | null; model: string | null; colour: string | null }): string {
  return [vehicle.colour, vehicle.make, vehicle.model].filter((part) => part !== null && part !== '').join(' ');
}

/** 200000 → 20-00-00. */
function sortCode(digits: string): string {
  return /^\d{6}$/.test(digits) ? `${digits.slice(0, 2)}-${digits.slice(2, 4)}-${digits.slice(4)}` : digits;
}

/** What kind of object it is, in words. */
export function kindOf(object: CaseObject): string {
  switch (object.__typename) {
    case 'Phone':
      return 'Phone';
    case 'Vehicle':
      return 'Vehicle';
    case 'EmailAddress':
      return 'Email address';
    case 'OnlineAccount':
      return 'Online account';
    case 'BankAccount':
      return 'Bank account';
    case 'Item':
      return titleCase(object.itemKind);
  }
}

/** The object as an officer reads it: number, VRM, address, handle, account, or description. */
export function describe(object: CaseObject): { value: string; detail: string | null } {
  switch (object.__typename) {
    case 'Phone':
      return { value: object.number, detail: object.handsets.length > 0 ? `Handsets (IMEI): ${object.handsets.join(', ')}` : null };
    case 'Vehicle':
      return { value: object.vrm, detail: vehicleText(object) || null };
    case 'EmailAddress':
      return { value: object.address, detail: null };
    case 'OnlineAccount':
      return { value: `@${object.handle}`, detail: `on ${object.platform}` };
    case 'BankAccount': {
      const uk = object.sortCode !== null && object.accountNumber !== null ? `${sortCode(object.sortCode)} ${object.accountNumber}` : null;
      return { value: uk ?? object.iban ?? '—', detail: uk !== null && object.iban !== null ? `IBAN ${object.iban}` : null };
    }
    case 'Item':
      return { value: object.description, detail: null };
  }
}

/** Each force's description of the object, where the schema keeps them apart (vehicles). */
export function claimsOf(object: CaseObject): Claim[] {
  if (object.__typename !== 'Vehicle') return [];
  return object.claims.map((claim) => ({
    force: claim.force,
    case: claim.case,
    text: vehicleText(claim),
    recordedBy: claim.recordedBy,
    recordedAt: claim.recordedAt,
  }));
}
