import { cypher, type CypherQuery } from '@crosslink/common';
import type { KeyedRecord } from './idempotency.js';

/** Labels whose creates take an idempotency key; the label in the text comes from this list only. */
const keyedLabels = { Case: 'Case', Operation: 'Operation', Action: 'Action', Event: 'Event' } as const;
export type KeyedLabel = keyof typeof keyedLabels;

/** The record a (scoped, hashed) key created, and the fingerprint of that request; no row when none. */
export function keyedRecord(label: KeyedLabel, key: string): CypherQuery<KeyedRecord> {
  return cypher(`MATCH (n:${keyedLabels[label]} {idempotencyKey: $key}) RETURN n.id AS id, n.idempotencyFingerprint AS fingerprint`, { key });
}

/** Stores the key on a record just created, in its transaction; the uniqueness constraint refuses a second. */
export function stampKey(label: KeyedLabel, id: string, key: string, fingerprint: string): CypherQuery<never> {
  return cypher(`MATCH (n:${keyedLabels[label]} {id: $id}) SET n.idempotencyKey = $key, n.idempotencyFingerprint = $fingerprint`, { id, key, fingerprint });
}
