import neo4j, { type Integer } from 'neo4j-driver';

/**
 * A Cypher statement with its parameters. Builders return these; only the executor runs them.
 * Values always travel in `params`, never in `text`.
 */
export interface CypherQuery {
  readonly text: string;
  readonly params: Readonly<Record<string, unknown>>;
}

export function cypher(text: string, params: Record<string, unknown> = {}): CypherQuery {
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
