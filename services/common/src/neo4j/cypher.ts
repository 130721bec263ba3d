import neo4j, { type Integer } from 'neo4j-driver';

/**
 * A Cypher statement with its parameters. Builders return these; only the executor runs them.
 * Values always travel in `params`, never in `text`. `R` is the shape of one row the statement
 * returns, declared by the builder beside its RETURN clause, so repositories read typed rows.
 */
export interface CypherQuery<R = Record<string, unknown>> {
  readonly text: string;
  readonly params: Readonly<Record<string, unknown>>;
  /** Never set: carries the row type from builder to executor. */
  readonly row?: R;
}

export function cypher<R = Record<string, unknown>>(text: string, params: Record<string, unknown> = {}): CypherQuery<R> {
  return { text, params };
}

/**
 * A JS number sent as a Cypher INTEGER. The driver sends plain numbers as FLOAT, which LIMIT and
 * SKIP refuse and which would store years and counts as 2026.0.
 */
export function int(value: number): Integer {
  if (!Number.isSafeInteger(value)) throw new Error(`not an integer: ${value}`);
  return neo4j.int(value);
}
