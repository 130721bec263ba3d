import { caseVisible, cypher, type CypherQuery, type ViewerParams } from '@crosslink/common';
import { caseProjection } from '../case/case.cypher.js';

/** A case the viewer may see and may disclose: their own force's, or any case for the hub. */
const exportable = `${caseVisible('c')} AND (c.force = $viewer.force OR $viewer.crossForce)`;

/**
 * Reads a case's data package, in the write transaction that audits its disclosure. Columns are
 * named for the label of what they hold (`event`, `action`…). No row when the case is unknown,
 * hidden or not the viewer's to disclose.
 */
export function caseExport(caseId: string, viewer: ViewerParams): CypherQuery {
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
       toString(datetime()) AS exportedAt`,
    { caseId, ...viewer },
  );
}
