import { cypher, int, type CypherQuery } from '../neo4j/cypher.js';

/**
 * Cases are numbered per force and year (GMP-2026-00042), gap-free, by whoever creates them: the
 * cases service one at a time, the importer a batch at a time. Both take numbers here, so they
 * share one sequence and never give two cases one reference.
 */

/**
 * Takes the force's next `count` case numbers for the year, and returns the first as `first`. The
 * sequence node is locked (by writing to it) before its counter is read, so two concurrent takes
 * never overlap. No row when the force does not exist.
 */
export function takeCaseNumbers(force: string, year: number, count: number): CypherQuery<{ first: number }> {
  return cypher(
    `MATCH (f:Force {code: $force})
     MERGE (s:CaseSequence {key: $force + '-' + toString($year)})
       ON CREATE SET s.force = $force, s.year = $year, s.next = 0
     SET s._lock = true
     WITH s
     SET s.next = s.next + $count
     REMOVE s._lock
     RETURN s.next - $count + 1 AS first`,
    { force, year: int(year), count: int(count) },
  );
}

/** The readable, unique reference of the `sequence`-th case a force opened in `year`: GMP-2026-00042. */
export function caseReference(force: string, year: number, sequence: number): string {
  return `${force}-${year}-${String(sequence).padStart(5, '0')}`;
}
