import { cypher, type CypherQuery } from '@crosslink/common';
import type { Force } from './force.model.js';

const projection = 'f { .code, .name, .kind }';

export function allForces(): CypherQuery<{ force: Force }> {
  return cypher(`MATCH (f:Force) RETURN ${projection} AS force ORDER BY f.kind, f.name`);
}

/** One row per code that exists, in no particular order. */
export function forcesByCode(codes: readonly string[]): CypherQuery<{ force: Force }> {
  return cypher(`UNWIND $codes AS code MATCH (f:Force {code: code}) RETURN ${projection} AS force`, { codes });
}
