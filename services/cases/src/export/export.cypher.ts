import { caseVisible, cypher, type CypherQuery, type Row, type ViewerParams } from '@crosslink/common';
import { caseProjection } from '../case/case.cypher.js';
import type { Case } from '../case/case.model.js';

/** A case the viewer may see and may disclose: their own force's, or any case for the hub. */
const exportable = `${caseVisible('c')} AND (c.force = $viewer.force OR $viewer.crossForce)`;

/** A case's data package as read: the case, and its records in columns named for their label, each as disclosed. */
export interface CaseExportRow {
  readonly case: Case;
  readonly caseChange: readonly Row[];
  readonly event: readonly Row[];
  readonly action: readonly Row[];
  readonly shares: readonly Row[];
  readonly operation: readonly Row[];
  readonly person: readonly Row[];
  readonly object: readonly Row[];
  readonly location: readonly Row[];
  /** ISO-8601 instant of the read. */
  readonly exportedAt: string;
}

/**
 * Reads a case's data package, in the write transaction that audits its disclosure. Columns are
 * named for the label of what they hold (`event`, `action`, `person`…). No row when the case is
 * unknown, hidden or not the viewer's to disclose.
 *
 * Besides the cases service's own records it reads, read-only, the people the case records, the
 * objects seen in it (with who holds each, as asserted in this case) and the places of both (the
 * addresses it records, its people's as this case ties them, and its events' places): labels other
 * services write, all reached through this visible case, so all visible to whoever may disclose it.
 * A place is described only by this case's own claim on it (RECORDED_IN): the shared node holds just
 * its key, and another case's description is never disclosed with this one. An event's place this
 * case does not record carries only its key.
 */
export function caseExport(caseId: string, viewer: ViewerParams): CypherQuery<CaseExportRow> {
  return cypher(
    `MATCH (c:Case {id: $caseId}) WHERE ${exportable}
     RETURN ${caseProjection('c')} AS case,
       COLLECT { MATCH (c)-[:HAS_CHANGE]->(h:CaseChange)
                 RETURN h { .id, .by, .field, .from, .to, .reason, at: toString(h.at) } ORDER BY h.at, h.id } AS caseChange,
       COLLECT { MATCH (e:Event)-[:ON_CASE]->(c)
                 RETURN e { .id, .kind, .description, .precision, .recordedBy, occurredAt: toString(e.occurredAt),
                            recordedAt: toString(e.recordedAt), locationId: head([(e)-[:OCCURRED_AT]->(l:Location) | l.id]) }
                 ORDER BY e.occurredAt, e.id } AS event,
       COLLECT { MATCH (a:Action)-[:RAISED_ON]->(c)
                 RETURN a { .id, .description, .priority, .status, .raisedBy, .allocatedTo, .allocatedForce, .result,
                            dueDate: toString(a.dueDate), raisedAt: toString(a.raisedAt) }
                 ORDER BY a.raisedAt, a.id } AS action,
       COLLECT { MATCH (c)-[s:SHARED_WITH]->(f:Force)
                 RETURN {force: f.code, reason: s.reason, sharedBy: s.by, sharedAt: toString(s.at)} ORDER BY f.code } AS shares,
       COLLECT { MATCH (c)-[:PART_OF]->(o:Operation) RETURN o { .id, .name } ORDER BY o.name, o.id } AS operation,
       COLLECT { MATCH (p:Person)-[r:INVOLVED_IN]->(c)
                 RETURN p { .id, .forenames, .surname, .dateOfBirth, .gender, .nationality, .pncId, .croNumber, .niNumber,
                            .passportNumber, .drivingLicence, .vulnerabilities, role: r.role,
                            aliases: [(p)-[:ALSO_KNOWN_AS]->(a:Alias) | a { .forenames, .surname }],
                            addressIds: [(p)-[h:HAS_ADDRESS]->(l:Location) WHERE h.caseId = c.id | l.id] }
                 ORDER BY p.surname, p.forenames, p.id } AS person,
       COLLECT { MATCH (x)-[seen:SEEN_IN]->(c)
                 // A shared object's description is this case's claim, on its sighting: never another case's.
                 RETURN x { .id, label: labels(x)[0], .kind, .number, .vrm, make: seen.make, model: seen.model, colour: seen.colour, .address, .accountKey, .description,
                            holders: [(h:Person)-[held]->(x) WHERE held.caseId = c.id | h.id] } AS object
                 ORDER BY object.label, object.id } AS object,
       COLLECT { CALL (c) {
                   MATCH (c)<-[:RECORDED_IN]-(l:Location) RETURN l
                   UNION
                   MATCH (c)<-[:ON_CASE]-(:Event)-[:OCCURRED_AT]->(l:Location) RETURN l
                 }
                 OPTIONAL MATCH (l)-[claim:RECORDED_IN]->(c)
                 RETURN l { .id, .postcode, line1: claim.line1, line2: claim.line2, town: claim.town, latitude: claim.latitude, longitude: claim.longitude } AS place
                 ORDER BY place.postcode, place.id } AS location,
       toString(datetime()) AS exportedAt`,
    { caseId, ...viewer },
  );
}
