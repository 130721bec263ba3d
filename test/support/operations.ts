// GraphQL operations the end-to-end tests share, written as a client would write them.

export const CREATE_CASE = /* GraphQL */ `
  mutation CreateCase($input: CreateCaseInput!) {
    createCase(input: $input) {
      reference
      case {
        id
        reference
        title
        force {
          code
        }
        status
        createdBy
      }
    }
  }
`;

export const RECORD_PERSON = /* GraphQL */ `
  mutation RecordPerson($input: RecordPersonInput!) {
    recordPerson(input: $input) {
      role
      person {
        id
        forenames
        surname
        dateOfBirth
      }
    }
  }
`;

export const LINK_PERSON = /* GraphQL */ `
  mutation LinkPerson($input: LinkPersonInput!) {
    linkPersonToCase(input: $input) {
      role
      person {
        id
      }
    }
  }
`;

export const RECORD_ADDRESS = /* GraphQL */ `
  mutation RecordAddress($input: RecordAddressInput!) {
    recordAddress(input: $input) {
      location {
        id
        line1
        town
        postcode
        postcodeArea
        postcodeDistrict
        postcodeSector
      }
      hits {
        id
        force {
          code
        }
        officerInCharge
        case {
          id
        }
      }
    }
  }
`;

export const CASE_DOSSIER = /* GraphQL */ `
  query Dossier($reference: String!) {
    case(reference: $reference) {
      id
      reference
      title
      status
      force {
        code
        name
      }
      people {
        role
        person {
          id
          forenames
          surname
          dateOfBirth
          addresses {
            id
            line1
            postcode
          }
          cases {
            role
            case {
              reference
            }
          }
        }
      }
    }
  }
`;

/** `_entities` as the gateway sends it, with a fragment for each type the subgraph knows. */
export const ENTITIES: Record<'cases' | 'entities' | 'locations', string> = {
  cases: `query ($representations: [_Any!]!) {
    _entities(representations: $representations) { __typename ... on Force { code name } ... on Case { id } }
  }`,
  entities: `query ($representations: [_Any!]!) {
    _entities(representations: $representations) { __typename ... on Person { id } ... on Case { id } }
  }`,
  locations: `query ($representations: [_Any!]!) {
    _entities(representations: $representations) { __typename ... on Location { id postcode } ... on Person { id } }
  }`,
};
