import { cypher, type CypherQuery } from '@crosslink/common';
import type { ImportTarget } from '../run/import-format.js';

/** A crime's case as the importer creates it: the crime's fields, and the id and reference it was given. */
export interface CrimeCase {
  readonly id: string;
  readonly reference: string;
  readonly sourceKey: string;
  readonly title: string;
  readonly summary: string;
  readonly status: 'OPEN' | 'CLOSED';
  readonly crimeType: string;
  readonly month: string;
  readonly crimeId: string | null;
  readonly place: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly lsoaCode: string | null;
  readonly lsoaName: string | null;
  readonly lastOutcome: string | null;
  readonly context: string | null;
}

/** Of these source keys, those no case has yet. */
export function unknownSourceKeys(keys: readonly string[]): CypherQuery {
  return cypher(
    `UNWIND $keys AS key
     OPTIONAL MATCH (c:Case {sourceKey: key})
     WITH key WHERE c IS NULL
     RETURN collect(key) AS unknown`,
    { keys },
  );
}

/** How many of these source keys a case already has. */
export function knownSourceKeys(keys: readonly string[]): CypherQuery {
  return cypher(
    `UNWIND $keys AS key
     MATCH (c:Case {sourceKey: key})
     RETURN count(c) AS known`,
    { keys },
  );
}

/**
 * Creates one case per crime, owned by the importing force, in the shape the cases service reads
 * (see its case.cypher.ts): opened in the crime's month, CLOSED when its outcome ended it, the
 * importing officer its creator and officer in charge. What the cases service does not show (the
 * crime's place, map point, LSOA and outcome) is kept on the case for the statistics that read it.
 * The unique `sourceKey` refuses a second case for a crime, should two imports of it race.
 */
export function insertCrimeCases(cases: readonly CrimeCase[], target: ImportTarget): CypherQuery {
  return cypher(
    `MATCH (f:Force {code: $force})
     UNWIND $cases AS row
     CREATE (c:Case {
       id: row.id, reference: row.reference, sourceKey: row.sourceKey, source: 'data.police.uk',
       title: row.title, summary: row.summary, force: $force, status: row.status,
       crimeTypes: [row.crimeType], priority: 'MEDIUM', classification: $classification, caveats: [],
       officerInCharge: $importedBy, createdBy: $importedBy, createdAt: datetime(),
       openedAt: datetime(row.month + '-01T00:00:00Z'),
       closedAt: CASE WHEN row.status = 'CLOSED' THEN datetime() END,
       crimeId: row.crimeId, month: row.month, place: row.place, latitude: row.latitude, longitude: row.longitude,
       lsoaCode: row.lsoaCode, lsoaName: row.lsoaName, lastOutcome: row.lastOutcome, context: row.context
     })-[:OWNED_BY]->(f)
     RETURN count(c) AS created`,
    { cases: cases.map((c) => ({ ...c })), force: target.force, classification: target.classification, importedBy: target.importedBy },
  );
}
