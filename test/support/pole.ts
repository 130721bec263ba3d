// GraphQL operations and helpers for people-and-objects tests.
import { postGraphQL, testEnv, tokenFor } from '@crosslink/common/testing';

export const HIT = /* GraphQL */ `
  fragment HitFields on Hit {
    force {
      code
    }
    officerInCharge
    case {
      id
      reference
    }
  }
`;

export const RECORD_PHONE = /* GraphQL */ `
  mutation RecordPhone($input: RecordPhoneInput!) {
    recordPhone(input: $input) {
      phone {
        id
        number
        handsets
      }
      hits {
        ...HitFields
      }
    }
  }
  ${HIT}
`;

export const RECORD_VEHICLE = /* GraphQL */ `
  mutation RecordVehicle($input: RecordVehicleInput!) {
    recordVehicle(input: $input) {
      vehicle {
        id
        vrm
        make
        model
        colour
        claims {
          force {
            code
          }
          make
          model
          colour
          recordedBy
        }
      }
      hits {
        ...HitFields
      }
    }
  }
  ${HIT}
`;

export const PHONE_CASES = /* GraphQL */ `
  query PhoneCases($id: ID!) {
    phone(id: $id) {
      id
      number
      cases(first: 10) {
        edges {
          recordedAt
          node {
            id
            reference
          }
        }
        pageInfo {
          hasNextPage
        }
      }
    }
  }
`;

export const SAFEGUARDING = /* GraphQL */ `
  query Safeguarding($reference: String!) {
    case(reference: $reference) {
      people {
        role
        childWhenRecorded
        person {
          id
          dateOfBirth
          dateOfBirthPrecision
          child
          safeguarding {
            flagged
            reasons
          }
          nrmReferrals {
            id
            route
          }
        }
      }
    }
  }
`;

/** `_entities` for every type the entities subgraph keys. */
export const POLE_ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Phone {
        id
        number
      }
      ... on Vehicle {
        id
        vrm
      }
      ... on EmailAddress {
        id
        address
      }
      ... on OnlineAccount {
        id
        platform
        handle
      }
      ... on BankAccount {
        id
        sortCode
        accountNumber
      }
      ... on Item {
        id
        kind
      }
    }
  }
`;

/** Hub reads of another force's data must state a purpose; a harmless header for everyone else. */
const purpose = { 'x-crosslink-purpose': 'POLE end-to-end test' };

/** Runs an operation through the gateway as `username`; fails with the errors if there are any. */
export async function gql(username: string, text: string, variables: Record<string, unknown> = {}): Promise<any> {
  const response = await postGraphQL(testEnv().gatewayUrl, text, variables, { token: await tokenFor(username), headers: purpose });
  if (response.errors?.length || response.data === undefined) throw new Error(`GraphQL ${response.status}: ${JSON.stringify(response.errors ?? response)}`);
  return response.data;
}

/** A UK mobile number no other test uses, written the way a detective might. */
export function freshMobile(): string {
  return `07700 9${String(Math.floor(Math.random() * 1e5)).padStart(5, '0')}`;
}
