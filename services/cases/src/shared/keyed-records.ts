import { run, type Neo4jExecutor, type TxMetadata } from '@crosslink/common';
import type { IdempotencyKey, KeyedRecord } from './idempotency.js';
import { keyedRecord, stampKey, type KeyedLabel } from './idempotency.cypher.js';

/** Repository side of idempotent creates (see idempotency.ts), shared by the repositories that create. */
export async function findKeyed(db: Neo4jExecutor, label: KeyedLabel, key: string, meta: TxMetadata): Promise<KeyedRecord | null> {
  const [row] = await db.read(keyedRecord(label, key), meta);
  return row === undefined ? null : { id: row.id, fingerprint: row.fingerprint };
}

/** Stores the key on the record `id` just created, inside the create's transaction. */
export async function stampKeyed(tx: Parameters<typeof run>[0], label: KeyedLabel, id: string, idempotency: IdempotencyKey | null | undefined): Promise<void> {
  if (idempotency === null || idempotency === undefined) return;
  await run(tx, stampKey(label, id, idempotency.key, idempotency.fingerprint));
}
