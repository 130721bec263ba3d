import { cypher, type CypherQuery } from '@crosslink/common';
import type { ExistingCount, ImportTarget } from './import-format.js';

/** A case as the importer creates it from a source record: what the cases service reads, and the source's own details. */
export interface ImportedCase {
  readonly id: string;
  readonly reference: string;
  /** What identifies the source record whoever imports it (`police.uk:<crime id>`, `<bundle>:<:ID>`). */
  readonly sourceKey: string;
  readonly title: string;
  readonly summary: string | null;
  readonly status: 'OPEN' | 'CLOSED';
  readonly crimeTypes: readonly string[];
  /** ISO-8601 instant the case was opened (the crime's date, or month). */
  readonly openedAt: string;
  /** The source's fields the cases service does not show (place, map point, outcome, …), kept on the case for statistics. */
  readonly details: Readonly<Record<string, string | number | null>>;
}

/** Of these source keys, those no case has yet. */
export function unknownCaseKeys(keys: readonly string[]): CypherQuery<{ unknown: string[] }> {
  return cypher(
    `UNWIND $keys AS key
     OPTIONAL MATCH (c:Case {sourceKey: key})
     WITH key WHERE c IS NULL
     RETURN collect(key) AS unknown`,
    { keys },
  );
}

/** How many of these source keys a case already has. */
export function knownCaseKeys(keys: readonly string[]): CypherQuery<ExistingCount> {
  return cypher(
    `UNWIND $keys AS key
     MATCH (c:Case {sourceKey: key})
     RETURN count(c) AS known`,
    { keys },
  );
}

/**
 * Creates the cases, owned by the importing force, in the shape the cases service reads (see its
 * case.cypher.ts): CLOSED ones closed now, the importing officer their creator and officer in
 * charge. The unique `sourceKey` refuses a second case for one source record, should two imports race.
 */
export function insertImportedCases(cases: readonly ImportedCase[], source: string, target: ImportTarget): CypherQuery<{ created: number }> {
  return cypher(
    `MATCH (f:Force {code: $force})
     UNWIND $cases AS row
     CREATE (c:Case {
       id: row.id, reference: row.reference, sourceKey: row.sourceKey, source: $source,
       title: row.title, summary: row.summary, force: $force, status: row.status,
       crimeTypes: row.crimeTypes, priority: 'MEDIUM', classification: $classification, caveats: [],
       officerInCharge: $importedBy, createdBy: $importedBy, createdAt: datetime(),
       openedAt: datetime(row.openedAt),
       closedAt: CASE WHEN row.status = 'CLOSED' THEN datetime() END
     })-[:OWNED_BY]->(f)
     SET c += row.details
     RETURN count(c) AS created`,
    {
      cases: cases.map((c) => ({ ...c, crimeTypes: [...c.crimeTypes], details: { ...c.details } })),
      source,
      force: target.force,
      classification: target.classification,
      importedBy: target.importedBy,
    },
  );
}
