import { caseVisible, cypher, int, locationVisible, type CursorKey, type CypherQuery, type ViewerParams } from '@crosslink/common';
import { keysetCondition, keysetParams } from '@crosslink/common';
import type { CaseEvent, NewEvent } from './event.model.js';

/** An event as every statement returns it, with `c` its case: `foreign` when that is another force's. */
const projection = `e {
  __typename: 'Event', .id, .kind, .description, .precision, .recordedBy,
  caseId: c.id,
  foreign: c.force <> $viewer.force,
  occurredAt: toString(e.occurredAt),
  recordedAt: toString(e.recordedAt),
  locationId: head([(e)-[:OCCURRED_AT]->(l:Location) | l.id])
}`;

/** An event as the projection reads it: with whether its case is another force's. */
export interface EventRead extends CaseEvent {
  readonly foreign: boolean;
}

/**
 * Records an event on a case the viewer may see, at a place the viewer may see when one is given.
 * No row when the case is not visible, or the place is given but not visible: the caller tells which.
 */
export function insertEvent(event: NewEvent, viewer: ViewerParams): CypherQuery<{ event: EventRead }> {
  return cypher(
    `MATCH (c:Case {id: $caseId}) WHERE ${caseVisible('c')}
     OPTIONAL MATCH (l:Location {id: $locationId}) WHERE ${locationVisible('l')}
     WITH c, l WHERE $locationId IS NULL OR l IS NOT NULL
     CREATE (e:Event {
       id: $id, kind: $kind, description: $description, occurredAt: datetime($occurredAt),
       precision: $precision, recordedAt: datetime(), recordedBy: $recordedBy
     })-[:ON_CASE]->(c)
     FOREACH (place IN CASE WHEN l IS NULL THEN [] ELSE [l] END | CREATE (e)-[:OCCURRED_AT]->(place))
     RETURN ${projection} AS event`,
    { ...event, ...viewer },
  );
}

/** A visible event by id. */
export function eventById(id: string, viewer: ViewerParams): CypherQuery<{ event: EventRead }> {
  return cypher(
    `MATCH (e:Event {id: $id})-[:ON_CASE]->(c:Case) WHERE ${caseVisible('c')}
     RETURN ${projection} AS event`,
    { id, ...viewer },
  );
}

/** Whether the case is visible: tells CASE_NOT_FOUND from a place that is not. */
export function caseExists(caseId: string, viewer: ViewerParams): CypherQuery<{ id: string }> {
  return cypher(`MATCH (c:Case {id: $caseId}) WHERE ${caseVisible('c')} RETURN c.id AS id`, { caseId, ...viewer });
}

/**
 * A page of events for each of several visible cases, in the order they happened and keyed on
 * (occurredAt, id): every case gets its own first `limit` events after the cursor.
 */
export function caseTimelines(
  caseIds: readonly string[],
  after: CursorKey | null,
  limit: number,
  viewer: ViewerParams,
): CypherQuery<{ caseId: string; event: EventRead }> {
  const condition = after === null ? '' : `WHERE ${keysetCondition('e.occurredAt', 'e.id', 'ASC', 'datetime')}`;
  return cypher(
    `UNWIND $caseIds AS caseId
     MATCH (c:Case {id: caseId}) WHERE ${caseVisible('c')}
     CALL (c) {
       MATCH (e:Event)-[:ON_CASE]->(c) ${condition}
       RETURN e ORDER BY e.occurredAt, e.id LIMIT $limit
     }
     RETURN c.id AS caseId, ${projection} AS event
     ORDER BY caseId, e.occurredAt, e.id`,
    { caseIds: [...new Set(caseIds)], ...viewer, ...keysetParams(after), limit: int(limit) },
  );
}

/**
 * The first timeline page of the visible case with this reference, with the case's id (also when it
 * has no events), so a request for a case by reference can fetch its timeline at the same time.
 */
export function timelineOfReference(
  reference: string,
  after: CursorKey | null,
  limit: number,
  viewer: ViewerParams,
): CypherQuery<{ caseId: string; events: EventRead[] }> {
  const condition = after === null ? '' : `WHERE ${keysetCondition('e.occurredAt', 'e.id', 'ASC', 'datetime')}`;
  return cypher(
    `MATCH (c:Case {reference: $reference}) WHERE ${caseVisible('c')}
     CALL (c) {
       OPTIONAL MATCH (e:Event)-[:ON_CASE]->(c) ${condition}
       WITH c, e ORDER BY e.occurredAt, e.id LIMIT $limit
       RETURN collect(${projection}) AS events
     }
     RETURN c.id AS caseId, events`,
    { reference, ...viewer, ...keysetParams(after), limit: int(limit) },
  );
}
