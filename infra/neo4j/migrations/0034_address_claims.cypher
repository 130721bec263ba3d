// Addresses become per-case claims (as objects' SEEN_IN are): a Location holds only its key (address
// key, postcode and its levels); what a case says of it (lines, town, coordinates, force area) sits
// on (:Location)-[:RECORDED_IN]->(:Case), and a person's address is tied to the case that records it
// (HAS_ADDRESS {caseId}). An address recorded before claims existed was tied to a person only, so it
// is given to the person's case of the recording officer's force (else the person's earliest case),
// with the description the node held. Addresses of people in no case stay unreachable, as before.
MATCH (p:Person)-[h:HAS_ADDRESS]->(l:Location) WHERE h.caseId IS NULL
CALL (p, h) {
  OPTIONAL MATCH (o:Officer {username: h.recordedBy})
  MATCH (p)-[:INVOLVED_IN]->(c:Case)
  RETURN c ORDER BY CASE WHEN c.force = o.force THEN 0 ELSE 1 END, c.createdAt, c.id LIMIT 1
}
SET h.caseId = c.id
MERGE (l)-[s:RECORDED_IN]->(c)
SET s.at = coalesce(s.at, h.since, l.createdAt, datetime()), s.recordedBy = coalesce(s.recordedBy, h.recordedBy, l.createdBy),
  s.postcode = coalesce(s.postcode, l.postcode), s.line1 = coalesce(s.line1, l.line1), s.line2 = coalesce(s.line2, l.line2),
  s.town = coalesce(s.town, l.town), s.latitude = coalesce(s.latitude, l.latitude), s.longitude = coalesce(s.longitude, l.longitude),
  s.forceArea = coalesce(s.forceArea, l.forceArea);
MATCH (l:Location) WHERE l.line1 IS NOT NULL AND EXISTS { (l)-[:RECORDED_IN]->(:Case) }
REMOVE l.line1, l.line2, l.town, l.latitude, l.longitude, l.forceArea;
// Searching addresses reads each case's claim (which repeats the postcode, so that one index answers
// "High Street M1"), so that a hidden case's description is never matched.
CREATE FULLTEXT INDEX address_claim_text IF NOT EXISTS FOR ()-[r:RECORDED_IN]-() ON EACH [r.line1, r.line2, r.town, r.postcode] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
// The locations service's alerts of address hits, read like the entities service's DeconflictionAlert:
// by the case a hit was recorded in, and by id when the recorder asks for access.
CREATE INDEX address_alert_from_case IF NOT EXISTS FOR (a:AddressAlert) ON (a.fromCaseId);
CREATE CONSTRAINT address_alert_id IF NOT EXISTS FOR (a:AddressAlert) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT deconfliction_alert_id IF NOT EXISTS FOR (a:DeconflictionAlert) REQUIRE a.id IS UNIQUE;
