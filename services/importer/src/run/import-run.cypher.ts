import { cypher, int, type CypherQuery } from '@crosslink/common';

/**
 * An import run is one file of one format imported for one force; it is keyed by those and the
 * file's content, so running the same command again after a crash finds the run and continues it.
 */
export interface RunState {
  /** The last line of the file whose batch has committed, or 0. */
  readonly committedLine: number;
  readonly complete: boolean;
}

/** The run's state, or no row when it never started. */
export function runState(key: string): CypherQuery<RunState> {
  return cypher(
    `MATCH (r:ImportRun {key: $key})
     RETURN r.committedLine AS committedLine, r.status = 'COMPLETE' AS complete`,
    { key },
  );
}

/** Marks the run started (again): a completed run begins from the top, where every row is found already there. */
export function startRun(
  run: { key: string; format: string; force: string; file: string; sha256: string; bytes: number; by: string },
  from: number,
): CypherQuery<never> {
  return cypher(
    `MERGE (r:ImportRun {key: $key})
       ON CREATE SET r.format = $format, r.force = $force, r.file = $file, r.sha256 = $sha256, r.bytes = $bytes, r.createdAt = datetime()
     SET r.status = 'RUNNING', r.startedAt = datetime(), r.startedBy = $by, r.committedLine = $from,
       r.rows = CASE WHEN $from = 0 THEN 0 ELSE r.rows END, r.created = CASE WHEN $from = 0 THEN 0 ELSE r.created END`,
    { ...run, bytes: int(run.bytes), from: int(from) },
  );
}

/** Notes, in a batch's transaction, that the file is imported up to `line`: the batch and this commit together. */
export function batchCommitted(key: string, line: number, rows: number, created: number): CypherQuery<never> {
  return cypher(
    `MATCH (r:ImportRun {key: $key})
     SET r.committedLine = $line, r.rows = coalesce(r.rows, 0) + $rows, r.created = coalesce(r.created, 0) + $created`,
    { key, line: int(line), rows: int(rows), created: int(created) },
  );
}

export function finishRun(key: string, totals: { rows: number; rejected: number }): CypherQuery<never> {
  return cypher(
    `MATCH (r:ImportRun {key: $key})
     SET r.status = 'COMPLETE', r.finishedAt = datetime(), r.lastRows = $rows, r.lastRejected = $rejected`,
    { key, rows: int(totals.rows), rejected: int(totals.rejected) },
  );
}

/** The force's name, as source files write it; no row when no force has the code. */
export function forceName(code: string): CypherQuery<{ name: string }> {
  return cypher(`MATCH (f:Force {code: $code}) RETURN f.name AS name`, { code });
}

/** A case by its reference, with its owning force; no row when there is none. */
export function caseByReference(reference: string): CypherQuery<{ id: string; force: string }> {
  return cypher(`MATCH (c:Case {reference: $reference}) RETURN c.id AS id, c.force AS force`, { reference });
}
