import { cypher, type CypherQuery } from '@crosslink/common';
import type { StoredKey } from './idempotency.js';

/**
 * Stores a create's idempotency key beside what it made, in the same statement: `resultExpr` is the
 * id of the record made. Nothing when the request carried no key (`$idempotency` is null). A second
 * key with the same id fails the uniqueness constraint, so a concurrent retry cannot make a duplicate.
 */
export function keepIdempotencyKey(resultExpr: string): string {
  return `FOREACH (k IN CASE WHEN $idempotency IS NULL THEN [] ELSE [$idempotency] END |
       CREATE (:EntityIdempotencyKey {id: k.id, fingerprint: k.fingerprint, mutation: k.mutation, resultId: ${resultExpr}, at: datetime()}))`;
}

/** A stored key, by id; no row when it was never used. */
export function idempotencyKeyById(id: string): CypherQuery<StoredKey> {
  return cypher(
    `MATCH (k:EntityIdempotencyKey {id: $id})
     RETURN k.fingerprint AS fingerprint, k.resultId AS resultId`,
    { id },
  );
}
