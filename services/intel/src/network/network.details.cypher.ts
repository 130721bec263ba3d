import { addressShown, caseVisible, cypher, int, locationVisible, ownForceCase, type CypherQuery, type ViewerParams } from '@crosslink/common';
import type { NetworkCase, NetworkEvent, NetworkPlace } from './network.model.js';

/**
 * The details a map and a timeline need of a network already read: its places, the cases
 * asserting its links and their events. The network holds only what the viewer may see, but each statement checks
 * visibility again, so an id passed in can never reveal a hidden record.
 */

/**
 * The places among `ids` the viewer may see, each as a NetworkPlace: its key and postcode from the
 * node, its lines, town, coordinates and force area from the claim the viewer is shown
 * (addressShown), never another case's. By postcode, then id.
 */
export function placesByIds(ids: readonly string[], viewer: ViewerParams): CypherQuery<{ place: NetworkPlace }> {
  return cypher(
    `MATCH (l:Location) WHERE l.id IN $ids AND ${locationVisible('l')}
     WITH l, ${addressShown('l')} AS claim
     RETURN l { .id, .postcode, line1: claim.line1, town: claim.town, latitude: claim.latitude, longitude: claim.longitude, forceArea: claim.forceArea } AS place
     ORDER BY place.postcode, place.id`,
    { ids, ...viewer },
  );
}

/** The cases among `ids` the viewer may see, each as a NetworkCase: oldest first, then by reference. */
export function casesByIds(ids: readonly string[], viewer: ViewerParams): CypherQuery<{ case: NetworkCase }> {
  return cypher(
    `MATCH (c:Case) WHERE c.id IN $ids AND ${caseVisible('c')}
     RETURN c { .id, .reference, .force, .title, crimeTypes: coalesce(c.crimeTypes, []), openedAt: toString(c.openedAt) } AS case
     ORDER BY c.openedAt, c.reference`,
    { ids, ...viewer },
  );
}

/**
 * The events of the cases among `ids` the viewer may see, oldest first (undated last), at most
 * `limit`: each with its case, that case's force and whether it is another force's, and the place
 * it happened when one is recorded.
 */
export function eventsOfCases(ids: readonly string[], limit: number, viewer: ViewerParams): CypherQuery<{ event: NetworkEvent }> {
  return cypher(
    `MATCH (c:Case) WHERE c.id IN $ids AND ${caseVisible('c')}
     MATCH (e:Event)-[:ON_CASE]->(c)
     OPTIONAL MATCH (e)-[:OCCURRED_AT]->(l:Location)
     WITH e, c, l ORDER BY e.occurredAt, e.id LIMIT $limit
     RETURN e { .id, .kind, .description, .precision, occurredAt: toString(e.occurredAt), caseId: c.id, force: c.force,
                foreign: NOT ${ownForceCase('c')}, locationId: l.id } AS event`,
    { ids, limit: int(limit), ...viewer },
  );
}
