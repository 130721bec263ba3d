import { parse, type DocumentNode } from 'graphql';
import { addressShown, caseVisible, locationInOwnForceCase, locationVisible, ownForceCase, personVisible, type ViewerParams } from '../auth/visibility.js';
import { cypher, type CypherQuery } from '../neo4j/cypher.js';

/*
 * How a location is read, wherever it is read. The locations service owns the Location label and
 * alone writes it. Two others answer what is shown of an address beside the record that holds it,
 * each saving the gateway a call to locations after its own (`@provides`): entities a person's
 * addresses (Person.addresses), cases an event's place (Event.place). All three read with the
 * statements and rules below, so what a reader is shown of an address does not depend on which
 * service answered.
 */

/** What one case says of an address, as its force recorded it. */
export interface AddressClaim {
  readonly caseId: string;
  readonly force: string;
  readonly line1: string;
  readonly line2: string | null;
  readonly town: string;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly forceArea: string | null;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

/** The details of an address a reader is shown: one claim's (see addressShown). */
export type AddressDetails = Pick<AddressClaim, 'line1' | 'line2' | 'town' | 'latitude' | 'longitude' | 'forceArea'>;

/** A location as read: its key, the details shown to the reader, and every visible case's claim. */
export interface Location {
  readonly id: string;
  readonly postcode: string;
  readonly postcodeArea: string;
  readonly postcodeDistrict: string;
  readonly postcodeSector: string;
  /** Null only when no visible case records it, which a visible location never is. */
  readonly shown: AddressDetails | null;
  readonly claims: readonly AddressClaim[];
  /** Seen by the viewer only through other forces' cases: the answer holding it needs a purpose. */
  readonly foreign: boolean;
}

/**
 * A location bound to `l`, as every read returns it: its key (postcode and its levels), what the
 * viewer is shown of it (see addressShown), the claim of every visible case recording it (own
 * force's first, then oldest first), and `foreign` when the viewer sees it only through other
 * forces' cases.
 */
const locationProjection = `l {
  __typename: 'Location', .id, .postcode, .postcodeArea, .postcodeDistrict, .postcodeSector,
  shown: ${addressShown('l')},
  claims: COLLECT {
    MATCH (l)-[s:RECORDED_IN]->(cc:Case) WHERE ${caseVisible('cc')}
    WITH s, cc ORDER BY CASE WHEN ${ownForceCase('cc')} THEN 0 ELSE 1 END, s.at, cc.id
    RETURN s { .line1, .line2, .town, .latitude, .longitude, .forceArea, .recordedBy, recordedAt: toString(s.at), caseId: cc.id, force: cc.force }
  },
  foreign: NOT ${locationInOwnForceCase('l')}
}`;

/** Each visible location of these ids; none for an id unknown or hidden. */
export function locationsByIds(ids: readonly string[], viewer: ViewerParams): CypherQuery<{ location: Location }> {
  return cypher(
    `UNWIND $ids AS id
     MATCH (l:Location {id: id}) WHERE ${locationVisible('l')}
     RETURN ${locationProjection} AS location`,
    { ids, ...viewer },
  );
}

/**
 * For each visible person id, the addresses visible cases give them (one case's tie is that case's
 * claim: a tie made only in a hidden case is never returned); no row for a person unknown or hidden.
 */
export function addressesOfPeople(personIds: readonly string[], viewer: ViewerParams): CypherQuery<{ personId: string; addresses: Location[] }> {
  return cypher(
    `UNWIND $personIds AS personId
     MATCH (p:Person {id: personId}) WHERE ${personVisible('p')}
     RETURN personId, COLLECT {
       MATCH (p)-[h:HAS_ADDRESS]->(l:Location)
       WHERE EXISTS { MATCH (hc:Case {id: h.caseId}) WHERE ${caseVisible('hc')} }
       WITH DISTINCT l ORDER BY l.postcode, l.addressKey
       RETURN ${locationProjection}
     } AS addresses`,
    { personIds, ...viewer },
  );
}

/**
 * The fields of a Location that come from the claim it is shown by: as the reader's own force's
 * cases describe it, else as the earliest visible case that does. Every service answering these
 * fields resolves them with these.
 */
export const shownAddressFields = {
  line1: (location: Location): string => location.shown?.line1 ?? '',
  line2: (location: Location): string | null => location.shown?.line2 ?? null,
  town: (location: Location): string => location.shown?.town ?? '',
  latitude: (location: Location): number | null => location.shown?.latitude ?? null,
  longitude: (location: Location): number | null => location.shown?.longitude ?? null,
};

/**
 * The Location fields a service other than locations answers beside the record holding the address,
 * with their types as locations declares them: what the shown claim says, and the postcode.
 */
const providedFields = {
  line1: 'String!',
  line2: 'String',
  town: 'String!',
  postcode: 'String!',
  postcodeArea: 'String!',
  postcodeDistrict: 'String!',
  postcodeSector: 'String!',
  latitude: 'Float',
  longitude: 'Float',
} as const;

/** Those fields as a `@provides` names them. */
export const PROVIDED_LOCATION_FIELDS = Object.keys(providedFields).join(' ');

/**
 * Location as a service providing those fields declares it: the locations service's entity, which it
 * does not resolve itself, with the provided fields external (locations marks them shareable).
 */
export const providedLocationTypeDefs: DocumentNode = parse(`
  type Location @key(fields: "id", resolvable: false) {
    id: ID!
    ${Object.entries(providedFields)
      .map(([field, type]) => `${field}: ${type} @external`)
      .join('\n    ')}
  }
`);
