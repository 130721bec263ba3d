import { caseVisible, caseWritable, cypher, int, ownForceCase, personVisible, type CypherQuery, type ViewerParams, type WriterParams } from '@crosslink/common';
import { keepIdempotencyKey } from '../idempotency/idempotency.cypher.js';
import type { IdempotencyRequest } from '../idempotency/idempotency.js';
import {
  hasRelationships,
  itemHas,
  objectLabels,
  sharedKinds,
  type CaseRef,
  type Holder,
  type NewItem,
  type NewSharedObject,
  type ObjectLabel,
  type SharedKind,
  type Sighting,
} from './object.model.js';
import type { ObjectRow } from './object.sightings.js';
import { assertedInVisibleCase, objectVisible } from './object.visibility.js';

/** A page request for one parent's list: `limit` is the page size plus one; `after*` the cursor. */
export interface PageRequest {
  readonly key: string;
  readonly parentId: string;
  readonly kind?: string | null;
  readonly limit: number;
  readonly afterAt: string | null;
  readonly afterId: string | null;
}

/** An object a record statement reached, with the case and person it names for the audit. */
export interface RecordedRow {
  readonly object: ObjectRow;
  readonly caseId: string;
  readonly personId: string | null;
  /** The case is another force's. */
  readonly foreign: boolean;
}

const labelOf = `head([l IN labels(o) WHERE l IN $objectLabels])`;

/**
 * The node's properties, the label as __typename, and the object's sightings and handset uses in
 * the cases the viewer may see, each marked `own` when the case is the viewer's own force's.
 * storedObject (object.sightings.ts) turns them into claims, handsets and `foreign`.
 */
const object = `o {
  .*, createdAt: toString(o.createdAt), __typename: ${labelOf},
  sightings: COLLECT {
    MATCH (o)-[cs:SEEN_IN]->(cc:Case) WHERE ${caseVisible('cc')}
    WITH cs, cc ORDER BY CASE WHEN cc.force = $viewer.force THEN 0 ELSE 1 END, cs.at, cc.id
    RETURN cs { .*, at: null, recordedAt: toString(cs.at), caseId: cc.id, force: cc.force, own: ${ownForceCase('cc')} }
  },
  handsetUses: COLLECT {
    MATCH (o)<-[u:USED_NUMBER]-(hs:Handset) MATCH (uc:Case {id: u.caseId}) WHERE ${caseVisible('uc')}
    RETURN {imei: hs.imei, own: ${ownForceCase('uc')}}
  }
}`;

function checkLabel(label: ObjectLabel): ObjectLabel {
  if (!objectLabels.includes(label)) throw new Error(`not an object label: ${String(label)}`);
  return label;
}

const pages = (requests: readonly PageRequest[]) => requests.map((r) => ({ ...r, kind: r.kind ?? null, limit: int(r.limit) }));

/** Objects of one kind visible to the viewer, by id; no row for an unknown or hidden one. */
export function objectsByIds(label: ObjectLabel, ids: readonly string[], viewer: ViewerParams): CypherQuery<{ object: ObjectRow }> {
  return cypher(
    `UNWIND $ids AS id
     MATCH (o:${checkLabel(label)} {id: id}) WHERE ${objectVisible('o')}
     RETURN ${object} AS object`,
    { ids, objectLabels, ...viewer },
  );
}

/**
 * Records a shared object in a visible case of the viewer's force (a hub supervisor's: any force's,
 * see remit.ts), optionally against a person in that case. The object is merged on its normalised
 * key, so a second force recording it reaches the same node; what the case says of it is that
 * case's claim, on its sighting, and no other case's claim is read or changed. No row when the case is hidden or another force's, or the
 * person is not in it. A request's idempotency key is kept with the object it reached.
 * The row names the case and person too, so the write's audit event records them.
 */
export function recordSharedObject(
  input: NewSharedObject & { id: string; caseId: string; personId: string | null; recordedBy: string; idempotency: IdempotencyRequest | null },
  viewer: ViewerParams & WriterParams,
): CypherQuery<RecordedRow> {
  const kind = sharedKinds[input.label];
  const fill = (kind.fill as readonly string[]).map((f) => `o.${f} = coalesce(o.${f}, $properties.${f})`);
  // A case recording the object again adds to its own claim; it never touches another case's.
  const claimFill = (kind.claim as readonly string[]).map((f) => `s.${f} = coalesce(s.${f}, $claim.${f})`);
  const handset =
    input.label === 'Phone'
      ? `FOREACH (_ IN CASE WHEN $imei IS NULL THEN [] ELSE [1] END |
           MERGE (hs:Handset {imei: $imei}) ON CREATE SET hs.createdAt = datetime()
           MERGE (hs)-[u:USED_NUMBER {caseId: c.id}]->(o) ON CREATE SET u.at = datetime(), u.recordedBy = $recordedBy)`
      : '';
  return cypher(
    `MATCH (c:Case {id: $caseId}) WHERE ${caseVisible('c')} AND ${caseWritable('c')}
     OPTIONAL MATCH (p:Person {id: $personId})-[:INVOLVED_IN]->(c)
     WITH c, head(collect(DISTINCT p)) AS p
     WHERE $personId IS NULL OR p IS NOT NULL
     MERGE (o:${input.label} {${kind.key}: $key})
       ON CREATE SET o.id = $id, o.createdAt = datetime(), o.createdBy = $recordedBy, o += $properties
       ${fill.length > 0 ? `ON MATCH SET ${fill.join(', ')}` : ''}
     MERGE (o)-[s:SEEN_IN]->(c) ON CREATE SET s.at = datetime(), s.recordedBy = $recordedBy, s += $claim
       ${claimFill.length > 0 ? `ON MATCH SET ${claimFill.join(', ')}` : ''}
     FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END |
       MERGE (p)-[h:${kind.has} {caseId: c.id}]->(o) ON CREATE SET h.at = datetime(), h.recordedBy = $recordedBy)
     ${handset}
     ${keepIdempotencyKey('o.id')}
     RETURN ${object} AS object, c.id AS caseId, p.id AS personId, c.force <> $viewer.force AS foreign`,
    {
      id: input.id,
      idempotency: input.idempotency,
      caseId: input.caseId,
      personId: input.personId,
      recordedBy: input.recordedBy,
      key: input.key,
      properties: { ...input.properties },
      imei: input.imei ?? null,
      claim: { ...input.claim },
      objectLabels,
      ...viewer,
    },
  );
}

/**
 * Records an item (weapon, drugs, cash, document) in a visible case of the viewer's force (a hub
 * supervisor's: any force's): never shared, so always a new node.
 */
export function recordItem(
  input: NewItem & { id: string; caseId: string; personId: string | null; recordedBy: string; idempotency: IdempotencyRequest | null },
  viewer: ViewerParams & WriterParams,
): CypherQuery<RecordedRow> {
  return cypher(
    `MATCH (c:Case {id: $caseId}) WHERE ${caseVisible('c')} AND ${caseWritable('c')}
     OPTIONAL MATCH (p:Person {id: $personId})-[:INVOLVED_IN]->(c)
     WITH c, head(collect(DISTINCT p)) AS p
     WHERE $personId IS NULL OR p IS NOT NULL
     CREATE (o:Item {id: $id, kind: $kind, description: $description, createdAt: datetime(), createdBy: $recordedBy})
       -[:SEEN_IN {at: datetime(), recordedBy: $recordedBy}]->(c)
     FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END |
       CREATE (p)-[:${itemHas} {caseId: c.id, at: datetime(), recordedBy: $recordedBy}]->(o))
     ${keepIdempotencyKey('o.id')}
     RETURN ${object} AS object, c.id AS caseId, p.id AS personId, c.force <> $viewer.force AS foreign`,
    { ...input, objectLabels, ...viewer },
  );
}

/** For each visible person, the objects linked to them in visible cases (every kind at once). */
export function objectsOfPeople(personIds: readonly string[], viewer: ViewerParams): CypherQuery<{ personId: string; objects: ObjectRow[] }> {
  return cypher(
    `UNWIND $personIds AS personId
     MATCH (p:Person {id: personId}) WHERE ${personVisible('p')}
     CALL (p) {
       OPTIONAL MATCH (p)-[h:${hasRelationships.join('|')}]->(o) WHERE ${assertedInVisibleCase('h')}
       WITH DISTINCT o ORDER BY o.id
       RETURN collect(${object}) AS objects
     }
     RETURN personId, objects`,
    { personIds, objectLabels, ...viewer },
  );
}

/**
 * One page of each visible case's objects, in the order they were recorded (then by id). One row
 * per visible case; the rows hold at most `limit` sightings.
 */
export function objectsOfCases(requests: readonly PageRequest[], viewer: ViewerParams): CypherQuery<{ key: string; rows: Sighting<ObjectRow>[] }> {
  return cypher(
    `UNWIND $requests AS req
     MATCH (c:Case {id: req.parentId}) WHERE ${caseVisible('c')}
     CALL (c, req) {
       OPTIONAL MATCH (o)-[s:SEEN_IN]->(c)
       WHERE (req.kind IS NULL OR req.kind IN labels(o))
         AND (req.afterAt IS NULL OR s.at > datetime(req.afterAt) OR (s.at = datetime(req.afterAt) AND o.id > req.afterId))
       WITH o, s ORDER BY s.at, o.id
       RETURN collect(CASE WHEN o IS NULL THEN null ELSE {node: ${object}, at: toString(s.at)} END) AS rows
     }
     RETURN req.key AS key, rows[0..req.limit] AS rows`,
    { requests: pages(requests), objectLabels, ...viewer },
  );
}

/**
 * One page of the visible cases each visible object of a kind is recorded in, oldest sighting first;
 * each case as its id and owning force (the force is judged by the audit, never sent).
 */
export function casesOfObjects(
  label: ObjectLabel,
  requests: readonly PageRequest[],
  viewer: ViewerParams,
): CypherQuery<{ key: string; rows: Sighting<CaseRef>[] }> {
  return cypher(
    `UNWIND $requests AS req
     MATCH (o:${checkLabel(label)} {id: req.parentId}) WHERE ${objectVisible('o')}
     CALL (o, req) {
       OPTIONAL MATCH (o)-[s:SEEN_IN]->(c:Case)
       WHERE ${caseVisible('c')}
         AND (req.afterAt IS NULL OR s.at > datetime(req.afterAt) OR (s.at = datetime(req.afterAt) AND c.id > req.afterId))
       WITH c, s ORDER BY s.at, c.id
       RETURN collect(CASE WHEN c IS NULL THEN null ELSE {node: {id: c.id, force: c.force}, at: toString(s.at)} END) AS rows
     }
     RETURN req.key AS key, rows[0..req.limit] AS rows`,
    { requests: pages(requests), ...viewer },
  );
}

/**
 * A visible case's owning force (no row when it is unknown or hidden): tells CASE_NOT_FOUND,
 * FORBIDDEN and PERSON_NOT_FOUND apart after a refused write.
 */
export function caseIsVisible(caseId: string, viewer: ViewerParams): CypherQuery<{ force: string }> {
  return cypher(`MATCH (c:Case {id: $caseId}) WHERE ${caseVisible('c')} RETURN c.force AS force`, { caseId, ...viewer });
}

/**
 * For each visible object of a kind, the people visible cases tie to it (holders of a phone, keepers
 * of a vehicle, …), with their role in each such case; oldest first. A tie asserted only in a case
 * the viewer may not see is never returned.
 */
export function holdersOfObjects(label: ObjectLabel, ids: readonly string[], viewer: ViewerParams): CypherQuery<{ id: string; holders: Holder[] }> {
  const has = label === 'Item' ? itemHas : sharedKinds[checkLabel(label) as SharedKind].has;
  return cypher(
    `UNWIND $ids AS id
     MATCH (o:${checkLabel(label)} {id: id}) WHERE ${objectVisible('o')}
     RETURN id, COLLECT {
       MATCH (p:Person)-[h:${has}]->(o)
       MATCH (p)-[r:INVOLVED_IN]->(c:Case {id: h.caseId}) WHERE ${caseVisible('c')}
       RETURN {personId: p.id, role: r.role, caseId: c.id, force: c.force, recordedAt: toString(h.at)} AS holder
       ORDER BY h.at, p.id
     } AS holders`,
    { ids, ...viewer },
  );
}
