import { cypher, locationInOwnForceCase, locationVisible, personInOwnForceCase, personVisible, type CypherQuery, type ViewerParams } from '@crosslink/common';
import type { NewAddress } from './location.model.js';

/** A location as every read returns it; `foreign` when the viewer sees it only through other forces' cases. */
const location = `l {
  __typename: 'Location', .id, .line1, .line2, .town, .postcode, .postcodeArea, .postcodeDistrict, .postcodeSector, .latitude, .longitude, .forceArea,
  foreign: NOT ${locationInOwnForceCase('l')}
}`;

export function locationsByIds(ids: readonly string[], viewer: ViewerParams): CypherQuery {
  return cypher(
    `UNWIND $ids AS id
     MATCH (l:Location {id: id}) WHERE ${locationVisible('l')}
     RETURN ${location} AS location`,
    { ids, ...viewer },
  );
}

/** For each visible person id, their addresses; no row for a person who is unknown or hidden. */
export function addressesOfPeople(personIds: readonly string[], viewer: ViewerParams): CypherQuery {
  return cypher(
    `UNWIND $personIds AS personId
     MATCH (p:Person {id: personId}) WHERE ${personVisible('p')}
     CALL (p) {
       OPTIONAL MATCH (p)-[:HAS_ADDRESS]->(l:Location)
       WITH l ORDER BY l.postcode, l.line1
       RETURN collect(${location}) AS addresses
     }
     RETURN personId, addresses`,
    { personIds, ...viewer },
  );
}

/**
 * Records that a visible person has an address. The address is merged on its key, so the same
 * address recorded by two forces is one node. No row when the person is unknown or hidden.
 * `foreign` when the person is seen only through other forces' cases: recording their address needs a purpose.
 */
export function recordAddress(input: NewAddress & { id: string; personId: string; recordedBy: string }, viewer: ViewerParams): CypherQuery {
  return cypher(
    `MATCH (p:Person {id: $personId}) WHERE ${personVisible('p')}
     WITH p, NOT ${personInOwnForceCase('p')} AS foreign
     MERGE (l:Location {addressKey: $addressKey})
       ON CREATE SET l.id = $id, l.line1 = $line1, l.line2 = $line2, l.town = $town,
         l.postcode = $postcode, l.postcodeArea = $postcodeArea, l.postcodeDistrict = $postcodeDistrict,
         l.postcodeSector = $postcodeSector, l.latitude = $latitude, l.longitude = $longitude,
         l.forceArea = $forceArea, l.createdAt = datetime(), l.createdBy = $recordedBy
       ON MATCH SET l.latitude = coalesce(l.latitude, $latitude), l.longitude = coalesce(l.longitude, $longitude)
     MERGE (p)-[r:HAS_ADDRESS]->(l)
       ON CREATE SET r.since = datetime(), r.recordedBy = $recordedBy
     RETURN ${location} AS location, foreign`,
    { ...input, ...viewer },
  );
}
