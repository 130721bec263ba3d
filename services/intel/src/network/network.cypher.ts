import {
  addressShown,
  caseVisible,
  cypher,
  int,
  locationInOwnForceCase,
  locationVisible,
  objectInOwnForceCase,
  objectVisible,
  personInOwnForceCase,
  personVisible,
  type CypherQuery,
  type ViewerParams,
} from '@crosslink/common';
import { LINK_FIELD_SEPARATOR, type LinksRead } from './network.links.js';
import { holderTypes, nodeLabels, offenderRoles, personLinkTypes, type LinkKind, type NodeKind } from './network.model.js';
import type { RiskProfile } from './people-at-risk.js';

/** Record ids grouped by kind: each kind is matched under its own label, by its indexed id. */
export type IdsByKind = Readonly<Partial<Record<NodeKind, readonly string[]>>>;

/** What narrows a scope's links: the forces, crime types and period of the case asserting each. */
export interface CaseFilter {
  readonly forces: readonly string[] | null;
  readonly crimeTypes: readonly string[] | null;
  readonly from: string | null;
  readonly to: string | null;
}

export const noFilter: CaseFilter = { forces: null, crimeTypes: null, from: null, to: null };

/** A record as the statements return it: its id, kind, chart label (null when it has none) and foreign flag. */
export interface RecordRow {
  readonly id: string;
  readonly kind: NodeKind;
  readonly label: string | null;
  readonly foreign: boolean;
}

type ObjectKind = Exclude<NodeKind, 'PERSON' | 'LOCATION'>;
const objectKinds: readonly ObjectKind[] = ['PHONE', 'VEHICLE', 'EMAIL', 'ONLINE_ACCOUNT', 'BANK_ACCOUNT'];

/** The link kind each holder relationship type is read as. */
const holderKinds = Object.fromEntries(Object.entries(holderTypes).map(([kind, type]) => [type, kind]));

/**
 * Visibility, own-force test and chart label of a record of each kind, as Cypher on variable `v`. A
 * place's label is the first line the viewer is shown (addressShown) and its postcode: the node holds
 * only the key, and a hidden case's description never labels it.
 */
function shapeOf(kind: NodeKind, v: string): { visible: string; own: string; label: string } {
  switch (kind) {
    case 'PERSON':
      return { visible: personVisible(v), own: personInOwnForceCase(v), label: `trim(coalesce(${v}.forenames, '') + ' ' + coalesce(${v}.surname, ''))` };
    case 'LOCATION':
      return {
        visible: locationVisible(v),
        own: locationInOwnForceCase(v),
        label: `coalesce(${addressShown(v)}.line1, '') + ', ' + coalesce(${v}.postcode, '')`,
      };
    case 'PHONE':
      return { visible: objectVisible(v), own: objectInOwnForceCase(v), label: `${v}.number` };
    case 'VEHICLE':
      return { visible: objectVisible(v), own: objectInOwnForceCase(v), label: `${v}.vrm` };
    case 'EMAIL':
      return { visible: objectVisible(v), own: objectInOwnForceCase(v), label: `${v}.address` };
    case 'ONLINE_ACCOUNT':
    case 'BANK_ACCOUNT':
      return { visible: objectVisible(v), own: objectInOwnForceCase(v), label: `${v}.accountKey` };
  }
}

/**
 * Cypher choosing, by the far record's kind (`farKind`), one of each kind's expressions. Only the
 * matching branch is evaluated, and the statement holds one copy of each predicate, which keeps its
 * planning cheap.
 */
function byFarKind(pick: (shape: ReturnType<typeof shapeOf>) => string): string {
  return `CASE farKind WHEN 'PERSON' THEN ${pick(shapeOf('PERSON', 'b'))} WHEN 'LOCATION' THEN ${pick(shapeOf('LOCATION', 'b'))} ELSE ${pick(shapeOf('PHONE', 'b'))} END`;
}

const farLabel = `CASE farKind
         WHEN 'PERSON' THEN ${shapeOf('PERSON', 'b').label}
         WHEN 'LOCATION' THEN ${shapeOf('LOCATION', 'b').label}
         WHEN 'PHONE' THEN b.number WHEN 'VEHICLE' THEN b.vrm WHEN 'EMAIL' THEN b.address
         ELSE b.accountKey END`;

/** The kind of record each holder relationship type leads to. */
const objectKindOf = {
  HAS_PHONE: 'PHONE',
  HAS_VEHICLE: 'VEHICLE',
  HAS_EMAIL: 'EMAIL',
  HAS_ONLINE_ACCOUNT: 'ONLINE_ACCOUNT',
  HAS_BANK_ACCOUNT: 'BANK_ACCOUNT',
} as const;

/** One branch per stored shape of link, each starting from frontier records of one kind. */
function branches(): string[] {
  const personTypes = personLinkTypes.join('|');
  const holderRels = Object.values(holderTypes).join('|');
  return [
    `MATCH (a:Person) WHERE a.id IN $ids.PERSON
     MATCH (a)-[r:${personTypes}]-(b:Person) WHERE type(r) IN $via
     RETURN a.id AS nearId, type(r) AS kind, r.caseId AS caseId, b, 'PERSON' AS farKind`,
    `MATCH (a:Person) WHERE a.id IN $ids.PERSON AND 'CO_OFFENDING' IN $via
     MATCH (a)-[ra:INVOLVED_IN]->(c:Case)<-[rb:INVOLVED_IN]-(b:Person)
     WHERE a <> b AND ra.role IN $offenderRoles AND rb.role IN $offenderRoles
     RETURN a.id AS nearId, 'CO_OFFENDING' AS kind, c.id AS caseId, b, 'PERSON' AS farKind`,
    `MATCH (a:Person) WHERE a.id IN $ids.PERSON AND 'LIVES_AT' IN $via
     MATCH (a)-[h:HAS_ADDRESS]->(b:Location)
     RETURN a.id AS nearId, 'LIVES_AT' AS kind, h.caseId AS caseId, b, 'LOCATION' AS farKind`,
    `MATCH (a:Location) WHERE a.id IN $ids.LOCATION AND 'LIVES_AT' IN $via
     MATCH (a)<-[h:HAS_ADDRESS]-(b:Person)
     RETURN a.id AS nearId, 'LIVES_AT' AS kind, h.caseId AS caseId, b, 'PERSON' AS farKind`,
    `MATCH (a:Person) WHERE a.id IN $ids.PERSON
     MATCH (a)-[r:${holderRels}]->(b) WHERE $holderKinds[type(r)] IN $via
     RETURN a.id AS nearId, $holderKinds[type(r)] AS kind, r.caseId AS caseId, b, $objectKinds[type(r)] AS farKind`,
    // A reviewer's decision that two records are one person, seen only when both are (the far one's visibility is checked below).
    `MATCH (a:Person) WHERE a.id IN $ids.PERSON AND 'SAME_PERSON' IN $via
     MATCH (a)<-[:ABOUT]-(:MatchDecision {outcome: 'SAME'})-[:ABOUT]->(b:Person) WHERE b <> a
     RETURN a.id AS nearId, 'SAME_PERSON' AS kind, null AS caseId, b, 'PERSON' AS farKind`,
    ...objectKinds.map(
      (kind) => `MATCH (a:${nodeLabels[kind]}) WHERE a.id IN $ids.${kind}
     MATCH (a)<-[r:${holderRels}]-(b:Person) WHERE $holderKinds[type(r)] IN $via
     RETURN a.id AS nearId, $holderKinds[type(r)] AS kind, r.caseId AS caseId, b, 'PERSON' AS farKind`,
    ),
  ];
}

/**
 * Every link touching the given (visible) records, by the kinds asked for, as one row of three
 * lists that network.links.ts joins:
 *
 * - the links as stored: near id, kind, asserting case, far record and its kind, each link one
 *   string of those fields joined by LINK_FIELD_SEPARATOR (ids are UUIDs, kinds are names): the
 *   driver decodes one string far faster than a list of five;
 * - the cases they name that exist and pass the filter, with whether the viewer may see each;
 * - the records at their far ends, with whether the viewer may see each (and, if so, its label and
 *   foreign flag) — except those in `known`, which the caller read under the same visibility.
 *
 * Each case's and each record's visibility is worked out once however many links name it: a scope of
 * 10,000 people has five times as many links as records and a hundred times as many as cases. A link
 * between two records of the frontier is read from one end only, the smaller id's (joinLinks marks
 * both ends when it is withheld): most of a wide scope's links are such. Every link is asserted by a
 * case, an address too (HAS_ADDRESS names the case that records it), but a reviewer's SAME_PERSON
 * decision, which names none. At most `limit` links are read.
 */
export function linksAround(
  ids: IdsByKind,
  via: readonly LinkKind[],
  filter: CaseFilter,
  limit: number,
  viewer: ViewerParams,
  known: readonly string[] = [],
): CypherQuery<LinksRead> {
  const idParams = Object.fromEntries(Object.keys(nodeLabels).map((kind) => [kind, ids[kind as NodeKind] ?? []]));
  const frontier = Object.values(idParams).flat();
  return cypher(
    `CALL () {
       ${branches().join('\n       UNION ALL\n       ')}
     }
     WITH nearId, kind, caseId, b, farKind
     WHERE NOT (b.id < nearId AND b.id IN $frontier)
     LIMIT $limit
     WITH collect(nearId + $sep + kind + $sep + coalesce(caseId, '') + $sep + b.id + $sep + farKind) AS links,
          collect(DISTINCT caseId) AS caseIds, collect(DISTINCT [b, farKind]) AS fars
     CALL (caseIds) {
       UNWIND caseIds AS caseId
       MATCH (c:Case {id: caseId})
       WHERE ($filter.forces IS NULL OR c.force IN $filter.forces)
         AND ($filter.crimeTypes IS NULL OR any(t IN coalesce(c.crimeTypes, []) WHERE t IN $filter.crimeTypes))
         AND ($filter.from IS NULL OR c.openedAt >= datetime($filter.from))
         AND ($filter.to IS NULL OR c.openedAt < datetime($filter.to))
       RETURN collect([c.id, c.reference, c.force, ${caseVisible('c')}]) AS cases
     }
     CALL (fars) {
       UNWIND fars AS far
       WITH far[0] AS b, far[1] AS farKind
       WHERE NOT b.id IN $known
       WITH b, farKind, ${byFarKind((shape) => shape.visible)} AS visible
       RETURN collect(CASE WHEN visible THEN [b.id, farKind, ${farLabel}, NOT ${byFarKind((shape) => shape.own)}] ELSE [b.id, farKind] END) AS records
     }
     RETURN links, cases, records`,
    {
      ids: idParams,
      frontier,
      via,
      filter,
      limit: int(limit),
      known,
      sep: LINK_FIELD_SEPARATOR,
      offenderRoles,
      holderKinds,
      objectKinds: objectKindOf,
      ...viewer,
    },
  );
}

/** The records asked for by id, those the viewer may see, with their label and foreign flag. */
export function recordsByIds(ids: IdsByKind, viewer: ViewerParams): CypherQuery<RecordRow> {
  const parts = (Object.keys(nodeLabels) as NodeKind[]).map(
    (kind) => `MATCH (b:${nodeLabels[kind]}) WHERE b.id IN $ids.${kind} RETURN b, '${kind}' AS farKind`,
  );
  const idParams = Object.fromEntries(Object.keys(nodeLabels).map((kind) => [kind, ids[kind as NodeKind] ?? []]));
  return cypher(
    `CALL () {
       ${parts.join('\n       UNION ALL\n       ')}
     }
     WITH b, farKind WHERE ${byFarKind((shape) => shape.visible)}
     RETURN b.id AS id, farKind AS kind, ${farLabel} AS label, NOT ${byFarKind((shape) => shape.own)} AS foreign`,
    { ids: idParams, ...viewer },
  );
}

/** Returns a person known to be visible as a record: id, kind, label and foreign flag. */
function personRecord(v: string): string {
  const shape = shapeOf('PERSON', v);
  return `RETURN ${v}.id AS id, 'PERSON' AS kind, ${shape.label} AS label, NOT ${shape.own} AS foreign`;
}

/**
 * The people of the given cases, as seeds of a scope: cases the viewer may see, within the filter.
 * An operation's cases are those joined to it. Capped at `limit` people, each returned as a record
 * (id, kind, label, foreign) like recordsByIds: a person in a visible case is visible.
 */
export function peopleOfCases(
  caseIds: readonly string[] | null,
  operationId: string | null,
  filter: CaseFilter,
  limit: number,
  viewer: ViewerParams,
): CypherQuery<RecordRow> {
  return cypher(
    `MATCH (c:Case)
     WHERE (($caseIds IS NOT NULL AND c.id IN $caseIds)
         OR ($operationId IS NOT NULL AND EXISTS { MATCH (c)-[:PART_OF]->(:Operation {id: $operationId}) }))
       AND ${caseVisible('c')}
       AND ($filter.forces IS NULL OR c.force IN $filter.forces)
       AND ($filter.crimeTypes IS NULL OR any(t IN coalesce(c.crimeTypes, []) WHERE t IN $filter.crimeTypes))
     MATCH (p:Person)-[:INVOLVED_IN]->(c)
     WITH DISTINCT p LIMIT $limit
     ${personRecord('p')}`,
    { caseIds, operationId, filter, limit: int(limit), ...viewer },
  );
}

/**
 * The people in every case the viewer may see within the filter (hub roles only; the service
 * checks), capped at `limit`: the seeds of the widest scope, as records like peopleOfCases.
 */
export function peopleInView(filter: CaseFilter, limit: number, viewer: ViewerParams): CypherQuery<RecordRow> {
  return cypher(
    `MATCH (c:Case)
     WHERE ${caseVisible('c')}
       AND ($filter.forces IS NULL OR c.force IN $filter.forces)
       AND ($filter.crimeTypes IS NULL OR any(t IN coalesce(c.crimeTypes, []) WHERE t IN $filter.crimeTypes))
       AND ($filter.from IS NULL OR c.openedAt >= datetime($filter.from))
       AND ($filter.to IS NULL OR c.openedAt < datetime($filter.to))
     MATCH (p:Person)-[:INVOLVED_IN]->(c)
     WITH DISTINCT p LIMIT $limit
     ${personRecord('p')}`,
    { filter, limit: int(limit), ...viewer },
  );
}

/**
 * What the visible cases say of each person, for judging risk: suspect or offender, victim, date of
 * birth, vulnerabilities and whether an NRM referral was made (the safeguarding flag follows the
 * person everywhere, though the referral's content does not).
 */
export function riskProfiles(personIds: readonly string[], viewer: ViewerParams): CypherQuery<RiskProfile> {
  return cypher(
    `MATCH (p:Person) WHERE p.id IN $personIds AND ${personVisible('p')}
     RETURN p.id AS id,
       EXISTS { MATCH (p)-[r:INVOLVED_IN]->(c:Case) WHERE r.role IN $offenderRoles AND ${caseVisible('c')} } AS offender,
       EXISTS { MATCH (p)-[r:INVOLVED_IN]->(c:Case) WHERE r.role = 'VICTIM' AND ${caseVisible('c')} } AS victim,
       p.dateOfBirth AS dateOfBirth, coalesce(p.vulnerabilities, []) AS vulnerabilities,
       EXISTS { (p)-[:NRM_REFERRAL]->(:NrmReferral) } AS nrmReferred`,
    { personIds, offenderRoles, ...viewer },
  );
}

/** The database's clock, as an ISO instant: when a disclosure is recorded, in its own transaction. */
export function disclosureInstant(): CypherQuery<{ at: string }> {
  return cypher('RETURN toString(datetime()) AS at', {});
}
