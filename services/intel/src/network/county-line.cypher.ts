import { addressShown, caseVisible, cypher, int, ownForceCase, personInOwnForceCase, type CypherQuery, type ViewerParams } from '@crosslink/common';
import type { FootprintRow } from './county-line.footprint.js';

/** A case-visibility test on a relationship that names the case asserting it (`caseId`). */
function assertedInVisibleCase(rel: string): string {
  return `EXISTS { MATCH (ac:Case {id: ${rel}.caseId}) WHERE ${caseVisible('ac')} }`;
}

/**
 * The addresses of person `p` that visible cases give them (a tie made only in a hidden case is left
 * out), each as a NetworkPlace: its key from the node, its lines, town, coordinates and force area
 * from the claim the viewer is shown (addressShown), never another case's.
 */
const addressesOf = (p: string) => `COLLECT {
       MATCH (${p})-[h:HAS_ADDRESS]->(l:Location) WHERE ${assertedInVisibleCase('h')}
       WITH DISTINCT l
       WITH l, ${addressShown('l')} AS claim
       RETURN l { .id, .postcode, line1: claim.line1, town: claim.town, latitude: claim.latitude, longitude: claim.longitude, forceArea: claim.forceArea }
       ORDER BY l.postcode, l.id
     }`;

/** A person of the line's cases, with `extra` map entries (roles, addresses). */
const person = (p: string, extra: string) =>
  `${p} { .id, .forenames, .surname, .dateOfBirth, vulnerabilities: coalesce(${p}.vulnerabilities, []),
     nrmReferred: EXISTS { (${p})-[:NRM_REFERRAL]->(:NrmReferral) }, foreign: NOT ${personInOwnForceCase(p)}, ${extra} }`;

/**
 * A deal line's footprint, read from one phone the viewer may see: the visible cases recording it
 * (and only the forces of those they may not), the handsets seen using it, who holds it, the people
 * of its cases with their roles and addresses, and the events of those cases. No row when the
 * phone is unknown or hidden.
 */
export function countyLineFootprint(phoneId: string, eventLimit: number, viewer: ViewerParams): CypherQuery<FootprintRow> {
  return cypher(
    `MATCH (ph:Phone {id: $phoneId})
     WHERE EXISTS { MATCH (ph)-[:SEEN_IN]->(vc:Case) WHERE ${caseVisible('vc')} }
     CALL (ph) {
       MATCH (ph)-[:SEEN_IN]->(c:Case)
       WITH c, ${caseVisible('c')} AS visible
       RETURN collect(CASE WHEN visible THEN c { .id, .reference, .force, .title, crimeTypes: coalesce(c.crimeTypes, []), openedAt: toString(c.openedAt) } END) AS cases,
              collect(DISTINCT CASE WHEN visible THEN null ELSE c.force END) AS withheldForces
     }
     CALL (ph) {
       OPTIONAL MATCH (hs:Handset)-[u:USED_NUMBER]->(ph) WHERE ${assertedInVisibleCase('u')}
       WITH hs, u WHERE hs IS NOT NULL
       RETURN collect({ imei: hs.imei, caseId: u.caseId }) AS handsets
     }
     CALL (ph) {
       OPTIONAL MATCH (p:Person)-[h:HAS_PHONE]->(ph) WHERE ${assertedInVisibleCase('h')}
       WITH p, h WHERE p IS NOT NULL
       RETURN collect({ personId: p.id, caseId: h.caseId }) AS holdings
     }
     CALL (ph) {
       OPTIONAL MATCH (ph)-[:SEEN_IN]->(c:Case)<-[r:INVOLVED_IN]-(p:Person) WHERE ${caseVisible('c')}
       WITH p, collect({ caseId: c.id, role: r.role }) AS roles WHERE p IS NOT NULL
       RETURN collect(${person('p', `roles: roles, addresses: ${addressesOf('p')}`)}) AS people
     }
     CALL (ph) {
       OPTIONAL MATCH (ph)-[:SEEN_IN]->(c:Case)<-[:ON_CASE]-(e:Event) WHERE ${caseVisible('c')}
       WITH e, c WHERE e IS NOT NULL
       OPTIONAL MATCH (e)-[:OCCURRED_AT]->(l:Location)
       WITH e, c, l ORDER BY e.occurredAt, e.id LIMIT $eventLimit
       RETURN collect(e { .id, .kind, .description, .precision, occurredAt: toString(e.occurredAt), caseId: c.id, force: c.force, foreign: NOT ${ownForceCase('c')}, locationId: l.id }) AS events
     }
     RETURN ph { .id, .number, foreign: NOT EXISTS { MATCH (ph)-[:SEEN_IN]->(ownc:Case) WHERE ${ownForceCase('ownc')} } } AS phone,
            cases, withheldForces, handsets, holdings, people, events`,
    { phoneId, eventLimit: int(eventLimit), ...viewer },
  );
}
