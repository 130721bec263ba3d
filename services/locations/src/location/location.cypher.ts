import {
  caseVisible,
  caseWritable,
  cypher,
  locationVisible,
  type CypherQuery,
  type HoldingCase,
  type ViewerParams,
  type WriterParams,
} from '@crosslink/common';
import type { NewAddress, Occupant } from './location.model.js';

/**
 * For each visible location, the people visible cases say live there, each with their role in that
 * case: oldest first. A tie asserted only in a case the viewer may not see is never returned.
 */
export function occupantsOfLocations(ids: readonly string[], viewer: ViewerParams): CypherQuery<{ id: string; occupants: Occupant[] }> {
  return cypher(
    `UNWIND $ids AS id
     MATCH (l:Location {id: id}) WHERE ${locationVisible('l')}
     RETURN id, COLLECT {
       MATCH (p:Person)-[h:HAS_ADDRESS]->(l)
       MATCH (p)-[r:INVOLVED_IN]->(c:Case {id: h.caseId}) WHERE ${caseVisible('c')}
       RETURN {personId: p.id, role: r.role, caseId: c.id, force: c.force, recordedAt: toString(h.since)} AS occupant
       ORDER BY h.since, p.id
     } AS occupants`,
    { ids, ...viewer },
  );
}

/**
 * Records an address in a visible case of the viewer's force (a hub supervisor's: any force's,
 * see remit.ts), optionally as a person's in that case. The address is merged on its key, so a
 * second force recording it reaches the same node; what the case says of it (lines, town,
 * coordinates, force area) is that case's claim, and no other case's claim is read or changed.
 * Recording it again in the same case only fills what the claim lacked. No row when the case is
 * hidden or another force's, or the person is not in it. `again` when the case had already recorded it.
 */
export function recordAddress(
  input: NewAddress & { id: string; caseId: string; personId: string | null; recordedBy: string },
  viewer: ViewerParams & WriterParams,
): CypherQuery<{ locationId: string; caseId: string; personId: string | null; foreign: boolean; again: boolean }> {
  const { line1, line2, town, latitude, longitude, forceArea } = input;
  return cypher(
    `MATCH (c:Case {id: $caseId}) WHERE ${caseVisible('c')} AND ${caseWritable('c')}
     OPTIONAL MATCH (p:Person {id: $personId})-[:INVOLVED_IN]->(c)
     WITH c, head(collect(DISTINCT p)) AS p
     WHERE $personId IS NULL OR p IS NOT NULL
     OPTIONAL MATCH (:Location {addressKey: $addressKey})-[before:RECORDED_IN]->(c)
     WITH c, p, before IS NOT NULL AS again
     MERGE (l:Location {addressKey: $addressKey})
       ON CREATE SET l.id = $id, l.postcode = $postcode, l.postcodeArea = $postcodeArea, l.postcodeDistrict = $postcodeDistrict,
         l.postcodeSector = $postcodeSector, l.createdAt = datetime(), l.createdBy = $recordedBy
     MERGE (l)-[s:RECORDED_IN]->(c)
       ON CREATE SET s.at = datetime(), s.recordedBy = $recordedBy, s += $claim
       ON MATCH SET s.line2 = coalesce(s.line2, $claim.line2), s.latitude = coalesce(s.latitude, $claim.latitude),
         s.longitude = coalesce(s.longitude, $claim.longitude)
     FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END |
       MERGE (p)-[h:HAS_ADDRESS {caseId: c.id}]->(l) ON CREATE SET h.since = datetime(), h.recordedBy = $recordedBy)
     RETURN l.id AS locationId, c.id AS caseId, p.id AS personId, c.force <> $viewer.force AS foreign, again`,
    {
      ...viewer,
      id: input.id,
      caseId: input.caseId,
      personId: input.personId,
      recordedBy: input.recordedBy,
      addressKey: input.addressKey,
      postcode: input.postcode,
      postcodeArea: input.postcodeArea,
      postcodeDistrict: input.postcodeDistrict,
      postcodeSector: input.postcodeSector,
      // The claim repeats the postcode (part of the key) so that the claim search index finds "High Street M1".
      claim: { postcode: input.postcode, line1, line2, town, latitude, longitude, forceArea },
    },
  );
}

/**
 * Hits on entry: the other cases that record the address just recorded in `caseId`, each with its
 * force and officer in charge, and whether the viewer may see it. A caller shows a hidden one only
 * as "known to force X" (see hitsFrom).
 */
export function casesSharingLocation(locationId: string, caseId: string, viewer: ViewerParams): CypherQuery<HoldingCase> {
  return cypher(
    `MATCH (:Location {id: $locationId})-[:RECORDED_IN]->(c:Case) WHERE c.id <> $caseId
     WITH DISTINCT c
     RETURN c.id AS caseId, c.force AS force, coalesce(c.officerInCharge, c.createdBy) AS officer, ${caseVisible('c')} AS visible
     ORDER BY visible DESC, c.force, c.id`,
    { locationId, caseId, ...viewer },
  );
}

/** The force of a case the viewer may see; no row when it is unknown or hidden. */
export function caseForce(caseId: string, viewer: ViewerParams): CypherQuery<{ force: string }> {
  return cypher(`MATCH (c:Case {id: $caseId}) WHERE ${caseVisible('c')} RETURN c.force AS force`, { caseId, ...viewer });
}
