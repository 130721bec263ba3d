import { cypher, type CypherQuery } from '@crosslink/common';
import type { BatchWrite, BatchWritten, ExistingCount } from '../run/import-format.js';

/** What each merge below returns: how many rows it created, and every record (`Label:id`) it created or joined. */
export interface MergedRow {
  readonly created: number;
  readonly records: string[];
}

/** Runs one of the merges below in a batch's transaction and reads what it created. */
export async function merged(run: BatchWrite, query: CypherQuery<MergedRow>): Promise<BatchWritten> {
  const [row] = await run(query);
  return { created: row?.created ?? 0, records: row?.records ?? [] };
}

/**
 * The writes of imported POLE records (a bundle's, a nominal list's), in the shapes the services
 * read (see the entities and locations services' Cypher): one node per person, merged on the
 * source's key for them; shared value nodes (locations, phones, e-mail addresses, vehicles) merged
 * on their normalised key, with the source's own claim on a sighting of its holding case (`h`). Every statement returns what it created (`created`,
 * and `records` as `Label:id` for the audit); a row written before creates nothing. A `_new` flag
 * marks what the statement created and is removed before it ends.
 */

/** The id of the case with this source key (no row before it exists). */
export function caseIdOf(sourceKey: string): CypherQuery<{ id: string }> {
  return cypher('MATCH (h:Case {sourceKey: $sourceKey}) RETURN h.id AS id', { sourceKey });
}

export interface PersonRow {
  readonly id: string;
  readonly sourceKey: string;
  /** The person's role in the holding case (ASSOCIATE in a bundle's nominal index). */
  readonly role: string;
  readonly properties: Readonly<Record<string, string | number | null>>;
}

/** People, each in the holding case (`h`: a bundle's nominal index, or a nominal list's case) in their role, so their ties recorded there are seen with it. */
export function mergePeople(rows: readonly PersonRow[], caseId: string, by: string): CypherQuery<MergedRow> {
  return cypher(
    `MATCH (h:Case {id: $caseId})
     UNWIND $rows AS row
     MERGE (p:Person {sourceKey: row.sourceKey})
       ON CREATE SET p.id = row.id, p.createdAt = datetime(), p.createdBy = $by, p.vulnerabilities = [], p += row.properties, p._new = true
     MERGE (p)-[r:INVOLVED_IN {role: row.role}]->(h) ON CREATE SET r.since = datetime(), r.recordedBy = $by
     WITH p WHERE p._new
     REMOVE p._new
     RETURN count(p) AS created, collect('Person:' + p.id) AS records`,
    { rows: rows.map((r) => ({ ...r, properties: { ...r.properties } })), caseId, by },
  );
}

export interface LocationRow {
  readonly id: string;
  readonly addressKey: string;
  readonly postcode: string;
  readonly postcodeArea: string;
  readonly postcodeDistrict: string;
  readonly postcodeSector: string;
  readonly claim: Readonly<Record<string, string | number | null>>;
}

/** Addresses, merged on their key, each claimed by the holding case with what the source says of it. */
export function mergeLocations(rows: readonly LocationRow[], caseId: string, by: string): CypherQuery<MergedRow> {
  return cypher(
    `MATCH (h:Case {id: $caseId})
     UNWIND $rows AS row
     MERGE (l:Location {addressKey: row.addressKey})
       ON CREATE SET l.id = row.id, l.postcode = row.postcode, l.postcodeArea = row.postcodeArea, l.postcodeDistrict = row.postcodeDistrict,
         l.postcodeSector = row.postcodeSector, l.createdAt = datetime(), l.createdBy = $by
     MERGE (l)-[s:RECORDED_IN]->(h) ON CREATE SET s.at = datetime(), s.recordedBy = $by, s += row.claim, s._new = true
     WITH l, s WHERE s._new
     REMOVE s._new
     RETURN count(s) AS created, collect('Location:' + l.id) AS records`,
    { rows: rows.map((r) => ({ ...r, claim: { ...r.claim } })), caseId, by },
  );
}

/** The shared objects a POLE bundle holds: label and key property, from this table only. */
export const objectKeys = { Phone: 'number', EmailAddress: 'address', Vehicle: 'vrm' } as const;
export type ObjectKind = keyof typeof objectKeys;

export interface ObjectRow {
  readonly id: string;
  readonly key: string;
  /** On the node when it is created: e.g. a value kept as written, and marked so, when it could not be normalised. */
  readonly properties: Readonly<Record<string, string | boolean | null>>;
  /** The bundle's claim, on its sighting (a vehicle's make and model). */
  readonly claim: Readonly<Record<string, string | null>>;
}

/** Objects, merged on their normalised key, each seen in the holding case. */
export function mergeObjects(kind: ObjectKind, rows: readonly ObjectRow[], caseId: string, by: string): CypherQuery<MergedRow> {
  const key = objectKeys[kind];
  if (key === undefined) throw new Error(`not an object kind: ${String(kind)}`);
  return cypher(
    `MATCH (h:Case {id: $caseId})
     UNWIND $rows AS row
     MERGE (o:${kind} {${key}: row.key})
       ON CREATE SET o.id = row.id, o.createdAt = datetime(), o.createdBy = $by, o += row.properties
     MERGE (o)-[s:SEEN_IN]->(h) ON CREATE SET s.at = datetime(), s.recordedBy = $by, s += row.claim, s._new = true
     WITH o, s WHERE s._new
     REMOVE s._new
     RETURN count(s) AS created, collect('${kind}:' + o.id) AS records`,
    { rows: rows.map((r) => ({ ...r, properties: { ...r.properties }, claim: { ...r.claim } })), caseId, by },
  );
}

/** Each end of a relationship as the bundle's rows name it: its node's key (see BundleIds). */
export interface LinkRow {
  readonly from: string;
  readonly to: string;
  /** PARTY_TO: the person's role; FAMILY_REL: the relation. */
  readonly detail?: string | null;
}

const match = {
  Person: (v: string, key: string) => `MATCH (${v}:Person {sourceKey: ${key}})`,
  Case: (v: string, key: string) => `MATCH (${v}:Case {sourceKey: ${key}})`,
  Location: (v: string, key: string) => `MATCH (${v}:Location {addressKey: ${key}})`,
  Phone: (v: string, key: string) => `MATCH (${v}:Phone {number: ${key}})`,
  EmailAddress: (v: string, key: string) => `MATCH (${v}:EmailAddress {address: ${key}})`,
  Vehicle: (v: string, key: string) => `MATCH (${v}:Vehicle {vrm: ${key}})`,
} as const;

/**
 * How each POLE relationship is written: the kinds at its ends, and the Cypher that merges it
 * between `a` and `b` (with `h` the nominal index case and `row` the bundle's row), flagging what
 * it creates as `x._new`.
 */
export const linkWrites = {
  // A person party to a crime: involved in its case, in the role the bundle gives (SUSPECT when it gives none).
  PARTY_TO: {
    from: 'Person',
    to: 'Case',
    merge: `MERGE (a)-[x:INVOLVED_IN {role: row.detail}]->(b) ON CREATE SET x.since = datetime(), x.recordedBy = $by, x._new = true`,
  },
  // Where a crime happened: the crime's case claims the address as the bundle describes it.
  OCCURRED_AT: {
    from: 'Case',
    to: 'Location',
    merge: `OPTIONAL MATCH (b)-[held:RECORDED_IN]->(h)
     MERGE (b)-[x:RECORDED_IN]->(a) ON CREATE SET x += coalesce(properties(held), {}), x.at = datetime(), x.recordedBy = $by, x._new = true`,
  },
  CURRENT_ADDRESS: {
    from: 'Person',
    to: 'Location',
    merge: `MERGE (a)-[x:HAS_ADDRESS {caseId: h.id}]->(b) ON CREATE SET x.since = datetime(), x.recordedBy = $by, x._new = true`,
  },
  // A person's phone: theirs in the nominal index, and recorded in each of the bundle's crimes they are party to, as an officer
  // records a suspect's or victim's phone in the case (so a deal line shows in its crimes, with its holders' roles there).
  HAS_PHONE: {
    from: 'Person',
    to: 'Phone',
    merge: `MERGE (a)-[x:HAS_PHONE {caseId: h.id}]->(b) ON CREATE SET x.at = datetime(), x.recordedBy = $by, x._new = true
     WITH h, a, b, x, row
     CALL (h, a, b) {
       MATCH (a)-[:INVOLVED_IN]->(c:Case) WHERE c <> h AND c.sourceKey STARTS WITH $source
       MERGE (b)-[s:SEEN_IN]->(c) ON CREATE SET s.at = datetime(), s.recordedBy = $by
       MERGE (a)-[t:HAS_PHONE {caseId: c.id}]->(b) ON CREATE SET t.at = datetime(), t.recordedBy = $by
     }`,
  },
  HAS_VEHICLE: {
    from: 'Person',
    to: 'Vehicle',
    merge: `MERGE (a)-[x:HAS_VEHICLE {caseId: h.id}]->(b) ON CREATE SET x.at = datetime(), x.recordedBy = $by, x._new = true`,
  },
  HAS_EMAIL: {
    from: 'Person',
    to: 'EmailAddress',
    merge: `MERGE (a)-[x:HAS_EMAIL {caseId: h.id}]->(b) ON CREATE SET x.at = datetime(), x.recordedBy = $by, x._new = true`,
  },
  // A vehicle involved in a crime: seen in its case, with what the bundle says of it.
  INVOLVED_IN: {
    from: 'Vehicle',
    to: 'Case',
    merge: `OPTIONAL MATCH (a)-[held:SEEN_IN]->(h)
     MERGE (a)-[x:SEEN_IN]->(b) ON CREATE SET x += coalesce(properties(held), {}), x.at = datetime(), x.recordedBy = $by, x._new = true`,
  },
  KNOWS: { from: 'Person', to: 'Person', merge: personLink('KNOWS') },
  KNOWS_LW: { from: 'Person', to: 'Person', merge: personLink('LIVES_WITH') },
  KNOWS_SN: { from: 'Person', to: 'Person', merge: personLink('KNOWS_SN') },
  KNOWS_PHONE: { from: 'Person', to: 'Person', merge: personLink('KNOWS_PHONE') },
  FAMILY_REL: {
    from: 'Person',
    to: 'Person',
    merge: `MERGE (a)-[x:FAMILY_REL {caseId: h.id, relation: row.detail}]->(b) ON CREATE SET x.at = datetime(), x.recordedBy = $by, x._new = true`,
  },
} as const satisfies Record<string, { from: keyof typeof match; to: keyof typeof match; merge: string }>;

export type LinkType = keyof typeof linkWrites;

/** A link between two people as the entities service writes one, asserted in the nominal index case that holds them both. */
function personLink(type: string): string {
  return `MERGE (a)-[x:${type} {caseId: h.id}]->(b) ON CREATE SET x.at = datetime(), x.recordedBy = $by, x._new = true`;
}

/**
 * Merges a batch of one relationship type, asserted in the holding case; a row whose ends are not
 * both there (a node rejected in another batch) writes nothing. `source` prefixes the source keys of
 * the crimes the batch may reach (a person's phone is recorded in their crimes of the same source).
 */
export function mergeLinks(type: LinkType, rows: readonly LinkRow[], caseId: string, source: string, by: string): CypherQuery<MergedRow> {
  const write = linkWrites[type];
  if (write === undefined) throw new Error(`not a POLE relationship: ${String(type)}`);
  return cypher(
    `MATCH (h:Case {id: $caseId})
     UNWIND $rows AS row
     ${match[write.from]('a', 'row.from')}
     ${match[write.to]('b', 'row.to')}
     ${write.merge}
     WITH a, b, x WHERE x._new
     REMOVE x._new
     RETURN count(x) AS created, collect(DISTINCT '${write.from}:' + a.id) + collect(DISTINCT '${write.to}:' + b.id) AS records`,
    { rows: rows.map((r) => ({ from: r.from, to: r.to, detail: r.detail ?? null })), caseId, by, source: `${source}:` },
  );
}

/** For a dry run: how many of the rows' nodes exist already, by their keys. */
export function knownKeys(kind: 'Person' | 'Location' | ObjectKind, keys: readonly string[]): CypherQuery<ExistingCount> {
  const property = kind === 'Person' ? 'sourceKey' : kind === 'Location' ? 'addressKey' : objectKeys[kind];
  return cypher(`UNWIND $keys AS key MATCH (n:${kind} {${property}: key}) RETURN count(n) AS known`, { keys });
}
